#!/usr/bin/env bash
# One module toggle, from admin command to new shape in service, on the real host process: the time of each
# `disableModule` / `enableModule` GraphQL mutation over HTTP (curl's total), which answers only after the
# state is written (with its audit entry) and the new shape (scopes, message routes, composed GraphQL schema)
# is in service. Uses the build cold-start.sh left in WORK (host + N plugins), so build that first.
# Usage: WORK=/tmp/cs tests/Crm.Benchmarks/Platform/toggle.sh [MODULE=bench.plugin-1] [TOGGLES=40]
# The first WARMUP (default 4) toggles are reported apart: they pay for JIT and for building the module's model.
set -euo pipefail
module=${1:-bench.plugin-1}
toggles=${2:-40}
warmup=${WARMUP:-4}
work=${WORK:?set WORK to the folder cold-start.sh built into}
[ -f "$work/host/Crm.Host.dll" ] || { echo "no build in $work/host: run cold-start.sh with WORK=$work BUILD_ONLY=1 first" >&2; exit 2; }
port=5392
data=$(mktemp -d)
password=toggle-bench-password-1
trap 'kill "$pid" 2>/dev/null || true; [ -n "${KEEP_LOG:-}" ] && cp "$data/host.log" "$KEEP_LOG"; rm -rf "$data"' EXIT

echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average:$(uptime | sed 's/.*load average://')"
# shellcheck disable=SC2086 # DOTNET_ARGS is a list of VAR=value words on purpose.
env ${DOTNET_ARGS:-} CRM_ADMIN_PASSWORD=$password dotnet "$work/host/Crm.Host.dll" --urls=http://127.0.0.1:$port \
  --Crm:DataDirectory="$data" --Crm:Modules:PluginsPath="$work/plugins" --Crm:Modules:EnablePluginsByDefault=true \
  --Logging:LogLevel:Default=Warning ${HOST_ARGS:-} >"$data/host.log" 2>&1 &
pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready"; do
  kill -0 "$pid" 2>/dev/null || { cat "$data/host.log" >&2; exit 1; }
  sleep 0.05
done

gql() { curl -sf "http://127.0.0.1:$port/graphql" -H 'Content-Type: application/json' ${token:+-H "Authorization: Bearer $token"} "$@"; }
token=$(gql -d '{"query":"mutation($i: SignInInput!) { signIn(input: $i) { token } }","variables":{"i":{"login":"admin","password":"'$password'"}}}' \
  | sed -E 's/.*"token":"([^"]+)".*/\1/')

times=()
for i in $(seq 1 "$toggles"); do
  if [ $((i % 2)) = 1 ]; then op=disableModule; else op=enableModule; fi
  body='{"query":"mutation { '$op'(input: { id: \"'$module'\" }) { changed module { state } } }"}'
  answer=$(gql -w '\n%{time_total}' -d "$body")
  seconds=$(tail -n1 <<<"$answer")
  case "$answer" in
    *'"changed":["'$module'"]'*) ;;
    *) echo "toggle $i ($op) did not change $module: $(head -n1 <<<"$answer")" >&2; exit 1 ;;
  esac
  ms=$(awk -v s="$seconds" 'BEGIN { printf "%.1f", s * 1000 }')
  if [ "$i" -le "$warmup" ]; then echo "warm-up toggle $i ($op): $ms ms"; else times+=("$ms"); fi
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
n=${#sorted[@]}
echo "toggles of $module after warm-up: median ${sorted[$((n / 2))]} ms, p90 ${sorted[$((n * 9 / 10))]} ms, min ${sorted[0]} ms, max ${sorted[$((n - 1))]} ms (n=$n)"
