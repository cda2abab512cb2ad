#!/usr/bin/env bash
# The fault run on the local topology (deploy/local/chaos.py says what it does and counts).
#   deploy/local/chaos.sh            the full run: 1,000 consultations, the mail catcher down 2 minutes
#   deploy/local/chaos.sh --short    100 consultations, the mail catcher down 30 s (what tests/run.sh runs)
# Uses a running topology if there is one; otherwise starts one and takes it down afterwards.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=deploy/local/topology.sh
source "$here/topology.sh"

arguments=()
for argument in "$@"; do
  case "$argument" in
    --short) arguments+=(--consultations 100 --mail-outage 30 --deadline-minutes 1.5 --settle 300) ;;
    *) arguments+=("$argument") ;;
  esac
done

if [ ! -d "$state" ]; then
  "$here/up.sh"
  trap '"$here/down.sh"' EXIT
fi
python3 "$here/chaos.py" "${arguments[@]}"
