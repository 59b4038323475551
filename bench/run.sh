#!/usr/bin/env bash
# The benchmark: this service against what a frontend developer would pick instead (json-server 0.17.4
# over a db.json exported from the API, and nginx serving the very bytes of our answer), side by side,
# with wrk at 32 connections on loopback, one wrk thread, each server pinned to CPU 0 and wrk to CPU 1.
# Beside them, the framework's ceiling: a bare Spring MVC app (bench/bare/) answering the same bytes from a field.
# Prints, per target, the median of interleaved rounds of requests/s and p99, the ratios, the time from
# process start to first answer and resident memory after load (plain jar, and the fast-start recipe),
# the mix of searches and uncommon filters a search box sends (bench/uncached.txt) with the response cache on
# and off, and the growth runs against 100,000 synthetic events on PostgreSQL.
#
#   bench/run.sh            the full run (about 40 minutes: each server is warmed up until its JIT settles)
#   bench/run.sh --smoke    a few seconds of each part, to check that the script works
#
# Knobs: PARTS ("throughput uncached startup growth"), ROUNDS (3), DURATION (10s per target and round), WARMUP (60s,
# then on until the JIT has settled, at most WARMUP_MAX seconds in all: 600),
# CONNECTIONS (32), BASELINE_JAR (an earlier build of the service, measured beside this one on the cached
# reads, for before/after ratios from one run),
# SKIP_BUILD=1, JAVA25 (a JDK 25 for the fast-start recipe), PGURL (jdbc:postgresql://127.0.0.1:5432).
set -euo pipefail
shopt -s extglob
source "$(dirname "$0")/common.sh"

SMOKE=0; [[ ${1:-} == --smoke ]] && SMOKE=1
# The smoke run's first second still meets a cold JIT; 2 s rounds after 5 s of warm-up give every target
# completed requests even with the 130 KB era page.
if ((SMOKE)); then ROUNDS=${ROUNDS:-1}; DURATION=${DURATION:-2s}; WARMUP=${WARMUP:-5s}; else
  ROUNDS=${ROUNDS:-3}; DURATION=${DURATION:-10s}; WARMUP=${WARMUP:-60s}; fi
