# Sourced by the history benchmark scripts: starts the Release host on 127.0.0.1:$port with the caller's database
# settings, waits until it is ready, signs in as admin (CRM_ADMIN_PASSWORD) and defines post BODY, which sends a
# GraphQL request with the bearer token. Needs: root, port, log (the host's log file), and an EXIT trap of the
# caller's that runs stop_host. Extra environment for the host: HOST_ENV (an array of NAME=VALUE).
stop_host() { [ -z "${host_pid:-}" ] || kill "$host_pid" 2>/dev/null || true; }
host_dll="$root/host/Crm.Host/bin/Release/net10.0/Crm.Host.dll"
[ -f "$host_dll" ] || { echo "build first: dotnet build host/Crm.Host -c Release" >&2; exit 2; }
[ -n "${CRM_ADMIN_PASSWORD:-}" ] || { echo "set CRM_ADMIN_PASSWORD to the admin's password of this database" >&2; exit 2; }

# env, not a prefix assignment: logging category names have dots, which the shell does not take as variable names.
env Logging__LogLevel__Default=Warning "${HOST_ENV[@]}" ASPNETCORE_URLS="http://127.0.0.1:$port" dotnet "$host_dll" >"$log" 2>&1 &
host_pid=$!
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done

auth=()
post() { curl -s -H 'Content-Type: application/json' "${auth[@]}" -d "$1" "http://127.0.0.1:$port/graphql"; }
token=$(post "{\"query\":\"mutation { signIn(input: { login: \\\"admin\\\", password: \\\"$CRM_ADMIN_PASSWORD\\\" }) { token } }\"}" \
  | sed -nE 's/.*"token":"([^"]+)".*/\1/p')
[ -n "$token" ] || { echo "sign-in as admin failed: is CRM_ADMIN_PASSWORD this database's admin password?" >&2; exit 2; }
auth=(-H "Authorization: Bearer $token")
