#!/usr/bin/env bash
# `rdpdoctor demo`: brings the lab up, diagnoses every endpoint (and a name that does not exist), prints the
# table and whether each endpoint shows the cause the lab built into it, then takes the lab down.
# Usage: releng/lab/demo.sh RDPDOCTOR_COMMAND...  (the start script passes its own headless command)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
lab="$root/releng/lab/lab.sh"
state=${RDPDOCTOR_LAB_DIR:-/run/rdpdoctor-lab}
[ "$(id -u)" = 0 ] || { echo "rdpdoctor demo: the lab needs root (network namespaces): run it with sudo" >&2; exit 2; }
trap '"$lab" down >/dev/null 2>&1 || true' EXIT
"$lab" up
targets=$(awk '{print $1".lab.test"}' "$state/endpoints.txt")
table=$(mktemp)
set +e
"$@" diagnose $targets ghost.lab.test --dns-server 10.213.7.53 --ca-file "$state/certs/ca.pem" \
  --timeout-ms 8000 --stability-samples 30 --format table | tee "$table"
set -e
echo
echo "Lab check (the cause each endpoint was built with):"
awk 'NR == FNR { want[$1 ".lab.test:" $3] = $4; status[$1 ".lab.test:" $3] = $5; next }
     FNR > 1 && ($1 in want) {
       found = ($4 == want[$1]) || index($0, want[$1]) > 0
       ok = found && $3 == status[$1]
       printf "  %-26s expected %-28s %-11s %s\n", $1, want[$1], status[$1], ok ? "ok" : "MISMATCH"
       total++; good += ok
     }
     END { printf "%d of %d endpoints show their expected cause and status\n", good, total; exit good == total ? 0 : 1 }' \
  "$state/endpoints.txt" "$table"
