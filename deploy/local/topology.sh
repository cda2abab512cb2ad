# Names, ports and folders of the local topology, read by up.sh, down.sh and chaos runs.
# The ports start at CONSULTATION_LOCAL_PORT_BASE (7400) so that a second topology can run beside it.
base="${CONSULTATION_LOCAL_PORT_BASE:-7400}"
state="${CONSULTATION_LOCAL_DIR:-/tmp/consultation-local}"
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
