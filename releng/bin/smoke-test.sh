#!/usr/bin/env bash
# End-to-end check of the start script and the headless product: diagnosing a closed port on loopback must print
# PORT_CLOSED as JSON and exit with 1. Prints the wall time, launcher start-up included.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
"$root/rdpdoctor" help >/dev/null   # builds the product if needed, warms the OSGi configuration
out=$(mktemp)
start=$(date +%s%N)
set +e
"$root/rdpdoctor" diagnose "127.0.0.1:$port" --format json >"$out"
code=$?
set -e
ms=$(( ($(date +%s%N) - start) / 1000000 ))
if [ "$code" != 1 ] || ! grep -q '"cause": "PORT_CLOSED"' "$out"; then
  echo "smoke: FAILED: exit code $code, output:" >&2; cat "$out" >&2; exit 1
fi
echo "smoke: ./rdpdoctor diagnose 127.0.0.1:$port --format json -> PORT_CLOSED, exit 1, ${ms} ms wall time"
echo "smoke: 1 passed, 0 failed"
rm -f "$out"
