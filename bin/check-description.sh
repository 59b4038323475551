#!/usr/bin/env bash
# Checks the description the packaged service serves at /v3/api-docs as the usual tools read it:
# - Spectral's spectral:oas rules and Redocly's recommended rules, with no error;
# - Stoplight Prism as a validating proxy in front of the service, replaying the requests of the HTTP
#   tests (recorded by `./mvnw verify` in target/api-requests.jsonl): no answer may break the description.
# Needs java, node and npm.
#
#   bin/check-description.sh [JAR] [REQUESTS]   (defaults target/sino-soviet-timeline.jar, target/api-requests.jsonl)
set -euo pipefail
cd "$(dirname "$0")/.."

jar=${1:-target/sino-soviet-timeline.jar}
requests=${2:-target/api-requests.jsonl}
port=${PRISM_CHECK_PORT:-18096}
prism_port=${PRISM_PORT:-18097}
prism=5.14.2
spectral=6.16.3
redocly=2.77.0
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
[[ -s $requests ]] || { echo "no recorded requests in $requests: run ./mvnw verify first" >&2; exit 1; }

# The same curator as the tests, so that their writes are answered as they were there.
java -Xmx256m -jar "$jar" --server.port="$port" --timeline.data-dir="$work/data" \
  --timeline.curator.username=test-curator --timeline.curator.password=only-in-tests \
  --spring.main.banner-mode=off >"$work/app.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 180); do
  curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null && break
  kill -0 "${pids[0]}" 2>/dev/null || { tail -30 "$work/app.log" >&2; exit 1; }
  sleep 1
done
curl -sf "http://127.0.0.1:$port/v3/api-docs" >"$work/openapi.json"

echo "installing Spectral $spectral, Redocly CLI $redocly and Prism $prism into $work"
npm install --prefix "$work/tools" --no-audit --no-fund --loglevel=error "@stoplight/spectral-cli@$spectral" \
  "@redocly/cli@$redocly" "@stoplight/prism-cli@$prism" >/dev/null

echo "linting it with spectral:oas and Redocly's recommended rules"
echo 'extends: ["spectral:oas"]' >"$work/.spectral.yaml"
"$work/tools/node_modules/.bin/spectral" lint --quiet --fail-severity error -r "$work/.spectral.yaml" \
  "$work/openapi.json"
"$work/tools/node_modules/.bin/redocly" lint --extends recommended --format summary "$work/openapi.json"
"$work/tools/node_modules/.bin/prism" proxy "$work/openapi.json" "http://127.0.0.1:$port" \
  --port "$prism_port" --host 127.0.0.1 >"$work/prism.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do
  curl -s -o /dev/null "http://127.0.0.1:$prism_port/eras" && break
  kill -0 "${pids[1]}" 2>/dev/null || { tail -30 "$work/prism.log" >&2; exit 1; }
  sleep 1
done

echo "replaying $(wc -l <"$requests") requests through Prism"
node client-check/replay-through-prism.mjs "$requests" "http://127.0.0.1:$prism_port"
