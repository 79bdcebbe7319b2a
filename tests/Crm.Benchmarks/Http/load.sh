#!/usr/bin/env bash
# HTTP load test: 100 concurrent connections for DURATION seconds (default 60) against the real GraphQL endpoint
# and against the minimal-API floor returning the same JSON, on loopback only, both signed in with the same bearer
# token (the script signs in as admin first). Bounded: wrk stops by itself, and the server this script starts is
# stopped by its PID on exit.
# Needs wrk (apt-get install wrk). Usage: tests/Crm.Benchmarks/Http/load.sh [DURATION_SECONDS]
# LOAD_PROFILE=FILE also samples the server's stacks (dotnet-trace, 20 s) during the /graphql run, into FILE.nettrace
# and FILE.speedscope.json (figures taken while profiling are not the ones to record).
# Each endpoint gets a 30 s warm-up first (LOAD_WARMUP): with both cores busy, 5 s left the GraphQL path in
# unoptimized JIT tiers (2-4x its steady-state CPU per request) while the smaller floor path was already optimized.
# LOAD_SKIP_BUILD=1 measures the last build (build once with LOAD_BUILD_ONLY=1, so the timed run compiles nothing).
set -euo pipefail
cd "$(dirname "$0")/../../.."
duration="${1:-60}"
connections=100
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:${port}"
data=$(mktemp -d)
plugins=tests/Crm.Benchmarks/bin/Release/load-plugins
# The admin's password for this throw-away data folder; the script signs in with it.
export CRM_ADMIN_PASSWORD="load-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }
if [ "${LOAD_SKIP_BUILD:-0}" != 1 ]; then
  dotnet build tests/Crm.Benchmarks -c Release -p:SkipGraphiQLBuild=true --nologo -v q
  # The plugin that serves the query through the real module platform, installed as an admin would.
  rm -rf "${plugins}"
  dotnet publish tests/TestPlugins/LoadCatalog -c Release -o "${plugins}/LoadCatalog" --nologo -v q
fi
[ "${LOAD_BUILD_ONLY:-0}" = 1 ] && exit 0
mkdir -p "${data}/plugins" && cp -r "${plugins}/LoadCatalog" "${data}/plugins/"

# The GC the host ships with (Crm.Host.csproj: Server GC, DATAS off; this benchmark executable is not a web
# project, so it gets them here); operation log lines off (Warning) so the console is not measured.
DOTNET_gcServer="${DOTNET_gcServer:-1}" DOTNET_GCDynamicAdaptationMode="${DOTNET_GCDynamicAdaptationMode:-0}" dotnet tests/Crm.Benchmarks/bin/Release/net10.0/Crm.Benchmarks.dll http-load-server \
  "--urls=${base}" "--Crm:DataDirectory=${data}/data" "--Crm:Modules:PluginsPath=${data}/plugins" \
  "--Crm:Modules:EnablePluginsByDefault=true" "--Logging:LogLevel:Default=Warning" >"${data}/server.log" 2>&1 &
server=$!
trap 'kill "${server}" 2>/dev/null; wait "${server}" 2>/dev/null; rm -rf "${data}"' EXIT

for _ in $(seq 1 150); do
  curl -fsS "${base}/health/ready" >/dev/null 2>&1 && break
  sleep 0.2
done

sign_in='{"query":"mutation($i: SignInInput!) { signIn(input: $i) { token errors { code } } }","variables":{"i":{"login":"admin","password":"'"${CRM_ADMIN_PASSWORD}"'"}}}'
CRM_TOKEN=$(curl -fsS -X POST -H 'Content-Type: application/json' -d "${sign_in}" "${base}/graphql" | sed -nE 's/.*"token":"([^"]+)".*/\1/p')
[ -n "${CRM_TOKEN}" ] || { echo "signIn gave no token; server log:" >&2; tail -20 "${data}/server.log" >&2; exit 1; }
export CRM_TOKEN

body='{"query":"query Customers { loadCustomers(first: 20) { id name email city revenue } }","operationName":"Customers"}'
# Without the token both must refuse, so the measured run is known to go through the sign-in check.
anonymous=$(curl -sS -X POST -H 'Content-Type: application/json' -d "${body}" "${base}/graphql")
case "${anonymous}" in *UNAUTHENTICATED*) ;; *) echo "anonymous /graphql was not refused: ${anonymous:0:300}" >&2; exit 1 ;; esac
anonymous_floor=$(curl -sS -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' -d "${body}" "${base}/floor")
[ "${anonymous_floor}" = 401 ] || { echo "anonymous /floor answered ${anonymous_floor}, not 401" >&2; exit 1; }

auth="Authorization: Bearer ${CRM_TOKEN}"
graphql_json=$(curl -fsS -X POST -H 'Content-Type: application/json' -H "${auth}" -d "${body}" "${base}/graphql")
floor_json=$(curl -fsS -X POST -H 'Content-Type: application/json' -H "${auth}" -d "${body}" "${base}/floor")
if [ "${graphql_json}" != "${floor_json}" ]; then
  echo "The floor does not answer the same JSON as /graphql:" >&2
  echo "graphql: ${graphql_json:0:300}" >&2
  echo "floor:   ${floor_json:0:300}" >&2
  exit 1
fi
echo "response: ${#graphql_json} bytes, identical from /graphql and /floor (signed in as admin; anonymous refused by both)"

run() {
  local name=$1 path=$2
  wrk -t2 -c"${connections}" -d"${LOAD_WARMUP:-30}s" -s tests/Crm.Benchmarks/Http/post.lua "${base}${path}" >/dev/null # warm-up (JIT, tiering)
  echo "== ${name}: ${connections} connections, ${duration} s"
  if [ -n "${LOAD_PROFILE:-}" ] && [ "${path}" = /graphql ]; then
    dotnet-trace collect -p "${server}" --profile dotnet-sampled-thread-time --duration 00:00:00:20 \
      --format Speedscope -o "${LOAD_PROFILE}.nettrace" >/dev/null &
  fi
  local before after requests
  before=$(server_cpu_ticks)
  wrk -t2 -c"${connections}" -d"${duration}s" --latency -s tests/Crm.Benchmarks/Http/post.lua "${base}${path}" | tee "${data}/wrk.out"
  after=$(server_cpu_ticks)
  # The server's own CPU per answered request: steadier than throughput when other processes share the machine.
  requests=$(awk '/requests in/ {print $1}' "${data}/wrk.out")
  awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="${requests}" 'BEGIN { printf "server_cpu_us_per_request %.1f\n", t / hz * 1e6 / n }'
}

# utime + stime of the server process, in clock ticks.
server_cpu_ticks() { awk '{print $14 + $15}' "/proc/${server}/stat"; }

echo "start: $(date -u '+%Y-%m-%d %H:%M:%S UTC'), load: $(cut -d' ' -f1-3 /proc/loadavg)"
run "GraphQL POST /graphql" /graphql
run "floor POST /floor" /floor
echo "end: $(date -u '+%Y-%m-%d %H:%M:%S UTC'), load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "machine: $(nproc) cores, $(free -h | awk '/Mem:/ {print $2}') RAM, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
