#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on 127.0.0.1 for the store tests and print its URL.
# Usage: eval "$(scripts/start-test-postgres.sh)"   (sets SITREP_TEST_PG)
# Needs Debian's postgresql package (apt-get install -y postgresql). Runs as the postgres user
# when started by root, since initdb refuses to run as root.
set -euo pipefail
port=${SITREP_TEST_PG_PORT:-55432}
# the first free port from there
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bindir/initdb" ] || { echo "start-test-postgres: PostgreSQL server binaries not found (apt-get install -y postgresql)" >&2; exit 1; }
dir=$(mktemp -d /tmp/sitrep-pg.XXXXXX)
as=()
if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; as=(runuser -u postgres --); fi
"${as[@]}" "$bindir/initdb" -D "$dir/data" -U sitrep --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${as[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
"${as[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U sitrep sitrep_test
echo "export SITREP_TEST_PG=postgres://sitrep@127.0.0.1:$port/sitrep_test"
echo "export SITREP_TEST_PG_DIR=$dir"
