#!/usr/bin/env bash
# HTTP load test: 100 concurrent connections for DURATION seconds (default 60) against the real GraphQL endpoint
# and against the minimal-API floor returning the same JSON, on loopback only. Bounded: wrk stops by itself,
# and the server this script starts is stopped by its PID on exit.
# Needs wrk (apt-get install wrk). Usage: tests/Crm.Benchmarks/Http/load.sh [DURATION_SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../../.."
duration="${1:-60}"
connections=100
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:${port}"
data=$(mktemp -d)

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }
dotnet build tests/Crm.Benchmarks -c Release -p:SkipGraphiQLBuild=true --nologo -v q >/dev/null
# The plugin that serves the query through the real module platform, installed as an admin would.
dotnet publish tests/TestPlugins/LoadCatalog -c Release -o "${data}/plugins/LoadCatalog" --nologo -v q >/dev/null

# Server GC as in production ASP.NET Core; operation log lines off (Warning) so the console is not measured.
DOTNET_gcServer=1 dotnet tests/Crm.Benchmarks/bin/Release/net10.0/Crm.Benchmarks.dll http-load-server \
  "--urls=${base}" "--Crm:DataDirectory=${data}/data" "--Crm:Modules:PluginsPath=${data}/plugins" \
  "--Crm:Modules:EnablePluginsByDefault=true" "--Logging:LogLevel:Default=Warning" >"${data}/server.log" 2>&1 &
server=$!
trap 'kill "${server}" 2>/dev/null; wait "${server}" 2>/dev/null; rm -rf "${data}"' EXIT

for _ in $(seq 1 150); do
  curl -fsS "${base}/health/ready" >/dev/null 2>&1 && break
  sleep 0.2
done

body='{"query":"query Customers { customers(first: 20) { id name email city revenue } }","operationName":"Customers"}'
graphql_json=$(curl -fsS -X POST -H 'Content-Type: application/json' -d "${body}" "${base}/graphql")
floor_json=$(curl -fsS -X POST -H 'Content-Type: application/json' -d "${body}" "${base}/floor")
if [ "${graphql_json}" != "${floor_json}" ]; then
  echo "The floor does not answer the same JSON as /graphql:" >&2
  echo "graphql: ${graphql_json:0:300}" >&2
  echo "floor:   ${floor_json:0:300}" >&2
  exit 1
fi
echo "response: ${#graphql_json} bytes, identical from /graphql and /floor"

run() {
  local name=$1 path=$2
  wrk -t2 -c"${connections}" -d5s -s tests/Crm.Benchmarks/Http/post.lua "${base}${path}" >/dev/null # warm-up (JIT, tiering)
  echo "== ${name}: ${connections} connections, ${duration} s"
  wrk -t2 -c"${connections}" -d"${duration}s" --latency -s tests/Crm.Benchmarks/Http/post.lua "${base}${path}"
}

run "GraphQL POST /graphql" /graphql
run "floor POST /floor" /floor
echo "machine: $(nproc) cores, $(free -h | awk '/Mem:/ {print $2}') RAM, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
