#!/usr/bin/env bash
# PostgreSQL for the hub's tests: installs Debian's postgresql if missing, starts a cluster on
# 127.0.0.1, creates the role and database ssc_test, and exports SSC_TEST_POSTGRES_URL.
#   source .ci/postgres.sh    # from .ci/run: the variable is exported to the tests
#   bash .ci/postgres.sh      # by hand: prints the URL
# On failure it warns and leaves the variable unset: the PostgreSQL variants are then skipped,
# each with a visible reason in pytest's summary. Needs root (apt-get, runuser).

_ssc_postgres_url() (
    set -eu
    export DEBIAN_FRONTEND=noninteractive
    if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
        apt-get install -y -qq --no-install-recommends postgresql >/dev/null 2>&1 \
            || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq --no-install-recommends postgresql >/dev/null; }
    fi
    version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main"; then
        pg_createcluster "$version" main >/dev/null
    fi
    port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')
    conf="/etc/postgresql/$version/main/postgresql.conf"
    if ! grep -q "^listen_addresses = '127.0.0.1'" "$conf"; then
        echo "listen_addresses = '127.0.0.1'" >> "$conf"
    fi
    if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -qx online; then
        pg_ctlcluster "$version" main start >/dev/null
    fi
    for _ in $(seq 1 60); do
        pg_isready -q -h 127.0.0.1 -p "$port" && break
        sleep 0.5
    done
    pg_isready -q -h 127.0.0.1 -p "$port"
    psql_admin() { runuser -u postgres -- psql -p "$port" -v ON_ERROR_STOP=1 -qtA "$@"; }
    if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = 'ssc_test'")" != "1" ]; then
        psql_admin -c "CREATE ROLE ssc_test LOGIN PASSWORD 'ssc_test'" >/dev/null
    fi
    if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = 'ssc_test'")" != "1" ]; then
        psql_admin -c "CREATE DATABASE ssc_test OWNER ssc_test" >/dev/null
    fi
    echo "postgresql://ssc_test:ssc_test@127.0.0.1:$port/ssc_test"
)

if _ssc_url=$(_ssc_postgres_url); then
    export SSC_TEST_POSTGRES_URL="$_ssc_url"
    echo "PostgreSQL for the hub tests: $SSC_TEST_POSTGRES_URL" >&2
    if [ "${BASH_SOURCE[0]}" = "$0" ]; then
        echo "$SSC_TEST_POSTGRES_URL"
    fi
else
    echo "WARNING: PostgreSQL could not be started; the hub's PostgreSQL tests will be skipped" >&2
fi
unset _ssc_url
