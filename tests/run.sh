#!/usr/bin/env bash
# The README's test command: provides every real service the tests need on loopback, runs every
# test, and cleans up, also when tests fail. Needs only what a fresh Debian machine of this kind
# ships (the .NET SDK, PostgreSQL 15's binaries) and Debian's package archive: RabbitMQ is
# installed with apt-get when it is missing.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
work="$(mktemp -d /tmp/consultation-tests.XXXXXX)"
chmod 755 "$work"
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
pg_data="$work/pg"
pg_port=""
rabbit_dir="$work/rabbitmq"
rabbit_node="consultation-test-$$@localhost"
rabbit_started=""
rabbit_dist_port=""
# The scripts in /usr/sbin switch to the rabbitmq user and its home; ours runs as the caller, in $work.
rabbit_bin=/usr/lib/rabbitmq/bin

log() { printf '\n== %s\n' "$*"; }

as_postgres() {
  # initdb and pg_ctl refuse to run as root.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

rabbit_env() {
  env HOME="$rabbit_dir" RABBITMQ_NODENAME="$rabbit_node" RABBITMQ_CONFIG_FILE="$rabbit_dir/rabbitmq.conf" \
    RABBITMQ_ENABLED_PLUGINS_FILE="$rabbit_dir/enabled_plugins" RABBITMQ_MNESIA_BASE="$rabbit_dir/mnesia" \
    RABBITMQ_LOG_BASE="$rabbit_dir/log" ERL_EPMD_ADDRESS=127.0.0.1 RABBITMQ_DIST_PORT="$rabbit_dist_port" \
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}" "$@"
}

