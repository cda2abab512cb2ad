#!/usr/bin/env bash
# The README's test command: provides every real service the tests need on loopback, runs every
# test, and cleans up, also when tests fail. Needs only what a fresh Debian machine of this kind
# ships (the .NET SDK, PostgreSQL 15's binaries); it installs nothing else yet.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
work="$(mktemp -d /tmp/consultation-tests.XXXXXX)"
chmod 755 "$work"
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
pg_data="$work/pg"
pg_port=""

log() { printf '\n== %s\n' "$*"; }

as_postgres() {
  # initdb and pg_ctl refuse to run as root.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cleanup() {
  local status=$?
  if [ -n "$pg_port" ] && [ -f "$pg_data/postmaster.pid" ]; then
    log "stopping PostgreSQL"
    as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
  exit $status
}
trap cleanup EXIT INT TERM

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

start_postgres() {
  if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
    log "PostgreSQL is not installed: installing it with apt-get"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  fi
  pg_port="$(free_port)"
  log "starting a throwaway PostgreSQL cluster on 127.0.0.1:$pg_port"
  mkdir -p "$pg_data"
  chown postgres:postgres "$pg_data" 2>/dev/null || true
  as_postgres "$pg_bin/initdb" -D "$pg_data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$pg_port -c unix_socket_directories=$pg_data -c max_connections=300 -c fsync=off" start >/dev/null
  export CONSULTATION_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50"
}

log "checking formatting (dotnet format --verify-no-changes)"
dotnet format Consultation.sln --verify-no-changes --verbosity quiet

log "building"
dotnet build Consultation.sln -c Release --nologo -v quiet

start_postgres

if [ -z "${CONSULTATION_TEST_SQLSERVER:-}" ]; then
  echo "SQL Server is not configured (CONSULTATION_TEST_SQLSERVER): its fixtures are reported as ignored."
fi

log "running the tests"
set +e
dotnet test Consultation.sln -c Release --no-build --nologo \
  --logger "console;verbosity=normal" --results-directory "$work/results" 2>&1 | tee "$work/test.log"
status=${PIPESTATUS[0]}
set -e

# A summary line CI can read, summed over the test projects; ignored fixtures are counted as
# skipped, never as passed.
awk '/^ +Passed: +[0-9]+$/ { p += $2 } /^ +Failed: +[0-9]+$/ { f += $2 } /^ +Skipped: +[0-9]+$/ { s += $2 }
     END { printf "\ntests: %d passed, %d failed, %d skipped\n", p, f, s }' "$work/test.log"
exit "$status"
