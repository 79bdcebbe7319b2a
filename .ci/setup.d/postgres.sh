# shellcheck shell=bash
# Sourced by .ci/run: a real PostgreSQL on 127.0.0.1 for the persistence tests. Installs Debian's postgresql
# when missing, starts its cluster (works as root), creates a login that may create the per-test databases,
# and exports CRM_TEST_POSTGRES. Without that variable the PostgreSQL tests skip and say how to enable them.

crm_pg_setup() {
  local user=crm_test password=crm_test version port
  if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    echo "installing postgresql"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || return 1
  fi
  version=$(ls /usr/lib/postgresql | sort -V | tail -1)
  if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$version main"; then
    pg_createcluster "$version" main >/dev/null || return 1
  fi
  port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')
  if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $4}' | grep -q online; then
    pg_ctlcluster "$version" main start || return 1
  fi
  for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p "$port" && break
    sleep 1
  done
  runuser -u postgres -- psql -q -p "$port" -v ON_ERROR_STOP=1 <<SQL || return 1
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$user') THEN
    CREATE ROLE $user LOGIN CREATEDB PASSWORD '$password';
  END IF;
END \$\$;
SELECT 'CREATE DATABASE $user OWNER $user' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$user')\gexec
-- Tests drop their databases WITH (FORCE); an autovacuum worker busy in one belongs to no role, and only
-- pg_signal_backend lets a non-superuser end it (without it the drop fails now and then: SQLSTATE 42501).
GRANT pg_signal_backend TO $user;
SQL
  export CRM_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=$user;Password=$password;Database=$user"
  echo "PostgreSQL $version on 127.0.0.1:$port; CRM_TEST_POSTGRES exported"
}

if ! crm_pg_setup; then
  echo "WARNING: PostgreSQL could not be set up; the PostgreSQL tests will be skipped." >&2
fi
unset -f crm_pg_setup
