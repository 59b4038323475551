#!/usr/bin/env bash
# Trains the JVM's ahead-of-time cache (JDK 25, JEPs 483, 514 and 515) for the extracted jar: starts the
# service with -XX:AOTCacheOutput on an empty database of its own, makes the reads clients make, and
# stops it with SIGTERM; the JVM writes the cache as it exits. The cache then serves every start made
# with the same JDK, jar and JVM options (README, "Performance": the fast-start recipe).
#
#   bin/train-aot-cache.sh CACHE JAR [java options...]
#
# Uses `java` from the PATH (JAVA=... to choose another) and needs nothing but bash, so that it also runs
# in a JRE-only container image.
set -euo pipefail

if (($# < 2)); then
  echo "usage: $0 CACHE JAR [java options...]" >&2
  exit 2
fi
cache=$1 jar=$2
shift 2
java=${JAVA:-java}
port=${TRAINING_PORT:-18089}
work=$(mktemp -d)
pid=""
trap '[[ -z $pid ]] || kill -9 "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

# get PATH: one request over a connection of its own; prints the status code.
get() {
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf 'GET %s HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\nConnection: close\r\n\r\n' "$1" >&3
  local version status
  read -r version status _ <&3 || true
  cat <&3 >/dev/null
  exec 3<&-
  echo "${status:-000}"
}

"$java" "$@" -XX:AOTCacheOutput="$cache" -jar "$jar" --server.port="$port" --timeline.data-dir="$work" \
  --timeline.shutdown.drain=0s --logging.level.root=warn --spring.main.banner-mode=off >"$work/training.log" 2>&1 &
pid=$!

ready=""
for _ in $(seq 1500); do
  if [[ $(get /actuator/health/readiness 2>/dev/null) == 200 ]]; then ready=1; break; fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.2
done
if [[ -z $ready ]]; then
  echo "the training run did not become ready; its log:" >&2
  cat "$work/training.log" >&2
  exit 1
fi

# The reads of the README's examples, the page's and TimelineJS's, and a refused one, three times each so
# that the JIT's profiles (JEP 515) see them more than once.
paths=(/ /events "/events?era=khrushchev" "/events?actor=mao-zedong&from=1958&to=1962"
  "/events?grievance=border-dispute&size=20&page=0" /events/zhenbao-island-clash /eras /eras/khrushchev
  /eras/khrushchev/events /actors /actors/mao-zedong /grievances /causes-of-split /timeline
  "/timeline?format=timelinejs" /on-this-day "/events?era=no-such-era" /events/no-such-event /problems
  /actuator/health/readiness)
for _ in 1 2 3; do
  for path in "${paths[@]}"; do
    status=$(get "$path")
    [[ $status =~ ^[234] ]] || { echo "training request $path answered $status" >&2; exit 1; }
  done
done

kill -TERM "$pid"
wait "$pid" || true # a JVM stopped by SIGTERM exits with 143
pid=""
if [[ ! -s $cache ]]; then
  echo "no AOT cache was written; the training log:" >&2
  cat "$work/training.log" >&2
  exit 1
fi
