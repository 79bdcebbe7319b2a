#!/usr/bin/env bash
# The workloads W0–W5 of ../shared/notes/peer-figures.md (what PostGraphile and a graphql-js server do on the same
# CRM data) against Crm over HTTP, with the peers' load: wrk, 2 threads, 16 connections, 5 s warm-up, 20 s measured.
# Needs a PostgreSQL database seeded with `seed load --customers 100000 --interactions-per-customer 100`, the psql
# client, and wrk (apt install wrk). Like the peers' data, one customer gets a 200,000-entry history: the script adds
# it with one INSERT … SELECT generate_series the first time (HEAVY_ROWS), straight into the timeline table.
#
#   dotnet build host/Crm.Host -c Release
#   export Crm__Database__Provider=Postgres ConnectionStrings__Crm="Host=...;Database=crm_bench;..." CRM_ADMIN_PASSWORD=...
#   tests/Crm.Benchmarks/History/peer-workloads.sh            # SECONDS=20 WARMUP=5 CONNECTIONS=16 to change the load
#
# Every workload's answer is checked for errors before it is timed. W5 writes: each request records one interaction.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
port=${PORT:-5091}
seconds=${SECONDS_MEASURED:-20}
warmup=${WARMUP:-5}
connections=${CONNECTIONS:-16}
heavy_rows=${HEAVY_ROWS:-200000}
[ "${Crm__Database__Provider:-}" = "Postgres" ] || { echo "set Crm__Database__Provider=Postgres and ConnectionStrings__Crm (the peers ran on PostgreSQL)" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing: apt install wrk" >&2; exit 2; }
command -v psql >/dev/null || { echo "psql is missing: apt install postgresql-client" >&2; exit 2; }

# psql takes a libpq URI; build it from the Npgsql connection string's keys.
conn() { tr ';' '\n' <<<"$ConnectionStrings__Crm" | sed -nE "s/^ *$1 *= *(.*)$/\1/Ip" | head -1; }
export PGHOST=$(conn Host) PGPORT=$(conn Port) PGUSER=$(conn Username) PGPASSWORD=$(conn Password) PGDATABASE=$(conn Database)
sql() { psql -qAtX -v ON_ERROR_STOP=1 -c "$1"; }

work=$(mktemp -d)
log="$work/host.log"
trap 'stop_host; rm -rf "$work"' EXIT
HOST_ENV=()
# shellcheck source=signed-in-host.sh
source "$(dirname "$0")/signed-in-host.sh"

# The heavy customer: the first by name, given HEAVY_ROWS entries spread over five years if it has fewer.
heavy=$(sql 'SELECT "Id" FROM crm_customers.customers ORDER BY "NameKey", "Id" LIMIT 1')
have=$(sql "SELECT COUNT(*) FROM crm_interactions.interactions WHERE \"CustomerId\" = '$heavy'")
if [ "$have" -lt "$heavy_rows" ]; then
  sql "INSERT INTO crm_interactions.interactions (\"CustomerId\", \"Kind\", \"Direction\", \"OccurredAt\", \"RecordedBy\", \"RecordedAt\", \"Participants\", \"Subject\")
       SELECT '$heavy', (ARRAY['CALL','MEETING','EMAIL','MESSAGE','NOTE'])[1 + n % 5], 'Outbound',
              now() - (n * interval '1 second' * (5 * 365 * 86400 / $heavy_rows)), 'load-manager-1', now(), '', 'Heavy history ' || n
       FROM generate_series(1, $heavy_rows - $have) AS n; ANALYZE crm_interactions.interactions;"
fi
# W2 reads 20 entries from the middle: the cursor of entry 100,000 (ticks since 0001-01-01 : id, base64url).
middle=$(sql "SELECT (EXTRACT(EPOCH FROM \"OccurredAt\") * 1000000)::bigint * 10 + 621355968000000000 || ':' || \"Id\"
              FROM crm_interactions.interactions WHERE \"CustomerId\" = '$heavy'
              ORDER BY \"OccurredAt\" DESC, \"Id\" DESC OFFSET $((heavy_rows / 2 - 1)) LIMIT 1")
cursor=$(printf '%s' "$middle" | base64 -w0 | tr '+/' '-_' | tr -d '=')
heavy_id=$(printf 'Customer:%s' "${heavy//-/}" | base64 -w0)   # the Node id: base64 of "Customer:<uuid, no dashes>"
since=$(date -u -d '30 days ago' +%Y-%m-%dT%H:%M:%SZ)

# name|request body (JSON)
workloads=(
  "W0 { __typename }|{\"query\":\"{ __typename }\"}"
  "W1 50 customers with manager and 5 newest interactions|{\"query\":\"{ customers(first: 50) { nodes { id name managerId timeline(first: 5) { nodes { id kind subject occurredAt } } } } }\"}"
  "W2 heavy customer's timeline, 20 from entry 100,000|{\"query\":\"query(\$c: ID!, \$a: String) { customer(id: \$c) { timeline(first: 20, after: \$a) { nodes { id kind subject occurredAt } } } }\",\"variables\":{\"c\":\"$heavy_id\",\"a\":\"$cursor\"}}"
  "W3 phone contains \"495 12\", 20|{\"query\":\"{ customers(first: 20, filter: { text: \\\"495 12\\\" }) { nodes { id name phones } } }\"}"
  "W4 without contact 30 days: 50 + totalCount + lastContact|{\"query\":\"{ customersWithoutContact(since: \\\"$since\\\", first: 50) { totalCount nodes { id name lastContact { at kind } } } }\"}"
  "W5 recordInteraction|{\"query\":\"mutation(\$c: ID!) { recordInteraction(input: { customerId: \$c, kind: CALL, direction: OUTBOUND, occurredAt: \\\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\\\", subject: \\\"Load test call\\\" }) { interaction { id } errors { code } } }\",\"variables\":{\"c\":\"$heavy_id\"}}"
)

printf '%-58s %10s %9s %9s %7s\n' workload 'req/s' p50 p99 errors
for entry in "${workloads[@]}"; do
  name=${entry%%|*}; body=${entry#*|}
  answer=$(post "$body")
  # A top-level error or a typed payload error (W5's errors: [{ code }]) means the workload is not what it claims.
  case "$answer" in *'"errors":[{'*|'') echo "$name answered with errors: ${answer:0:400}" >&2; exit 1 ;; esac
  printf '%s' "$body" >"$work/body.json"
  cat >"$work/request.lua" <<EOF
local f = io.open("$work/body.json"); local body = f:read("*a"); f:close()
wrk.method = "POST"; wrk.body = body
wrk.headers["Content-Type"] = "application/json"; wrk.headers["Authorization"] = "Bearer $token"
function done(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
EOF
  wrk -t2 -c"$connections" --timeout 10s -d"${warmup}s" -s "$work/request.lua" "http://127.0.0.1:$port/graphql" >/dev/null
  wrk -t2 -c"$connections" --timeout 10s -d"${seconds}s" -s "$work/request.lua" "http://127.0.0.1:$port/graphql" \
    | awk -v name="$name" '/^RESULT/ { printf "%-58s %10.1f %7.2f ms %6.2f ms %7d\n", name, $2, $3, $4, $5 }'
done