CONNECTIONS=${CONNECTIONS:-32}
WARMUP_MAX=${WARMUP_MAX:-600}
PARTS=${PARTS:-throughput uncached startup growth}
part() { [[ " $PARTS " == *" $1 "* ]]; }
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
PGURL=${PGURL:-jdbc:postgresql://127.0.0.1:5432}
SERVER_CPU=0; WRK_CPU=1
OURS=18201; JSON_SERVER=18202; NGINX=18203; NGINX_GZIP=18204; BASELINE=18205; BARE=18206; UNCACHED=18207

need wrk nginx curl jq
command -v npm >/dev/null || need nodejs npm
build_jar
BARE_JAR="$ROOT/bench/bare/target/bare-spring-mvc.jar"
if [[ ${SKIP_BUILD:-} != 1 || ! -f $BARE_JAR ]]; then
  log "packaging the bare Spring MVC app (bench/bare)"
  (cd "$ROOT" && ./mvnw -q -B -f bench/bare/pom.xml package -DskipTests)
fi
work=$(mktemp -d /tmp/timeline-bench.XXXXXX)
chmod 755 "$work"  # nginx's workers run as another user
pids=()
cleanup() {
  stop_app
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [[ -n ${growth_db:-} ]] && dropdb -h 127.0.0.1 -U postgres --if-exists "$growth_db" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# drive URL [extra wrk args...]: one wrk run; prints "rps p99_ms errors".
drive() {
  local url=$1; shift
  taskset -c $WRK_CPU wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url" | awk '
    /Requests\/sec/ { rps = $2 }
    /^ +99%/ { v = $2; if (v ~ /us$/) p = v / 1000; else if (v ~ /ms$/) p = v + 0; else if (v ~ /s$/) p = v * 1000; }
    /Non-2xx/ { err += $5 }
    /Socket errors/ { gsub(/,/, ""); err += $4 + $6 + $8 + $10 }
    END { printf "%.0f %.2f %d\n", rps, p, err }'
}

# median of the numbers on stdin
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

# jit_cpu_ms PID: the CPU time the JVM's JIT compiler threads have spent, in milliseconds (/proc counts clock ticks).
MS_PER_TICK=$((1000 / $(getconf CLK_TCK)))
jit_cpu_ms() {
  local task total=0
  for task in /proc/"$1"/task/*; do
    [[ $(cat "$task/comm" 2>/dev/null) == C[12]\ Compiler* ]] || continue
    total=$((total + $(awk -v ms="$MS_PER_TICK" '{print ($14 + $15) * ms}' "$task/stat")))
  done
  echo "$total"
}
# warm_up PID URL [wrk args...]: sends the load for WARMUP, then in steps of 15 s until the JIT has settled (its
# compilers spent under 300 ms of CPU in the last step) or WARMUP_MAX seconds have passed. On one pinned core the
# compilers share the server's CPU: the paths of an uncached page (Hibernate, H2, Jackson) kept C2 busy for about
# three minutes of that mix on 2026-12-02, and throughput measured while they worked was a third of what followed.
warm_up() {
  local pid=$1 url=$2 started=$SECONDS before; shift 2
  taskset -c $WRK_CPU wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" "$@" "$url" >/dev/null
  ((SMOKE)) && return 0
  while ((SECONDS - started < WARMUP_MAX)); do
    before=$(jit_cpu_ms "$pid")
    taskset -c $WRK_CPU wrk -t1 -c"$CONNECTIONS" -d15s "$@" "$url" >/dev/null
    (($(jit_cpu_ms "$pid") - before < 300)) && break
  done
  log "warm after $((SECONDS - started)) s (the JIT's compilers: $(jit_cpu_ms "$pid") ms of CPU in all)"
}

base="http://127.0.0.1:$OURS"
if part throughput; then
log "starting the service on CPU $SERVER_CPU ($HEAP_OPTS)"
mkdir -p "$work/data" "$work/www" && chmod 755 "$work/www"
start_app $OURS "$work/data" $SERVER_CPU

log "exporting db.json for json-server and the bytes of /events?era=khrushchev for nginx"
total=$(curl -sf "$base/events?size=1" | jq '.page.totalElements')
for ((page = 0; page * 200 < total; page++)); do curl -sf "$base/events?size=200&page=$page"; done \
  | jq -s '{events: [.[].content[]]}' > "$work/db.json"
curl -sf "$base/events?era=khrushchev" -o "$work/www/events-khrushchev.json"
etag=$(curl -sfI "$base/events?era=khrushchev" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" { print $2 }')
bytes=$(wc -c < "$work/www/events-khrushchev.json")
# nginx's gzip_static sends a file compressed beforehand, as the response cache keeps its gzipped answer.
gzip -9 -k "$work/www/events-khrushchev.json"
gzip_bytes=$(curl -sf -H 'Accept-Encoding: gzip' "$base/events?era=khrushchev" | wc -c)

log "installing json-server 0.17.4 into $work"
npm install --prefix "$work/npm" --no-audit --no-fund --loglevel=error json-server@0.17.4 >/dev/null
taskset -c $SERVER_CPU node "$work/npm/node_modules/json-server/lib/cli/bin.js" --quiet --port $JSON_SERVER \
  "$work/db.json" >"$work/json-server.log" 2>&1 &
pids+=($!)
cat > "$work/nginx.conf" <<NGINX
worker_processes 1;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$NGINX;
    location = /events { default_type application/json; alias $work/www/events-khrushchev.json; }
  }
  server {
    listen 127.0.0.1:$NGINX_GZIP;
    gzip_static on;
    location = /events { default_type application/json; alias $work/www/events-khrushchev.json; }
  }
}
NGINX
taskset -c $SERVER_CPU nginx -c "$work/nginx.conf" -p "$work" &
pids+=($!)
# shellcheck disable=SC2086
taskset -c $SERVER_CPU java $HEAP_OPTS -jar "$BARE_JAR" --server.port=$BARE --bytes="$work/www/events-khrushchev.json" \
  --logging.level.root=warn --spring.main.banner-mode=off >"$work/bare.log" 2>&1 &
bare_pid=$!
pids+=("$bare_pid")
# json-server does not page; it is asked for the same first page of 50 that the service answers.
js_events="http://127.0.0.1:$JSON_SERVER/events?era=khrushchev&_limit=50"
wait_ready "$js_events" 30 || { log "json-server did not start"; exit 1; }
wait_ready "http://127.0.0.1:$NGINX/events?era=khrushchev" 30 || { log "nginx did not start"; exit 1; }
wait_ready "http://127.0.0.1:$BARE/events?era=khrushchev" 120 || { log "the bare app did not start"; exit 1; }
cmp <(curl -sf "http://127.0.0.1:$BARE/events?era=khrushchev") "$work/www/events-khrushchev.json" >/dev/null \
  || { log "the bare app answers other bytes"; exit 1; }
[[ $(curl -sf -H 'Accept-Encoding: gzip' -o /dev/null -w '%header{content-encoding}' \
  "http://127.0.0.1:$NGINX_GZIP/events?era=khrushchev") == gzip ]] || { log "nginx sends no gzip"; exit 1; }
[[ $(curl -sf "$js_events" | jq length) \
  == $(jq '.content | length' "$work/www/events-khrushchev.json") ]] || { log "json-server answers differently"; exit 1; }

log "warming the JVM up"
warm_up "$APP_PID" "$base" -s "$ROOT/bench/mix.lua"
log "warming the bare app up"
warm_up "$bare_pid" "http://127.0.0.1:$BARE/events?era=khrushchev"

compared=("/events?era=khrushchev" "/events/{slug}" "/timeline" "304 If-None-Match" "gzip /events?era=khrushchev")
baseline_targets=()
if [[ -n ${BASELINE_JAR:-} ]]; then
  log "starting the baseline $BASELINE_JAR on CPU $SERVER_CPU"
  mkdir -p "$work/baseline"
  ours_pid=$APP_PID ours_jar=$JAR
  JAR=$BASELINE_JAR start_app $BASELINE "$work/baseline" $SERVER_CPU
  pids+=("$APP_PID"); APP_PID=$ours_pid; JAR=$ours_jar
  bbase="http://127.0.0.1:$BASELINE"
  cmp <(curl -sf "$bbase/events?era=khrushchev") "$work/www/events-khrushchev.json" >/dev/null \
    || log "the baseline answers /events?era=khrushchev with other bytes; its ratios compare different answers"
  betag=$(curl -sfI "$bbase/events?era=khrushchev" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" { print $2 }')
  log "warming the baseline up"
  warm_up "${pids[-1]}" "$bbase" -s "$ROOT/bench/mix.lua"
  baseline_targets=(
    "baseline /events?era=khrushchev|$bbase/events?era=khrushchev"
    "baseline /events/{slug}|$bbase/events/zhenbao-island-clash"
    "baseline /timeline|$bbase/timeline"
    "baseline 304 If-None-Match|$bbase/events?era=khrushchev|If-None-Match: $betag"
    "baseline gzip /events?era=khrushchev|$bbase/events?era=khrushchev|Accept-Encoding: gzip"
  )
fi

targets=(
  "ours /events?era=khrushchev|$base/events?era=khrushchev"
  "json-server /events?era=khrushchev|$js_events"
  "nginx, the same bytes|http://127.0.0.1:$NGINX/events?era=khrushchev"
  "bare Spring MVC, the same bytes|http://127.0.0.1:$BARE/events?era=khrushchev"
  "ours /events/{slug}|$base/events/zhenbao-island-clash"
  "ours /causes-of-split|$base/causes-of-split"
  "ours /timeline|$base/timeline"
  "ours /timeline?format=timelinejs|$base/timeline?format=timelinejs"
  "ours 304 If-None-Match|$base/events?era=khrushchev|If-None-Match: $etag"
  "ours gzip /events?era=khrushchev|$base/events?era=khrushchev|Accept-Encoding: gzip"
  "nginx gzip_static, the same bytes|http://127.0.0.1:$NGINX_GZIP/events?era=khrushchev|Accept-Encoding: gzip"
  "${baseline_targets[@]}"
)
for ((round = 1; round <= ROUNDS; round++)); do
  log "round $round of $ROUNDS"
  for target in "${targets[@]}"; do
    IFS='|' read -r name url header <<<"$target"
    if [[ -n $header ]]; then result=$(drive "$url" -H "$header"); else result=$(drive "$url"); fi
    echo "$name|$result" >> "$work/results"
  done
done

echo
echo "Sino-Soviet Timeline benchmark, $(date -u +%Y-%m-%d), $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)),"
echo "$(java -version 2>&1 | head -1); $ROUNDS rounds of $DURATION, $CONNECTIONS connections, after at least $WARMUP of warm-up;"
echo "/events?era=khrushchev is $bytes bytes ($gzip_bytes gzipped by the service). Medians over the rounds:"
echo
printf '| %-34s | %12s | %9s | %6s |\n' target requests/s "p99 (ms)" errors
printf '| %-34s | %12s | %9s | %6s |\n' --- ---: ---: ---:
declare -A rps
for target in "${targets[@]}"; do
  name=${target%%|*}
  r=$(grep -F "$name|" "$work/results" | cut -d'|' -f2 | awk '{print $1}' | median)
  p=$(grep -F "$name|" "$work/results" | cut -d'|' -f2 | awk '{print $2}' | median)
  e=$(grep -F "$name|" "$work/results" | cut -d'|' -f2 | awk '{s += $3} END {print s}')
  rps[$name]=$r
  printf '| %-34s | %12.0f | %9.2f | %6d |\n' "$name" "$r" "$p" "$e"
done
ours=${rps["ours /events?era=khrushchev"]}
echo
awk -v o="$ours" -v j="${rps["json-server /events?era=khrushchev"]}" -v n="${rps["nginx, the same bytes"]}" \
  -v bare="${rps["bare Spring MVC, the same bytes"]}" \
  -v r="${rps["ours 304 If-None-Match"]}" -v g="${rps["ours gzip /events?era=khrushchev"]}" \
  -v ng="${rps["nginx gzip_static, the same bytes"]}" '
    function ratio(a, b, digits) { return b > 0 ? sprintf("%." digits "fx", a / b) : "n/a (nothing measured)" }
    BEGIN {
    printf "ours / json-server: %s (target at least 6x)\nours / nginx: %s (target at least 0.3x)\n", ratio(o, j, 1), ratio(o, n, 2)
    printf "ours / bare Spring MVC: %s (target at least 1x)\n", ratio(o, bare, 2)
    printf "304 / 200: %s (target at least 1x)\n", ratio(r, o, 2)
    printf "ours gzip / ours plain: %s\nours gzip / nginx gzip_static: %s\n", ratio(g, o, 2), ratio(g, ng, 2) }'
if ((${#baseline_targets[@]})); then
  for name in "${compared[@]}"; do
    awk -v n="$name" -v o="${rps["ours $name"]}" -v b="${rps["baseline $name"]}" \
      'BEGIN { printf "ours / baseline, %s: %s\n", n, (b > 0 ? sprintf("%.2fx", o / b) : "n/a") }'
  done
fi
stop_app
for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
pids=()

fi

# Uncached: what a search box and uncommon filters send (bench/uncached.txt), on the embedded default, with the
# response cache on and with it off (every request runs its query), in interleaved rounds.
if part uncached; then
log "starting the service twice on CPU $SERVER_CPU: with the response cache, and without"
mkdir -p "$work/cached" "$work/uncached"
start_app $OURS "$work/cached" $SERVER_CPU
cached_pid=$APP_PID
pids+=("$cached_pid")
start_app $UNCACHED "$work/uncached" $SERVER_CPU --timeline.cache.enabled=false
uncached_base="http://127.0.0.1:$UNCACHED"
for url in $(grep '^/' "$ROOT/bench/uncached.txt"); do
  cmp <(curl -sf "$base$url") <(curl -sf "$uncached_base$url") >/dev/null \
    || { log "$url: the answers with and without the cache differ"; exit 1; }
done
log "warming both up"
export PATHS="$ROOT/bench/uncached.txt"
warm_up "$cached_pid" "$base" -s "$ROOT/bench/mix.lua"
warm_up "$APP_PID" "$uncached_base" -s "$ROOT/bench/mix.lua"
for ((round = 1; round <= ROUNDS; round++)); do
  echo "cached|$(drive "$base" -s "$ROOT/bench/mix.lua")" >> "$work/uncached-results"
  echo "uncached|$(drive "$uncached_base" -s "$ROOT/bench/mix.lua")" >> "$work/uncached-results"
done
unset PATHS
echo
echo "Searches and uncommon filters (bench/uncached.txt), embedded H2, medians of $ROUNDS rounds of $DURATION:"
echo
printf '| %-22s | %12s | %9s | %6s |\n' "response cache" requests/s "p99 (ms)" errors
printf '| %-22s | %12s | %9s | %6s |\n' --- ---: ---: ---:
declare -A mix_rps
for name in cached uncached; do
  r=$(grep "^$name|" "$work/uncached-results" | cut -d'|' -f2 | awk '{print $1}' | median)
  p=$(grep "^$name|" "$work/uncached-results" | cut -d'|' -f2 | awk '{print $2}' | median)
  e=$(grep "^$name|" "$work/uncached-results" | cut -d'|' -f2 | awk '{s += $3} END {print s}')
  mix_rps[$name]=$r
  printf '| %-22s | %12.0f | %9.2f | %6d |\n' "$([[ $name == cached ]] && echo on || echo "off (every query runs)")" "$r" "$p" "$e"
done
awk -v u="${mix_rps[uncached]}" -v c="${mix_rps[cached]}" \
  'BEGIN { printf "\nuncached / cached: %s (target at least 0.05x, p99 under 100 ms)\n", (c > 0 ? sprintf("%.3fx", u / c) : "n/a") }'
stop_app
APP_PID=$cached_pid
stop_app
pids=()
fi

# timed_start DATA JAVA [java args...]: starts the service unpinned and sets START_MS to the milliseconds from
# process start to its first 200 of /events?era=khrushchev; the service stays up (APP_PID).
timed_start() {
  local data=$1 java=$2; shift 2
  local t0; t0=$(date +%s%N)
  # shellcheck disable=SC2086
  "$java" $HEAP_OPTS "$@" --server.port=$OURS --timeline.data-dir="$data" --logging.level.root=warn \
    --spring.main.banner-mode=off --timeline.shutdown.drain=0s >"$data/app.log" 2>&1 &
  APP_PID=$!
  until curl -sf -o /dev/null "$base/events?era=khrushchev"; do
    sleep 0.01
    kill -0 $APP_PID 2>/dev/null || { tail -30 "$data/app.log" >&2; return 1; }
  done
  START_MS=$((($(date +%s%N) - t0) / 1000000))
}

# spread: "median (min–max)" of the numbers on stdin, in seconds.
spread() { sort -n | awk '{ a[NR] = $1 } END {
  m = NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
  if (NR > 1) printf "%.1f s (%.1f–%.1f)", m / 1000, a[1] / 1000, a[NR] / 1000; else printf "%.1f s", m / 1000 }'; }

# startup_row LABEL JAVA [java args...]: ROUNDS starts on an empty database (the first start of an instance:
# migrations, and the dataset loaded), then ROUNDS on the same, migrated databases (a restart, or one more
# instance on a shared database); after the last, the mix for $DURATION at 32 connections and the resident
# memory at its end and 5 s later.
startup_row() {
  local label=$1 java=$2; shift 2
  local dirs=() empty=() migrated=() round rss_end rss_later
  for ((round = 1; round <= ROUNDS; round++)); do
    dirs+=("$(mktemp -d "$work/start.XXXX")")
    timed_start "${dirs[-1]}" "$java" "$@"
    empty+=("$START_MS")
    stop_app
  done
  for ((round = 1; round <= ROUNDS; round++)); do
    timed_start "${dirs[round - 1]}" "$java" "$@"
    migrated+=("$START_MS")
    ((round == ROUNDS)) || stop_app
  done
  taskset -c $WRK_CPU wrk -t1 -c"$CONNECTIONS" -d"$DURATION" -s "$ROOT/bench/mix.lua" "$base" >/dev/null
  rss_end=$(rss_mb $APP_PID)
  sleep 5
  rss_later=$(rss_mb $APP_PID)
  stop_app
  ROW_MIGRATED=("${migrated[@]}")
  printf '| %-44s | %-20s | %-20s | %6d MB | %6d MB |\n' "$label" "$(printf '%s\n' "${empty[@]}" | spread)" \
    "$(printf '%s\n' "${migrated[@]}" | spread)" "$rss_end" "$rss_later"
}

if part startup; then
echo
echo "Time from process start to the first answer of /events?era=khrushchev (not pinned; median and range of"
echo "$ROUNDS starts), and resident memory after $DURATION of the mix at $CONNECTIONS connections (memory settings: $HEAP_OPTS):"
echo
printf '| %-44s | %-20s | %-20s | %9s | %9s |\n' "how it runs" "empty database" "migrated database" "after load" "5 s later"
printf '| %-44s | %-20s | %-20s | %9s | %9s |\n' --- ---: ---: ---: ---:
startup_row "plain jar, JDK $(java -version 2>&1 | head -1 | cut -d'"' -f2)" java -jar "$JAR"
plain_ms=("${ROW_MIGRATED[@]}")
# The framework's own start: the bare app (one controller, no database), started the same way.
bare_ms=()
for ((round = 1; round <= ROUNDS; round++)); do
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  java $HEAP_OPTS -jar "$BARE_JAR" --server.port=$BARE --bytes="$ROOT/README.md" --logging.level.root=warn \
    --spring.main.banner-mode=off >"$work/bare-start.log" 2>&1 &
  bare_pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$BARE/events"; do
    sleep 0.01
    kill -0 $bare_pid 2>/dev/null || { tail -30 "$work/bare-start.log" >&2; exit 1; }
  done
  bare_ms+=($((($(date +%s%N) - t0) / 1000000)))
  kill $bare_pid; wait $bare_pid 2>/dev/null || true
done
printf '| %-44s | %-20s | %-20s | %9s | %9s |\n' "bare Spring MVC app, one controller" \
  "$(printf '%s\n' "${bare_ms[@]}" | spread)" "$(printf '%s\n' "${bare_ms[@]}" | spread)" - -
awk -v p="$(printf '%s\n' "${plain_ms[@]}" | median)" -v b="$(printf '%s\n' "${bare_ms[@]}" | median)" \
  'BEGIN { printf "\nplain jar / bare app, first answer on a migrated database: %.1fx (target at most 2.5x)\n", p / b }'
if ((SMOKE)); then exit 0; fi
if [[ -x $JAVA25 ]]; then
  aot="$work/aot"; mkdir -p "$aot"
  (cd "$aot" && java -Djarmode=tools -jar "$JAR" extract --destination app >/dev/null)
  log "training the AOT cache on JDK 25 (bin/train-aot-cache.sh)"
  # shellcheck disable=SC2086
  (cd "$aot" && JAVA=$JAVA25 "$ROOT/bin/train-aot-cache.sh" app.aot app/sino-soviet-timeline.jar \
    ${HEAP_OPTS//-XX:MaxMetaspaceSize=+([0-9])m/} $FAST_START_OPTS)
  # shellcheck disable=SC2086
  startup_row "JDK $("$JAVA25" -version 2>&1 | head -1 | cut -d'"' -f2), the fast-start recipe (the Dockerfile's)" "$JAVA25" \
    $FAST_START_OPTS -XX:AOTCache="$aot/app.aot" -jar "$aot/app/sino-soviet-timeline.jar"
else
  echo "(no JDK 25 at $JAVA25: the fast-start recipe is not measured)"
fi
fi

# Growth: the same filtered, paged queries on PostgreSQL, with the dataset and with 100,000 more events,
# the response cache off so that every request runs its query.
grow() {
  local label=$1 locations=$2
  growth_db="timeline_bench_$$_$RANDOM"
  createdb -h 127.0.0.1 -U postgres "$growth_db"
  local data; data=$(mktemp -d "$work/grow.XXXX")
  start_app $OURS "$data" $SERVER_CPU --spring.profiles.active=postgres --spring.datasource.url="$PGURL/$growth_db" \
    --spring.flyway.locations="$locations" --timeline.cache.enabled=false
  local queries=("/events?era=brezhnev&size=20" "/events?era=khrushchev&size=20&page=5" "/events?type=summit&size=20"
    "/events?era=brezhnev&grievance=border-dispute&size=20" "/events?q=treaty&size=20" "/events?q=event&size=20")
  # The JIT needs every path of an uncached page warm, not one query's: the mix of searches and filters, and the
  # queries measured here (without them the first one measured met the JIT still compiling its paths).
  { cat "$ROOT/bench/uncached.txt"; printf '%s\n' "${queries[@]}"; } >"$data/warm-up.txt"
  PATHS="$data/warm-up.txt" warm_up "$APP_PID" "$base" -s "$ROOT/bench/mix.lua"
  local brezhnev khrushchev
  brezhnev=$(psql -h 127.0.0.1 -U postgres -d "$growth_db" -Atc "select id from era where slug = 'brezhnev'")
  khrushchev=$(psql -h 127.0.0.1 -U postgres -d "$growth_db" -Atc "select id from era where slug = 'khrushchev'")
  # The floor: what one page asks PostgreSQL once its events have been shown (PageStatementsTest prints the
  # statements: the dataset's version, the ids of the page, and their count when the page is full), replayed
  # by pgbench with as many connections, in one transaction as the service sends them.
  local border="exists (select g.id from event_grievance eg join grievance g on g.id = eg.grievance_id
    where eg.event_id = e.id and g.slug in ('border-dispute'))"
  words() { echo "(lower(e.title) like '%$1%' escape '\\' or lower(e.summary) like '%$1%' escape '\\'
    or lower(e.notes) like '%$1%' escape '\\')"; }
  local -A where=(
    ["/events?era=brezhnev&size=20"]="e.era_id in ($brezhnev)"
    ["/events?era=khrushchev&size=20&page=5"]="e.era_id in ($khrushchev)"
    ["/events?type=summit&size=20"]="e.event_type in ('summit')"
    ["/events?era=brezhnev&grievance=border-dispute&size=20"]="e.era_id in ($brezhnev) and $border"
    ["/events?q=treaty&size=20"]="$(words treaty)"
    ["/events?q=event&size=20"]="$(words event)"
  )
  for query in "${queries[@]}"; do
    local runs=() floors=() offset=0 ids rows
    [[ $query == *page=5* ]] && offset=100
    ids="select e.id from event e where ${where[$query]} order by e.start_on, e.slug offset $offset rows fetch first 20 rows only;"
    rows=$(psql -h 127.0.0.1 -U postgres -d "$growth_db" -Atc "$ids" | grep -c . || true)
    {
      echo "begin;"
      echo "select version from dataset_version where id = 1;"
      echo "$ids" | tr '\n' ' '; echo
      if ((rows == 20 || (offset > 0 && rows == 0))); then
        echo "select count(e.id) from event e where ${where[$query]};" | tr '\n' ' '; echo
      fi
      echo "commit;"
    } > "$work/floor.sql"
    for ((round = 1; round <= ROUNDS; round++)); do
      runs+=("$(drive "$base$query")")
      floors+=("$(taskset -c $WRK_CPU pgbench -n -M prepared -h 127.0.0.1 -U postgres -c "$CONNECTIONS" -j 1 \
        -T "${DURATION%s}" -f "$work/floor.sql" "$growth_db" 2>&1 | awk '/^tps/ { print $3 }')")
    done
    local r p f
    r=$(printf '%s\n' "${runs[@]}" | awk '{print $1}' | median)
    p=$(printf '%s\n' "${runs[@]}" | awk '{print $2}' | median)
    f=$(printf '%s\n' "${floors[@]}" | median)
    printf '| %-22s | %-48s | %8.0f | %8.2f | %8.0f | %6s |\n' "$label" "$query" "$r" "$p" "$f" \
      "$(awk -v f="$f" -v r="$r" 'BEGIN { printf (r > 0 ? "%.1fx" : "n/a"), f / r }')"
  done
  stop_app
  dropdb -h 127.0.0.1 -U postgres "$growth_db"; growth_db=""
}
part growth || exit 0
echo
echo "Growth on PostgreSQL, response cache off (medians of $ROUNDS rounds of $DURATION, $CONNECTIONS connections),"
echo "beside the statements of one page replayed by pgbench (transactions/s), and the cost of a page as a multiple"
echo "of theirs (target at most 3x, p99 under 100 ms):"
echo
printf '| %-22s | %-48s | %8s | %8s | %8s | %6s |\n' dataset query requests/s "p99 (ms)" pgbench cost
printf '| %-22s | %-48s | %8s | %8s | %8s | %6s |\n' --- --- ---: ---: ---: ---:
grow "67 events" "classpath:db/migration,classpath:db/postgresql"
grow "100,067 events" "classpath:db/migration,classpath:db/postgresql,filesystem:$ROOT/bench/db"
