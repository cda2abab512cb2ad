#!/usr/bin/env bash
# API load: requests per second and p50/p99 latency of four calls at a fixed concurrency, measured with
# wrk against the production topology (deploy/local: PostgreSQL, RabbitMQ cluster, two workers, HAProxy
# TLS in front of two APIs with Worker__Enabled=false) and against the embedded default (one process,
# SQLite, its own worker inside, a fresh data folder). Usage:
#
#   benchmarks/api-load/run.sh [production|embedded|both]    (default both)
#
# API_LOAD_THREADS (2), API_LOAD_CONNECTIONS (32), API_LOAD_DURATION (20s), API_LOAD_ASSIGNMENTS (60000
# open assignments seeded per target), API_LOAD_PORT_BASE (7600: the topology's ports from there, the
# embedded API on base+50). Everything it starts and writes is removed on exit, failed or not. Exits 1
# when any request was answered other than 2xx, timed out (wrk: 2 s), failed on the socket, or the
# seeded assignments ran out: the figures are then printed but not to be trusted as they stand.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
targets="${1:-both}"
case "$targets" in production | embedded) ;; both) targets="production embedded" ;; *)
  echo "usage: $0 [production|embedded|both]" >&2
  exit 2
  ;;
esac
threads="${API_LOAD_THREADS:-2}"
connections="${API_LOAD_CONNECTIONS:-32}"
duration="${API_LOAD_DURATION:-20s}"
assignments="${API_LOAD_ASSIGNMENTS:-60000}"
port_base="${API_LOAD_PORT_BASE:-7600}"
embedded_port=$((port_base + 50))

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
work="$(mktemp -d /tmp/api-load.XXXXXX)"
# up.sh runs PostgreSQL as the postgres user, which must reach its data folder under this one.
chmod 755 "$work"
# The topology of deploy/local, on ports and in a folder of this run's own, beside anyone else's.
export CONSULTATION_LOCAL_PORT_BASE="$port_base" CONSULTATION_LOCAL_DIR="$work/topology"
# The per-key limit (600 a minute) would turn the run into a count of 429s: lifted for the APIs started here.
export Api__RequestsPerMinute=100000000
embedded_pid=""
finished=""

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [ $status -ne 0 ] && [ -z "$finished" ]; then
    for log in "$work"/embedded/api.log "$CONSULTATION_LOCAL_DIR".failed-logs/*.out "$CONSULTATION_LOCAL_DIR"/logs/api1.out; do
      [ -f "$log" ] && { echo "--- last lines of $log" >&2; tail -n 20 "$log" >&2; }
    done
  fi
  if [ -n "$embedded_pid" ] && kill -0 "$embedded_pid" 2>/dev/null; then
    kill -TERM "$embedded_pid"
    for _ in $(seq 1 30); do kill -0 "$embedded_pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$embedded_pid" 2>/dev/null || true
  fi
  if [ -d "$CONSULTATION_LOCAL_DIR" ]; then
    "$repo/deploy/local/down.sh" >/dev/null 2>&1 || echo "api-load: deploy/local/down.sh failed" >&2
  fi
  rm -rf "$work"
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log() { printf '== %s\n' "$*" >&2; }
load_average() { cut -d' ' -f1-3 /proc/loadavg; }

await_ready() {
  for _ in $(seq 1 120); do
    curl -fsS "$1/health/ready" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "api-load: $1 is not ready after 120 s" >&2
  exit 1
}

# wrk_run TARGET SCENARIO URL KEY [ANSWERS FILE]: one measured run; appends its figures to results.tsv.
wrk_run() {
  local target="$1" scenario="$2" url="$3" key="$4" answers="${5:-}" out
  out="$(API_LOAD_DIR="$here" API_LOAD_THREADS="$threads" API_LOAD_KEY="$key" API_LOAD_TAG="$tag" \
    API_LOAD_ANSWERS="$answers" wrk -t"$threads" -c"$connections" -d"$duration" --latency \
    -s "$here/$scenario.lua" "$url" 2> >(sed "s/^/  [$target $scenario] /" >&2))"
  local line
  line="$(grep '^api-load-result ' <<<"$out")" || { echo "$out" >&2; echo "api-load: wrk gave no result" >&2; exit 1; }
  # requests=… seconds=… rps=… p50_ms=… p99_ms=… non2xx=… socket_errors=… timeouts=… exhausted=…
  local -A r
  local field
  for field in ${line#api-load-result }; do r[${field%%=*}]="${field#*=}"; done
  printf '%s\t%s\t%.0f\t%.1f\t%.1f\t%s\t%s\t%s\t%s\t%s\n' "$target" "$scenario" "${r[rps]}" "${r[p50_ms]}" "${r[p99_ms]}" \
    "${r[non2xx]}" "${r[socket_errors]}" "${r[exhausted]}" "${r[requests]}" "${r[timeouts]}" >> "$work/results.tsv"
  log "$target $scenario: ${r[rps]} req/s, p50 ${r[p50_ms]} ms, p99 ${r[p99_ms]} ms, non-2xx ${r[non2xx]}, timeouts ${r[timeouts]}, socket errors ${r[socket_errors]}"
}

# warm URL KEY SCENARIO [ANSWERS]: a short unmeasured run, so the measured one does not time the JIT.
warm() {
  API_LOAD_DIR="$here" API_LOAD_THREADS="$threads" API_LOAD_KEY="$2" API_LOAD_TAG="$tag-W" API_LOAD_ANSWERS="${4:-}" \
    wrk -t"$threads" -c"$connections" -d3s -s "$here/$3.lua" "$1" >/dev/null 2>&1 || true
}

# measure TARGET URL ADMIN_KEY [CA FILE]: seeds the target through its API, then the four scenarios.
measure() {
  local target="$1" url="$2" admin="$3" cacert="${4:-}" dir="$work/$1-seed"
  tag="AL$(openssl rand -hex 2 | tr a-f A-F)"
  log "$target: seeding $assignments open assignments (agencies $tag-*), load average $(load_average)"
  python3 "$here/seed.py" --base "$url" ${cacert:+--cacert "$cacert"} --admin-key "$admin" --tag "$tag" \
    --out "$dir" --assignments "$assignments" >&2
  # shellcheck disable=SC1091
  source "$dir/keys.env"
  # The first 3,000 answers warm the answer path up; the measured run answers the others.
  head -n 3000 "$dir/answers.txt" > "$dir/warm-answers.txt"
  tail -n +3001 "$dir/answers.txt" > "$dir/measured-answers.txt"
  echo "$target	$(load_average)" >> "$work/load.tsv"
  warm "$url" "$LEAD_KEY" answers "$dir/warm-answers.txt"
  wrk_run "$target" answers "$url" "$LEAD_KEY" "$dir/measured-answers.txt"
  warm "$url" "$LEAD_KEY" open
  wrk_run "$target" open "$url" "$LEAD_KEY"
  warm "$url" "$READER_KEY" page
  wrk_run "$target" page "$url" "$READER_KEY"
  warm "$url" "$READER_KEY" preview
  wrk_run "$target" preview "$url" "$READER_KEY"
  sed -i "s/^$target\t\(.*\)$/$target\t\1 → $(load_average)/" "$work/load.tsv"
}

run_production() {
  log "production: deploy/local/up.sh on ports from $port_base (its log in $work/up.log)"
  "$repo/deploy/local/up.sh" > "$work/up.log" 2>&1 || { cat "$work/up.log" >&2; exit 1; }
  measure production "https://127.0.0.1:$((port_base + 43))" "$(cat "$CONSULTATION_LOCAL_DIR/admin-key")" \
    "$CONSULTATION_LOCAL_DIR/tls/cert.pem"
  log "production: deploy/local/down.sh"
  "$repo/deploy/local/down.sh" >/dev/null
}

run_embedded() {
  local folder="$repo/Consultation.Api/bin/Release/net10.0"
  if [[ " $targets " != *" production "* ]]; then
    log "building Consultation.Api (Release)"
    dotnet build "$repo/Consultation.Api" -c Release --nologo -v quiet >/dev/null
  fi
  mkdir -p "$work/embedded"
  # The content root is the fresh folder: data/ (SQLite, demo keys, mail) lands there, not in the build.
  cp "$folder/appsettings.json" "$work/embedded/"
  log "embedded: $folder/Consultation.Api.dll on 127.0.0.1:$embedded_port, data in $work/embedded/data"
  (
    cd "$work/embedded"
    export ASPNETCORE_URLS="http://127.0.0.1:$embedded_port"
    exec dotnet "$folder/Consultation.Api.dll" > "$work/embedded/api.log" 2>&1 < /dev/null
  ) &
  embedded_pid=$!
  await_ready "http://127.0.0.1:$embedded_port"
  measure embedded "http://127.0.0.1:$embedded_port" "$(awk '$1 == "admin" { print $3 }' "$work/embedded/data/demo-keys.txt")"
  kill -TERM "$embedded_pid"
  wait "$embedded_pid" || true
  embedded_pid=""
}

for target in $targets; do "run_$target"; done

# The table, then one line per target for scripts.
{
  printf 'scenario\ttarget\treq/s\tp50 ms\tp99 ms\tnon-2xx\ttimeouts (> 2 s)\tsocket errors\n'
  awk -F'\t' '{ printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", $2, $1, $3, $4, $5, $6, $10, $7 }' "$work/results.tsv"
} | column -t -s $'\t'
echo
printf 'wrk -t%s -c%s -d%s; rate limit lifted (Api__RequestsPerMinute=%s)\n' "$threads" "$connections" "$duration" "$Api__RequestsPerMinute"
while IFS=$'\t' read -r target loads; do echo "load average (1, 5, 15 min) during $target: $loads"; done < "$work/load.tsv"
for target in $targets; do
  awk -F'\t' -v t="$target" '$1 == t { rps[$2] = $3; p99[$2] = $5 }
    END { printf "api-load: answers %s/s p99 %s ms, open %s/s, page %s/s p99 %s ms, preview %s/s (%s)\n",
      rps["answers"], p99["answers"], rps["open"], rps["page"], p99["page"], rps["preview"], t }' "$work/results.tsv"
done
# Non-2xx, socket errors or too few seeded assignments make the figures suspect: say so in the status.
finished=1
! awk -F'\t' '$6 > 0 || $7 > 0 || $8 > 0 || $10 > 0 { bad = 1 } END { exit !bad }' "$work/results.tsv"
