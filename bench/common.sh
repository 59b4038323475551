# Shared by bench/run.sh and bench/load.sh: build the jar, start it, wait for it, read its memory.
# Sourced, not run.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=${JAR:-"$ROOT/target/sino-soviet-timeline.jar"}
# The documented memory settings for a small instance (README, "Performance").
HEAP_OPTS=${HEAP_OPTS:-"-Xms80m -Xmx80m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m -Xss256k -XX:+UseSerialGC -XX:TrimNativeHeapInterval=5000"}
# The fast-start recipe on JDK 25, with an AOT cache trained by bin/train-aot-cache.sh (README, "Performance"):
# the bean definitions settled at build time by Spring's AOT processing.
FAST_START_OPTS=${FAST_START_OPTS:-"-Dspring.aot.enabled=true"}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

need() {
  local missing=()
  for tool in "$@"; do command -v "$tool" >/dev/null || missing+=("$tool"); done
  if ((${#missing[@]})); then
    log "installing ${missing[*]} (Debian packages)"
    local sudo=""; [[ $(id -u) == 0 ]] || sudo=sudo
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get install -y -q "${missing[@]}" >/dev/null 2>&1 \
      || { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q "${missing[@]}" >/dev/null; }
  fi
}

build_jar() {
  if [[ ${SKIP_BUILD:-} != 1 || ! -f $JAR ]]; then
    log "packaging the service"
    (cd "$ROOT" && ./mvnw -q -B package -DskipTests)
  fi
}

# start_app PORT DATA_DIR [CPU] [extra java/app args...]: starts the jar, sets APP_PID, waits for readiness.
start_app() {
  local port=$1 data=$2 cpu=${3:-}; shift 3 || shift $#
  local pin=(); [[ -n $cpu ]] && pin=(taskset -c "$cpu")
  # shellcheck disable=SC2086
  "${pin[@]}" java $HEAP_OPTS ${JAVA_EXTRA:-} -jar "$JAR" --server.port="$port" --timeline.data-dir="$data" \
    --logging.level.root=warn --spring.main.banner-mode=off "$@" >"$data/app.log" 2>&1 &
  APP_PID=$!
  wait_ready "http://127.0.0.1:$port/actuator/health/readiness" 300 "$APP_PID" || { tail -30 "$data/app.log" >&2; return 1; }
}

# wait_ready URL SECONDS [PID]: polls until the URL answers 200; gives up early if the process ends.
wait_ready() {
  local deadline=$((SECONDS + $2))
  until curl -sf -o /dev/null "$1"; do
    ((SECONDS < deadline)) || return 1
    [[ -z ${3:-} ]] || kill -0 "$3" 2>/dev/null || return 1
    sleep 0.1
  done
}

# rss_mb PID: resident memory of a process, in MB.
rss_mb() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }

# stop_app: SIGTERM, as an orchestrator sends it; SIGKILL if the graceful shutdown takes over 40 s.
stop_app() {
  [[ -n ${APP_PID:-} ]] || return 0
  kill "$APP_PID" 2>/dev/null || true
  local deadline=$((SECONDS + 40))
  while kill -0 "$APP_PID" 2>/dev/null; do
    if ((SECONDS > deadline)); then
      log "the service did not stop within 40 s of SIGTERM; killing it"
      kill -9 "$APP_PID" 2>/dev/null || true
    fi
    sleep 0.1
  done
  APP_PID=""
}
