#!/usr/bin/env bash
# Publishes the web host (Release), starts it on 127.0.0.1 with the demo data set (or FILE, uploaded and trained),
# waits for /health, then drives a customer's top-10 recommendations with wrk and prints requests/s and p99 latency.
#
#   bench/api-wrk.sh [FILE]
#
# Settings (environment): DURATION (20s), THREADS (1), CONNECTIONS (16), PORT (5199), CACHED_LISTS (host default;
# 0 ranks every request afresh), WORKSPACE (default: a folder under /tmp kept between runs, so the demo trains once).
# Needs wrk (Debian: apt-get install -y wrk) and curl.
set -euo pipefail
cd "$(dirname "$0")/.."

file=${1:-}
duration=${DURATION:-20s}
threads=${THREADS:-1}
connections=${CONNECTIONS:-16}
port=${PORT:-5199}
key=bench-api-key-0123456789
url="http://127.0.0.1:$port"
command -v wrk > /dev/null || { echo "wrk is not installed: apt-get install -y wrk" >&2; exit 1; }

work=$(mktemp -d)
workspace=${WORKSPACE:-${TMPDIR:-/tmp}/spectrum-bench-workspace${file:+-$(basename "$file")}}
trap 'kill "$host" 2> /dev/null || true; wait "$host" 2> /dev/null || true; rm -rf "$work"' EXIT

echo "Publishing the host (Release) ..."
dotnet publish src/ShopperSpectrum.Web -c Release -o "$work/app" --nologo -v quiet > "$work/publish.log" || { cat "$work/publish.log"; exit 1; }

echo "Starting it on $url with workspace $workspace ..."
env ASPNETCORE_URLS="$url" ASPNETCORE_ENVIRONMENT=Production Spectrum__ApiKey="$key" Spectrum__WorkspacePath="$workspace" \
    Spectrum__SeedDemo=$([ -z "$file" ] && echo true || echo false) ${CACHED_LISTS:+Spectrum__CachedLists=$CACHED_LISTS} \
    Logging__LogLevel__Default=Warning "$work/app/ShopperSpectrum.Web" > "$work/host.log" 2>&1 &
host=$!

wait_for() { # wait_for SECONDS COMMAND...: retries the command each second until it succeeds
    local deadline=$((SECONDS + $1)); shift
    until "$@" > /dev/null 2>&1; do
        kill -0 "$host" 2> /dev/null || { echo "the host stopped:" >&2; cat "$work/host.log" >&2; exit 1; }
        [ "$SECONDS" -lt "$deadline" ] || { echo "timed out waiting for: $*" >&2; exit 1; }
        sleep 1
    done
}
field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^\",}]*\).*/\1/p" | head -1; }

if [ -n "$file" ]; then
    wait_for 60 curl -sf "$url/api/datasets"
    if ! curl -sf "$url/health" > /dev/null; then
        echo "Uploading and training $file ..."
        dataset=$(curl -sf -H "X-Api-Key: $key" -F "file=@$file" "$url/api/datasets" | field id)
        curl -sf -H "X-Api-Key: $key" -H 'Content-Type: application/json' -d "{\"datasetId\":\"$dataset\"}" "$url/api/training-runs" > /dev/null
    fi
fi
echo "Waiting for a model to serve (the first run trains it) ..."
wait_for 900 curl -sf "$url/health"
curl -s "$url/health"; echo

# Every customer, from the clusters' campaign CSVs (cluster 0, 1, ... until one is not found).
for ((cluster = 0; ; cluster++)); do
    curl -sf "$url/api/clusters/$cluster/customers.csv?top=1" > "$work/cluster.csv" || break
    tail -n +2 "$work/cluster.csv" | cut -d, -f1 >> "$work/ids"
done
customer=${CUSTOMER:-$(head -1 "$work/ids")}
path="/api/customers/$customer/recommendations?top=10"

cat > "$work/rotate.lua" <<LUA
local ids = {}
for line in io.lines("$work/ids") do ids[#ids + 1] = line end
local next = 0
request = function()
  next = next % #ids + 1
  return wrk.format("GET", "/api/customers/" .. ids[next] .. "/recommendations?top=10")
end
LUA

run() { # run LABEL WRK-ARGS...
    echo
    echo "== $1"
    shift
    echo "wrk -t$threads -c$connections -d$duration --latency $*"
    wrk -t"$threads" -c"$connections" -d"$duration" --latency "$@" | tee "$work/wrk.txt" | grep -E "Requests/sec|Latency  |99%|Non-2xx|Socket errors" || true
}

echo "Warming up (JIT, and each customer's list ranked once) ..."
wrk -t"$threads" -c"$connections" -d10s -s "$work/rotate.lua" "$url" > /dev/null
run "one customer ($customer): GET $path" "$url$path"
run "$(wc -l < "$work/ids") customers in turn: GET /api/customers/{id}/recommendations?top=10" -s "$work/rotate.lua" "$url"
