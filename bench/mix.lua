-- A mix of what readers ask for, in turn: lists with filters, single resources, the analysis and exports.
local paths = {
  "/events?era=khrushchev",
  "/events/zhenbao-island-clash",
  "/events?actor=mao-zedong&from=1958&to=1962",
  "/causes-of-split",
  "/timeline",
  "/eras",
  "/actors/deng-xiaoping",
  "/grievances/border-dispute",
  "/relations/trend",
  "/events?q=treaty&size=10",
  "/timeline?format=timelinejs",
  "/events?format=csv&size=200",
  "/on-this-day?date=03-02",
}
-- With PATHS naming a file of paths, one per line, it sends those instead (bench/uncached.txt).
if os.getenv("PATHS") then
  paths = {}
  for line in io.lines(os.getenv("PATHS")) do
    if line:sub(1, 1) == "/" then paths[#paths + 1] = line end
  end
end
local counter = 0

request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.0f p50_ms=%.2f p99_ms=%.2f errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors))
end
