#!/usr/bin/env bash
# The production topology on one Debian machine without Docker, on loopback, from this repository's
# own build: PostgreSQL; a three-node RabbitMQ cluster (consumer queues are quorum queues, replicated
# on all three); smtp4dev as the mail catcher; HAProxy terminating TLS in front of two API instances
# and spreading AMQP over the three nodes; two workers. Prints the addresses and the admin key.
# deploy/local/down.sh stops all of it and removes its folder. Missing parts are installed with
# apt-get (PostgreSQL, RabbitMQ, HAProxy) or NuGet (smtp4dev).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=deploy/local/topology.sh
source "$here/topology.sh"

if [ -e "$state" ]; then
  echo "A topology is already up in $state (or was not taken down): run deploy/local/down.sh first." >&2
  exit 1
fi
mkdir -p "$state"/{logs,pids,rabbit,tls,tools,mail}
chmod 755 "$state"
# Anything that fails from here on takes down what was started.
# Its logs are kept beside it for the post-mortem.
trap 'status=$?; if [ $status -ne 0 ]; then
  rm -rf "$state.failed-logs"; cp -r "$state/logs" "$state.failed-logs" 2>/dev/null || true
  echo "up.sh failed; taking down what started (logs kept in $state.failed-logs)" >&2; "$here/down.sh" >&2; fi' EXIT


install_missing() {
  local missing=()
  [ -x "$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)/initdb" ] || missing+=(postgresql)
  [ -x "$rabbit_bin/rabbitmq-server" ] || missing+=(rabbitmq-server)
  command -v haproxy >/dev/null || missing+=(haproxy)
  command -v openssl >/dev/null || missing+=(openssl)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing with apt-get: ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  # The Debian packages start their own system services where they can; ours run apart, on our ports.
  if [ ! -x "$state/tools/smtp4dev" ]; then
    log "installing smtp4dev (dotnet tool) into $state/tools"
    dotnet tool install Rnwood.Smtp4dev --version 3.15.0 --tool-path "$state/tools" >/dev/null
  fi
}

build() {
  log "building the API and the Worker (Release)"
  dotnet build "$repo/Consultation.sln" -c Release --nologo -v quiet >/dev/null
}

start_postgres() {
  local pg_bin
  pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  log "PostgreSQL on 127.0.0.1:$pg_port"
  mkdir -p "$state/pg"
  chown postgres:postgres "$state/pg"
  runuser -u postgres -- "$pg_bin/initdb" -D "$state/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  runuser -u postgres -- "$pg_bin/pg_ctl" -D "$state/pg" -l "$state/pg/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$pg_port -c unix_socket_directories=$state/pg -c max_connections=200" start >/dev/null
}

start_rabbit_cluster() {
  log "RabbitMQ cluster: ${rabbit_nodes[*]}"
  echo "consultation-local-$(openssl rand -hex 16)" > "$state/rabbit/.erlang.cookie"
  chmod 400 "$state/rabbit/.erlang.cookie"
  local i
  for i in 0 1 2; do
    local dir="$state/rabbit/${rabbit_nodes[$i]%@*}"
    mkdir -p "$dir"
    cat > "$dir/rabbitmq.conf" <<CONF
listeners.tcp.1 = 127.0.0.1:${amqp_ports[$i]}
management.tcp.ip = 127.0.0.1
management.tcp.port = ${management_ports[$i]}
cluster_partition_handling = pause_minority
CONF
    echo '[rabbitmq_management].' > "$dir/enabled_plugins"
    rabbit_env "$i" setsid "$rabbit_bin/rabbitmq-server" > "$state/logs/${rabbit_nodes[$i]%@*}.out" 2>&1 < /dev/null &
  done
  # await_startup gives up at once while a node has not yet registered with epmd: ask again until it has.
  for i in 0 1 2; do
    for _ in $(seq 1 90); do
      rabbit_env "$i" "$rabbit_bin/rabbitmqctl" -n "${rabbit_nodes[$i]}" -q await_startup --timeout 5 >/dev/null 2>&1 && break
      sleep 1
    done
    rabbit_env "$i" "$rabbit_bin/rabbitmqctl" -n "${rabbit_nodes[$i]}" -q await_startup --timeout 30 >/dev/null
  done
  for i in 1 2; do
    rabbit_env "$i" "$rabbit_bin/rabbitmqctl" -n "${rabbit_nodes[$i]}" -q stop_app >/dev/null
    rabbit_env "$i" "$rabbit_bin/rabbitmqctl" -n "${rabbit_nodes[$i]}" -q join_cluster "${rabbit_nodes[0]}" >/dev/null
    rabbit_env "$i" "$rabbit_bin/rabbitmqctl" -n "${rabbit_nodes[$i]}" -q start_app >/dev/null
  done
  rabbit_env 0 "$rabbit_bin/rabbitmqctl" -n "${rabbit_nodes[0]}" -q cluster_status --formatter json > "$state/rabbit/cluster.json"
  local running
  running="$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["running_nodes"]))' "$state/rabbit/cluster.json")"
  [ "$running" = 3 ] || { echo "the RabbitMQ cluster has $running running nodes, not 3" >&2; exit 1; }
}


