#!/usr/bin/env bash
# Stops everything deploy/local/up.sh started, in the order production would (entry point first,
# the database last), and removes its folder. Safe to run twice, or after a half-finished up.sh.
set -uo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=deploy/local/topology.sh
source "$here/topology.sh"

if [ ! -d "$state" ]; then
  echo "Nothing to take down: $state does not exist."
  exit 0
fi

stop_pid() {
  local name="$1" file="$state/pids/$1"
  [ -f "$file" ] || return 0
  local pid
  pid="$(cat "$file")"
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null
    # Every process of ours stops within ten seconds of SIGTERM; past fifteen it is killed.
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then
      echo "$name did not stop within 15 s of SIGTERM: killed" >&2
      kill -KILL "$pid" 2>/dev/null
    fi
  fi
  rm -f "$file"
}

echo "== stopping HAProxy, the APIs, the workers and smtp4dev"
stop_pid haproxy
for name in api1 api2 worker1 worker2 smtp4dev; do stop_pid "$name"; done

echo "== stopping the RabbitMQ nodes"
for i in 2 1 0; do
  if [ -d "$state/rabbit/${rabbit_nodes[$i]%@*}" ]; then
    rabbit_env "$i" "$rabbit_bin/rabbitmqctl" -n "${rabbit_nodes[$i]}" -q stop >/dev/null 2>&1 || true
  fi
done
# epmd outlives the nodes; it refuses to stop while another node (a system broker, a test run) uses it.
ERL_EPMD_ADDRESS=127.0.0.1 epmd -kill >/dev/null 2>&1 || true

echo "== stopping PostgreSQL"
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -f "$state/pg/postmaster.pid" ]; then
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$state/pg" -m fast -w -t 30 stop >/dev/null 2>&1 \
    || runuser -u postgres -- "$pg_bin/pg_ctl" -D "$state/pg" -m immediate stop >/dev/null 2>&1 || true
fi

# Anything of ours still running (a node that ignored stop) goes before its folder does.
leftover="$(pgrep -f -- "$state" || true)"
if [ -n "$leftover" ]; then
  echo "killing leftover processes:" >&2
  ps -o pid=,args= -p $leftover | cut -c1-120 >&2
  kill -KILL $leftover 2>/dev/null || true
fi
rm -rf "$state"
echo "== down; $state removed"
