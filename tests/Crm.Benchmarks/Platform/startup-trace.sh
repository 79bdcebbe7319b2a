#!/usr/bin/env bash
# Samples one restart of the host with dotnet-trace (thread time), for finding what a start spends its CPU on.
# Uses the build cold-start.sh left in WORK (host + N plugins); starts once without tracing so the data folder
# holds a migrated database, then traces a second start for 4 s and writes OUT.speedscope.json (open it in
# https://www.speedscope.app or aggregate it yourself). Figures taken while tracing are slower than untraced ones.
# Needs dotnet-trace: dotnet tool install --global dotnet-trace
# Usage: WORK=/tmp/cs tests/Crm.Benchmarks/Platform/startup-trace.sh [OUT=/tmp/start]
set -euo pipefail
work=${WORK:?set WORK to a cold-start.sh build}
out=${1:-/tmp/start}
data=$(mktemp -d)
port=5411
trap 'rm -rf "$data"' EXIT
export CRM_ADMIN_PASSWORD="trace-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
args=(--urls=http://127.0.0.1:$port --Crm:DataDirectory="$data" --Crm:Modules:PluginsPath="$work/plugins"
  --Crm:Modules:EnablePluginsByDefault=true --Logging:LogLevel:Default=Warning)
dotnet "$work/host/Crm.Host.dll" "${args[@]}" >"$data/first.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready"; do
  kill -0 "$pid" 2>/dev/null || { cat "$data/first.log" >&2; exit 1; }
  sleep 0.1
done
kill "$pid"; wait "$pid" 2>/dev/null || true
dotnet-trace collect --profile dotnet-sampled-thread-time --format Speedscope -o "$out.nettrace" --duration 00:00:00:04 \
  -- dotnet "$work/host/Crm.Host.dll" "${args[@]}" >"$data/traced.log" 2>&1
echo "wrote $out.speedscope.json"
