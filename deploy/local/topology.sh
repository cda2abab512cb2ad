# Names, ports and folders of the local topology, read by up.sh, down.sh and chaos runs.
# The ports start at CONSULTATION_LOCAL_PORT_BASE (7400) so that a second topology can run beside it.
base="${CONSULTATION_LOCAL_PORT_BASE:-7400}"
state="${CONSULTATION_LOCAL_DIR:-/tmp/consultation-local}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rabbit_bin=/usr/lib/rabbitmq/bin
rabbit_nodes=("consultation-local-1@localhost" "consultation-local-2@localhost" "consultation-local-3@localhost")
pg_port=$((base + 32))
amqp_ports=($((base + 72)) $((base + 73)) $((base + 74)))
dist_ports=($((base + 82)) $((base + 83)) $((base + 84)))
management_ports=($((base + 92)) $((base + 93)) $((base + 94)))
amqp_proxy_port=$((base + 70))
https_port=$((base + 43))
api_ports=($((base + 1)) $((base + 2)))
worker_ports=($((base + 11)) $((base + 12)))
smtp_port=$((base + 25))

smtp_web_port=$((base + 80))

log() { printf '== %s\n' "$*"; }

# Runs a command in the environment of RabbitMQ node $1 (0, 1 or 2): its own folders and ports, the
# cluster's shared cookie, Erlang distribution on loopback only.
rabbit_env() {
  local i="$1"
  shift
  local dir="$state/rabbit/${rabbit_nodes[$i]%@*}"
  env HOME="$state/rabbit" RABBITMQ_NODENAME="${rabbit_nodes[$i]}" RABBITMQ_CONFIG_FILE="$dir/rabbitmq.conf" \
    RABBITMQ_ENABLED_PLUGINS_FILE="$dir/enabled_plugins" RABBITMQ_MNESIA_BASE="$dir/mnesia" \
    RABBITMQ_LOG_BASE="$dir/log" ERL_EPMD_ADDRESS=127.0.0.1 RABBITMQ_DIST_PORT="${dist_ports[$i]}" \
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}" "$@"
}

# The settings every API and worker share, as the systemd units' consultation.env would give them;
# a mail held by a killed worker is free again after a minute here, not the production ten.
start_smtp4dev() {
  log "smtp4dev: SMTP on 127.0.0.1:$smtp_port, web on http://127.0.0.1:$smtp_web_port"
  # Loopback only, no IMAP or POP3: the catcher is read through its web page and API. Its messages
  # are kept in a file, so a restart (a fault run stops it) loses none.
  setsid "$state/tools/smtp4dev" --urls "http://127.0.0.1:$smtp_web_port" --hostname 127.0.0.1 --bindaddress 127.0.0.1 \
    --allowremoteconnections- --disableipv6 --smtpport "$smtp_port" --imapport "" --pop3port "" --db "$state/mail/smtp4dev.db" --tlsmode None \
    > "$state/logs/smtp4dev.out" 2>&1 < /dev/null &
  echo $! > "$state/pids/smtp4dev"
}

shared_settings() {
  cat <<ENV
Database__Provider=PostgreSql
ConnectionStrings__Consultation=Host=127.0.0.1;Port=$pg_port;Database=consultation;Username=postgres
Demo__Seed=false
Messaging__Transport=RabbitMq
Messaging__RabbitMq__Host=127.0.0.1
Messaging__RabbitMq__Port=$amqp_proxy_port
Messaging__RabbitMq__QuorumQueues=true
Messaging__RabbitMq__ManagementUrl=http://127.0.0.1:${management_ports[0]}/
Mail__Smtp__Host=127.0.0.1
Mail__Smtp__Port=$smtp_port
Mail__From=consultation@localhost
Mail__SendLease=00:01:00
ENV
}

start_program() {
  local name="$1" project="$2" port="$3"
  shift 3
  local folder="$repo/$project/bin/Release/net10.0"
  # The built program itself, not `dotnet run`, so the pid is the service's and SIGTERM reaches it.
  (
    cd "$folder" || exit 1
    while IFS= read -r line; do export "${line?}"; done < <(shared_settings)
    for line in "$@"; do export "${line?}"; done
    export ASPNETCORE_URLS="http://127.0.0.1:$port"
    exec setsid dotnet "$project.dll" > "$state/logs/$name.out" 2>&1 < /dev/null
  ) &
  echo $! > "$state/pids/$name"
}

await_ready() {
  local name="$1" port="$2"
  for _ in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; then
      return 0
    fi
    sleep 1
  done
  echo "$name is not ready on port $port after 120 s; see $state/logs/$name.out" >&2
  exit 1
}