cleanup() {
  local status=$?
  if [ -n "$rabbit_started" ]; then
    log "stopping RabbitMQ"
    rabbit_env "$rabbit_bin/rabbitmqctl" -n "$rabbit_node" stop >/dev/null 2>&1 || true
    # epmd outlives the node; it refuses to stop while another node (a system broker) still uses it.
    rabbit_env epmd -kill >/dev/null 2>&1 || true
  fi
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

start_rabbitmq() {
  if [ ! -x "$rabbit_bin/rabbitmq-server" ]; then
    log "RabbitMQ is not installed: installing rabbitmq-server with apt-get"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server >/dev/null
    # The package starts a system broker where it can; ours runs apart from it, on its own ports.
  fi
  rabbit_port="$(free_port)"
  rabbit_management_port="$(free_port)"
  rabbit_dist_port="$(free_port)"
  log "starting a throwaway RabbitMQ node on 127.0.0.1:$rabbit_port (management on $rabbit_management_port)"
  mkdir -p "$rabbit_dir"
  cat > "$rabbit_dir/rabbitmq.conf" <<CONF
listeners.tcp.1 = 127.0.0.1:$rabbit_port
management.tcp.ip = 127.0.0.1
management.tcp.port = $rabbit_management_port
CONF
  echo '[rabbitmq_management].' > "$rabbit_dir/enabled_plugins"
  rabbit_env setsid "$rabbit_bin/rabbitmq-server" > "$rabbit_dir/server.out" 2>&1 < /dev/null &
  rabbit_started=1
  for _ in $(seq 1 90); do
    rabbit_env "$rabbit_bin/rabbitmqctl" -n "$rabbit_node" -q await_startup --timeout 5 >/dev/null 2>&1 && break
    sleep 1
  done
  rabbit_env "$rabbit_bin/rabbitmqctl" -n "$rabbit_node" -q await_startup --timeout 30 >/dev/null
  export CONSULTATION_TEST_RABBITMQ_PORT="$rabbit_port"
  export CONSULTATION_TEST_RABBITMQ_NODE="$rabbit_node"
  export CONSULTATION_TEST_RABBITMQ_MANAGEMENT="http://127.0.0.1:$rabbit_management_port/"
  # Tests stop and start the broker's application through rabbitmqctl with the node's own cookie.
  export CONSULTATION_TEST_RABBITMQ_HOME="$rabbit_dir"
  export CONSULTATION_TEST_RABBITMQCTL="$rabbit_bin/rabbitmqctl"
}

install_chromium() {
  # The ops page's browser test drives Debian's Chromium; a browser download by a test tool fails here.
  if [ ! -x /usr/bin/chromium ]; then
    log "Chromium is not installed: installing Debian's chromium with apt-get"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
}

install_deploy_tools() {
  # The deployment specs validate deploy/compose.yaml with docker-compose (no Docker engine needed) and
  # the systemd units with systemd-analyze.
  if ! command -v docker-compose >/dev/null; then
    log "docker-compose is not installed: installing Debian's docker-compose with apt-get"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null
  fi
}

install_spectral() {
  # The API document's spec (tests/Consultation.Api.Tests/OpenApi) lints it with Spectral's OpenAPI ruleset
  # (.spectral.yaml). npm installs the pinned CLI into this run's folder, which the cleanup removes.
  if ! command -v npm >/dev/null; then
    log "npm is not installed: installing Debian's nodejs and npm with apt-get"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
  fi
  log "installing Spectral (@stoplight/spectral-cli $spectral_version) with npm"
  npm install --prefix "$work/spectral" --no-audit --no-fund --silent "@stoplight/spectral-cli@$spectral_version" >/dev/null
  export CONSULTATION_TEST_SPECTRAL="$work/spectral/node_modules/.bin/spectral"
}
spectral_version=6.16.3

install_axe() {
  # The portal's browser spec (tests/Consultation.Worker.Tests/Portal) runs axe-core in Chromium on every page.
  log "installing axe-core $axe_version with npm"
  npm install --prefix "$work/axe" --no-audit --no-fund --silent "axe-core@$axe_version" >/dev/null
  export CONSULTATION_TEST_AXE="$work/axe/node_modules/axe-core/axe.min.js"
}
axe_version=4.14.1

# --- SMTP ------------------------------------------------------------------------------------------
# The mail specs (tests/Consultation.Worker.Tests/Mail) send to a real SMTP server over TCP on loopback
# and start it themselves: SmtpSink, the SmtpServer library listening on a free 127.0.0.1 port inside
# the test process, so a spec can stop it to play an outage, start it again on the same port, make it
# answer 451 (busy) or refuse a recipient with 550, and read exactly what it accepted. Nothing to
# install or start here; the package comes from NuGet with the rest of the build.
# -------------------------------------------------------------------------------------------------

log "checking formatting (dotnet format --verify-no-changes)"
dotnet format Consultation.sln --verify-no-changes --verbosity quiet

log "building"
dotnet build Consultation.sln -c Release --nologo -v quiet

start_postgres
start_rabbitmq
install_chromium
install_deploy_tools
install_spectral
install_axe

if [ -z "${CONSULTATION_TEST_SQLSERVER:-}" ]; then
  echo "SQL Server is not configured (CONSULTATION_TEST_SQLSERVER): its fixtures are reported as ignored."
fi

log "running the tests"
set +e
dotnet test Consultation.sln -c Release --no-build --nologo \
  --logger "console;verbosity=normal" --results-directory "$work/results" 2>&1 | tee "$work/test.log"
status=${PIPESTATUS[0]}

# The production topology on loopback under faults, briefly (deploy/local/chaos.sh; the full run is
# on demand). Its own folder inside ours, its own ports (7400 and up); it takes itself down.
log "the short fault run (deploy/local/chaos.sh --short)"
CONSULTATION_LOCAL_DIR="$work/topology" "$root/deploy/local/chaos.sh" --short 2>&1 | tee "$work/chaos.log"
chaos_status=${PIPESTATUS[0]}
if [ "$chaos_status" -ne 0 ] && [ "$status" -eq 0 ]; then status=$chaos_status; fi
set -e

# A summary line CI can read, summed over the test projects; ignored fixtures are counted as
# skipped, never as passed.
# The fault run counts as one test.
awk -v chaos="$chaos_status" '/^ +Passed: +[0-9]+$/ { p += $2 } /^ +Failed: +[0-9]+$/ { f += $2 } /^ +Skipped: +[0-9]+$/ { s += $2 }
     END { if (chaos == 0) p++; else f++; printf "\ntests: %d passed, %d failed, %d skipped\n", p, f, s }' "$work/test.log"
exit "$status"
