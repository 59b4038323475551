-- What a search box and uncommon filters ask for, in turn: every request runs its query (the bench starts
-- the service with the response cache off for this mix, and against the cache for the comparison).
local paths = {
  "/events?q=treaty",
  "/events?type=summit",
  "/events?era=brezhnev&grievance=border-dispute",
  "/events?actor=mao-zedong&from=1958&to=1962",
  "/events?q=border&era=khrushchev",
  "/events?category=territory&impact=worsened",
  "/events?reference=luthi-2008&sort=-date",
  "/events?from=1969-03&to=1969-09&size=50",
}
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
