#!/usr/bin/env bash
# Generates clients from the description the packaged service serves at /v3/api-docs, with OpenAPI
# Generator (its own validation on), and uses them against the service, as their developers would:
# - TypeScript (typescript-fetch, through the npm CLI), type-checked under tsc --strict, run by
#   client-check/smoke.ts;
# - Java (the native library, through the Maven plugin in the generated-client profile), compiled and run
#   by src/client-test/java/.../GeneratedJavaClientTest.
# Needs java, node and npm.
#
#   bin/check-generated-client.sh [JAR]     (default target/sino-soviet-timeline.jar)
set -euo pipefail
cd "$(dirname "$0")/.."

jar=${1:-target/sino-soviet-timeline.jar}
port=${CLIENT_CHECK_PORT:-18095}
generator=7.17.0
work=$(mktemp -d)
pid=""
trap '[[ -z $pid ]] || kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

java -Xmx256m -jar "$jar" --server.port="$port" --timeline.data-dir="$work/data" \
  --timeline.curator.username=client-check --timeline.curator.password=client-check-password \
  --spring.main.banner-mode=off >"$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 180); do
  curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null && break
  kill -0 "$pid" 2>/dev/null || { tail -30 "$work/app.log" >&2; exit 1; }
  sleep 1
done

echo "installing OpenAPI Generator $generator and TypeScript into $work"
mkdir -p "$work/tools"
printf '{"generator-cli": {"version": "%s"}}\n' "$generator" >"$work/tools/openapitools.json"
npm install --prefix "$work/tools" --no-audit --no-fund --loglevel=error \
  @openapitools/openapi-generator-cli@2 typescript@5 >/dev/null

echo "generating the typescript-fetch client from /v3/api-docs"
(cd "$work/tools" && npx --no-install openapi-generator-cli generate -g typescript-fetch \
  -i "http://127.0.0.1:$port/v3/api-docs" -o "$work/ts/client" >"$work/generate.log" 2>&1) \
  || { cat "$work/generate.log" >&2; exit 1; }
cp client-check/smoke.ts "$work/ts/"

echo "type-checking it with tsc --strict"
tsc="$work/tools/node_modules/.bin/tsc"
"$tsc" --strict --noEmit --target es2020 --module es2020 --moduleResolution bundler --lib es2020,dom \
  "$work/ts/smoke.ts"
"$tsc" --target es2020 --module commonjs --lib es2020,dom --outDir "$work/js" "$work/ts/smoke.ts"

echo "using it"
node "$work/js/smoke.js" "http://127.0.0.1:$port" client-check client-check-password

echo "generating the Java client with the Maven plugin and testing it"
./mvnw -B -q -Pgenerated-client test -Dclient.service="http://127.0.0.1:$port" \
  -Dclient.curator=client-check -Dclient.password=client-check-password
echo "the generated Java client passed GeneratedJavaClientTest"
