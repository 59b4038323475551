#!/usr/bin/env bash
# Sustained load: 60 s at 64 connections over a mix of endpoints (bench/mix.lua), reporting throughput,
# latency (p50, p99), errors (non-2xx/3xx answers, socket errors, timeouts) and resident memory before
# and after. Usage: bench/load.sh [DURATION=60s] [CONNECTIONS=64] [SKIP_BUILD=1]
set -euo pipefail
source "$(dirname "$0")/common.sh"

DURATION=${DURATION:-60s}
CONNECTIONS=${CONNECTIONS:-64}
PORT=${PORT:-18181}

need wrk curl
build_jar
data=$(mktemp -d)
trap 'stop_app; rm -rf "$data"' EXIT

log "starting the service ($HEAP_OPTS)"
start_app "$PORT" "$data" ""
# A short warm-up, so that "before" is the memory of a service that has answered requests.
wrk -t2 -c16 -d5s -s "$ROOT/bench/mix.lua" "http://127.0.0.1:$PORT" >/dev/null
before=$(rss_mb "$APP_PID")
log "load: $DURATION at $CONNECTIONS connections"
result=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 5s -s "$ROOT/bench/mix.lua" "http://127.0.0.1:$PORT" \
  | grep '^RESULT')
after=$(rss_mb "$APP_PID")
alive=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/events?era=khrushchev")

echo "load: ${result#RESULT } rss_before_mb=$before rss_after_mb=$after status_after=$alive"
[[ $alive == 200 ]] && [[ $result == *" errors=0"* ]]
