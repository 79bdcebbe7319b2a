#!/usr/bin/env bash
# Times the relationship-history queries of docs/benchmarks.md over HTTP against an already seeded database:
# a timeline page after a cursor, a phone-fragment search, and customersWithoutContact with totalCount.
# Each query: one warm-up (its SQL statements are counted from EF Core's command log), then N timed requests
# with curl; prints median, min and max in ms.
#
#   dotnet build host/Crm.Host -c Release
#   dotnet host/Crm.Host/bin/Release/net10.0/Crm.Host.dll seed load --customers 100000 --interactions-per-customer 100
#   CRM_ADMIN_PASSWORD=... tests/Crm.Benchmarks/History/history-queries.sh   # same environment (provider, connection string)
#
# The API answers signed-in callers only: the script signs in as admin with CRM_ADMIN_PASSWORD (the password the
# database's admin was created with, on its first start or seed) and sends the token with every request.
# The host is started by the script on 127.0.0.1:${PORT:-5090} with the current environment's database settings.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
port=${PORT:-5090}
runs=${RUNS:-20}
log=$(mktemp)
trap 'stop_host; rm -f "$log"' EXIT
HOST_ENV=(Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command=Information)
# shellcheck source=signed-in-host.sh
source "$(dirname "$0")/signed-in-host.sh"
# EF logs each statement as a block starting with "info: ...Command"; the host's module-state poller is not ours.
statements() { awk '/^(info|warn|fail): /{ if (b) print b; b=$0; next } { b=b" "$0 } END { if (b) print b }' "$log" \
  | grep 'Executed DbCommand' | grep -vc 'module_states' || true; }

measure() {
  local name=$1 body=$2 before after
  before=$(statements); answer=$(post "$body"); sleep 0.2; after=$(statements)
  # A timing of an error answer would be meaningless: stop and show it.
  case "$answer" in *'"errors"'*|'') echo "$name answered with errors: ${answer:0:400}" >&2; exit 1 ;; esac
  local times=()
  for _ in $(seq 1 "$runs"); do
    times+=("$(curl -s -o /dev/null -w '%{time_total}' -H 'Content-Type: application/json' "${auth[@]}" -d "$body" "http://127.0.0.1:$port/graphql")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" -v st=$((after - before)) '
    { t[NR] = $1 * 1000 } END { printf "%-28s median %7.1f ms  min %7.1f  max %7.1f  statements %d\n", name, t[int((NR + 1) / 2)], t[1], t[NR], st }'
}

customer=$(post '{"query":"{ customers(first: 1) { nodes { id } } }"}' | sed -E 's/.*"id":"([^"]+)".*/\1/')
cursor=$(post "{\"query\":\"{ customer(id: \\\"$customer\\\") { timeline(first: 50) { pageInfo { endCursor } } } }\"}" | sed -E 's/.*"endCursor":"([^"]+)".*/\1/')
since=$(date -u -d '30 days ago' +%Y-%m-%dT%H:%M:%SZ)

measure "timeline page 2 (50)" "{\"query\":\"{ customer(id: \\\"$customer\\\") { timeline(first: 50, after: \\\"$cursor\\\") { nodes { id kind subject occurredAt } } } }\"}"
measure "phone search \"495 12\" (20)" '{"query":"{ customers(first: 20, filter: { text: \"495 12\" }) { nodes { id name } } }"}'
measure "without contact + totalCount" "{\"query\":\"{ customersWithoutContact(since: \\\"$since\\\", first: 50) { totalCount nodes { id } } }\"}"
post "{\"query\":\"{ customersWithoutContact(since: \\\"$since\\\", first: 1) { totalCount } }\"}"; echo
