#!/usr/bin/env bash
# Host cold start to ready with N plugins: builds the host (Release) and N copies of TestPlugins.Numbered,
# then starts the real host process RUNS times and measures from launch until /health/ready answers 200, and
# until the first GraphQL request ({ __typename } over POST, sent right after ready) has its answer.
# Usage: tests/Crm.Benchmarks/Platform/cold-start.sh [N=10] [RUNS=5]
#
# Environment:
#   KEEP_DATA=1   keep the data folder between runs (a restart: migrations already applied); by default every run
#                 starts on an empty data folder (a first start: the database is created, every migration runs).
#   R2R=1         publish host and plugins ReadyToRun for linux-x64 (as docs/operations.md recommends), instead of
#                 a plain Release build.
#   WORK=DIR      build into DIR and keep it (default: a temporary folder removed at the end).
#   BUILD_ONLY=1  build into WORK and stop; SKIP_BUILD=1 measures what WORK already holds. On a shared machine:
#                   WORK=/tmp/cs BUILD_ONLY=1 cold-start.sh 10      # build while the machine is busy
#                   WORK=/tmp/cs SKIP_BUILD=1 cold-start.sh 10 5    # measure when nothing else runs
#   PHASES=1      also print, per run, the host's own start-up phases (ms since process start, from its log).
#   DOTNET_ARGS   extra environment for the host, e.g. DOTNET_ARGS="DOTNET_TieredPGO=1" to compare settings.
set -euo pipefail
cd "$(dirname "$0")/../../.."
count=${1:-10}
runs=${2:-5}
if [ -n "${WORK:-}" ]; then
  work=$WORK
  mkdir -p "$work"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  rm -rf "$work/host" "$work/plugins"
  publish_flags=()
  if [ "${R2R:-0}" = 1 ]; then
    publish_flags=(-r linux-x64 --self-contained false -p:PublishReadyToRun=true)
    dotnet publish host/Crm.Host -c Release "${publish_flags[@]}" -o "$work/host" -p:CrmPluginsSourceDir="$work/none/" >/dev/null
  else
    dotnet build host/Crm.Host -c Release -o "$work/host" -p:CrmPluginsSourceDir="$work/none/" >/dev/null
  fi
  for i in $(seq 1 "$count"); do
    dotnet publish tests/TestPlugins/Numbered -c Release "${publish_flags[@]}" -p:PluginIndex="$i" -o "$work/plugins/Numbered$i" >/dev/null
    cat >"$work/plugins/Numbered$i/crm-module.json" <<JSON
{ "id": "bench.plugin-$i", "name": "Numbered benchmark plugin", "version": "1.0.0", "sdkVersion": "1.0",
  "entryAssembly": "TestPlugins.Numbered$i.dll" }
JSON
  done
  echo "built $( [ "${R2R:-0}" = 1 ] && echo 'ReadyToRun publish' || echo 'Release build') into $work"
fi
if [ "${BUILD_ONLY:-0}" = 1 ]; then exit 0; fi
[ -f "$work/host/Crm.Host.dll" ] || { echo "no build in $work/host: run without SKIP_BUILD first" >&2; exit 2; }
plugins_built=$(find "$work/plugins" -mindepth 1 -maxdepth 1 -type d 2>/dev/null | wc -l)
[ "$plugins_built" = "$count" ] || { echo "$work/plugins holds $plugins_built plugins, not $count: rebuild" >&2; exit 2; }

echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average:$(uptime | sed 's/.*load average://')"
port=5391
times=()
answers=()
cpus=()
for run in $(seq 1 "$runs"); do
  if [ "${KEEP_DATA:-0}" != 1 ] || [ "$run" = 1 ]; then rm -rf "$work/data"; fi
  # start-once.py launches the host, polls /health/ready from one process (a curl loop cost the host a third of a
  # core) and prints "ready_ms answer_ms cpu_ms"; the host's PID comes on stderr.
  # shellcheck disable=SC2086 # DOTNET_ARGS is a list of VAR=value words on purpose.
  result=$(python3 tests/Crm.Benchmarks/Platform/start-once.py "$port" "$work/host.log" -- \
    env ${DOTNET_ARGS:-} dotnet "$work/host/Crm.Host.dll" --urls=http://127.0.0.1:$port --Crm:DataDirectory="$work/data" \
    --Crm:Modules:PluginsPath="$work/plugins" --Crm:Modules:EnablePluginsByDefault=true \
    --Logging:LogLevel:Default=Warning --Logging:LogLevel:Crm.Host.Hosting.StartupTimeline=Information \
    2>"$work/probe.err") || { echo "the host did not start:" >&2; cat "$work/probe.err" "$work/host.log" >&2; exit 1; }
  pid=$(sed -n 's/^pid //p' "$work/probe.err")
  read -r ready_ms answer_ms cpu_ms <<<"$result"
  times+=("$ready_ms")
  answers+=("$answer_ms")
  cpus+=("$cpu_ms")
  faulted=$(grep -c 'faulted' "$work/host.log" || true)
  failed=$(grep -c '^fail:' "$work/host.log" || true)
  # The host is the probe's child, not this shell's: wait for it to be gone before the next run takes the port.
  kill "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
  echo "run $run: ready $ready_ms ms, first GraphQL answer $answer_ms ms, host CPU until ready $cpu_ms ms (faulted modules logged: $faulted, fail: lines: $failed)"
  if [ "${PHASES:-0}" = 1 ]; then
    grep -o 'start-up phase .*' "$work/host.log" | sed 's/^/    /' || true
  fi
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "median of $runs: ${sorted[$((runs / 2))]} ms to ready with $count plugins (min ${sorted[0]}, max ${sorted[$((runs - 1))]})"
sorted=($(printf '%s\n' "${answers[@]}" | sort -n))
echo "median of $runs: ${sorted[$((runs / 2))]} ms to the first GraphQL answer with $count plugins"
sorted=($(printf '%s\n' "${cpus[@]}" | sort -n))
echo "median of $runs: ${sorted[$((runs / 2))]} ms of host CPU (user+system) until ready"