write_tls() {
  log "a self-signed certificate for 127.0.0.1 and localhost"
  openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=consultation.local" \
    -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
    -keyout "$state/tls/key.pem" -out "$state/tls/cert.pem" 2>/dev/null
  cat "$state/tls/cert.pem" "$state/tls/key.pem" > "$state/tls/haproxy.pem"
  chmod 600 "$state/tls/"*.pem
}

start_haproxy() {
  log "HAProxy: https://127.0.0.1:$https_port to the APIs, AMQP 127.0.0.1:$amqp_proxy_port to the three nodes"
  cat > "$state/haproxy.cfg" <<CFG
global
    maxconn 4096
    pidfile $state/pids/haproxy
defaults
    timeout connect 5s
    timeout client 1h
    timeout server 1h
frontend https
    mode http
    bind 127.0.0.1:$https_port ssl crt $state/tls/haproxy.pem
    # The client's address and scheme, replacing whatever a client sent itself.
    http-request set-header X-Forwarded-Proto https
    option forwardfor
    default_backend apis
backend apis
    mode http
    balance roundrobin
    option httpchk GET /health/ready
    http-check expect status 200
    server api1 127.0.0.1:${api_ports[0]} check inter 2s
    server api2 127.0.0.1:${api_ports[1]} check inter 2s
frontend amqp
    mode tcp
    bind 127.0.0.1:$amqp_proxy_port
    default_backend rabbit
backend rabbit
    mode tcp
    balance leastconn
    server rabbit1 127.0.0.1:${amqp_ports[0]} check inter 2s
    server rabbit2 127.0.0.1:${amqp_ports[1]} check inter 2s
    server rabbit3 127.0.0.1:${amqp_ports[2]} check inter 2s
CFG
  haproxy -c -q -f "$state/haproxy.cfg"
  haproxy -D -f "$state/haproxy.cfg"
}




install_missing
build
start_postgres
start_rabbit_cluster
start_smtp4dev
write_tls
admin_key="$(openssl rand -hex 24)"
# Before the programs: they reach the broker through it. Its checks mark the APIs up as they become ready.
start_haproxy
log "two workers and two APIs"
# The first worker applies the schema; the others wait for it (SchemaLock) and find nothing to do.
start_program worker1 Consultation.Worker "${worker_ports[0]}"
start_program worker2 Consultation.Worker "${worker_ports[1]}"
start_program api1 Consultation.Api "${api_ports[0]}" Worker__Enabled=false "Auth__BootstrapAdminKey=$admin_key"
start_program api2 Consultation.Api "${api_ports[1]}" Worker__Enabled=false "Auth__BootstrapAdminKey=$admin_key"
for i in 0 1; do
  await_ready "worker$((i + 1))" "${worker_ports[$i]}"
  await_ready "api$((i + 1))" "${api_ports[$i]}"
done
sleep 3
curl -fsS --cacert "$state/tls/cert.pem" "https://127.0.0.1:$https_port/health/ready" >/dev/null
echo "$admin_key" > "$state/admin-key"
chmod 600 "$state/admin-key"

cat <<DONE

The topology is up (state and logs in $state):
  API, through HAProxy (TLS)  https://127.0.0.1:$https_port   (certificate: $state/tls/cert.pem)
  ops page                    https://127.0.0.1:$https_port/ops
  API reference               https://127.0.0.1:$https_port/scalar/v1
  RabbitMQ management         http://127.0.0.1:${management_ports[0]}/  (guest / guest; nodes ${rabbit_nodes[*]})
  mail catcher (smtp4dev)     http://127.0.0.1:$smtp_web_port
  APIs direct                 http://127.0.0.1:${api_ports[0]}  http://127.0.0.1:${api_ports[1]}
  workers (health, metrics)   http://127.0.0.1:${worker_ports[0]}  http://127.0.0.1:${worker_ports[1]}
  admin key                   $admin_key
Try:  curl --cacert $state/tls/cert.pem -H "X-Api-Key: $admin_key" https://127.0.0.1:$https_port/api/v1/agencies
Stop: deploy/local/down.sh
DONE
