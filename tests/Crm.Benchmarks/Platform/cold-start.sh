#!/usr/bin/env bash
# Host cold start to ready with N plugins: builds the host (Release) and N copies of TestPlugins.Numbered,
# then starts the real host process RUNS times and measures from launch until /health/ready answers 200, and
# until the first GraphQL request ({ __typename } over POST, sent right after ready) has its answer.
# Usage: tests/Crm.Benchmarks/Platform/cold-start.sh [N=10] [RUNS=5]
# KEEP_DATA=1 keeps the data folder between runs (a restart: migrations already applied); by default every run
# starts on an empty data folder (a first start: the database is created and every module's migrations run).
set -euo pipefail
cd "$(dirname "$0")/../../.."
count=${1:-10}
runs=${2:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build host/Crm.Host -c Release -o "$work/host" -p:CrmPluginsSourceDir="$work/none/" >/dev/null
for i in $(seq 1 "$count"); do
  dotnet publish tests/TestPlugins/Numbered -c Release -p:PluginIndex="$i" -o "$work/plugins/Numbered$i" >/dev/null
  cat >"$work/plugins/Numbered$i/crm-module.json" <<JSON
{ "id": "bench.plugin-$i", "name": "Numbered benchmark plugin", "version": "1.0.0", "sdkVersion": "1.0",
  "entryAssembly": "TestPlugins.Numbered$i.dll" }
JSON
done

port=5391
times=()
answers=()
for run in $(seq 1 "$runs"); do
  if [ "${KEEP_DATA:-0}" != 1 ] || [ "$run" = 1 ]; then rm -rf "$work/data"; fi
  start=$(date +%s%N)
  dotnet "$work/host/Crm.Host.dll" --urls=http://127.0.0.1:$port --Crm:DataDirectory="$work/data" \
    --Crm:Modules:PluginsPath="$work/plugins" --Crm:Modules:EnablePluginsByDefault=true \
    --Logging:LogLevel:Default=Warning >"$work/host.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready"; do sleep 0.01; done
  end=$(date +%s%N)
  curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "http://127.0.0.1:$port/graphql"
  answered=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
  answers+=($(( (answered - start) / 1000000 )))
  running=$(grep -c 'faulted' "$work/host.log" || true)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "run $run: ready $(( (end - start) / 1000000 )) ms, first GraphQL answer $(( (answered - start) / 1000000 )) ms (faulted modules logged: $running)"
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "median of $runs: ${sorted[$((runs / 2))]} ms to ready with $count plugins"
sorted=($(printf '%s\n' "${answers[@]}" | sort -n))
echo "median of $runs: ${sorted[$((runs / 2))]} ms to the first GraphQL answer with $count plugins"
