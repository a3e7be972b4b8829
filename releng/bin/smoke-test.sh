#!/usr/bin/env bash
# End-to-end checks of the start script and the headless product, on loopback: diagnosing a closed port prints
# PORT_CLOSED as JSON and exits with 1 (wall time printed, launcher start-up included); a batch stopped by SIGINT
# writes what is done and resumes.
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
rm -f "$out"

# Batch: Ctrl-C (SIGINT) writes a report of what is done and keeps the checkpoint; the same command resumes.
dir=$(mktemp -d)
python3 -c '
import socket, sys, time
socks = []
for _ in range(6):
    s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(16); socks.append(s)
print("name,port"); [print("127.0.0.1,%d" % s.getsockname()[1]) for s in socks]; sys.stdout.flush()
time.sleep(120)' > "$dir/hung.csv" &
listeners=$!
trap 'kill $listeners 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 1 50); do [ "$(wc -l < "$dir/hung.csv")" -ge 7 ] && break; sleep 0.1; done
"$root/rdpdoctor" import "$dir/hung.csv" --to "$dir/hung.rdpdoctor" >/dev/null 2>&1
hosts() { python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["hosts"]))' "$1"; }
set +e
# a background job of a script starts with SIGINT ignored, and so does this test when it runs as one (test.sh &,
# nohup, some CI runners); a shell cannot undo that, so the batch starts with SIGINT's default restored, as a batch
# started at a terminal has it
python3 -c 'import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])' \
  "$root/rdpdoctor" batch --inventory "$dir/hung.rdpdoctor" --report "$dir/r.json" --concurrency 1 \
  --timeout-ms 1000 >/dev/null 2>"$dir/first.log" &
batch=$!
sleep 4
pkill -INT -f -- "--report $dir/r.json"   # what Ctrl-C sends
wait "$batch"; first=$?
partial=$(hosts "$dir/r.json")
"$root/rdpdoctor" batch --inventory "$dir/hung.rdpdoctor" --report "$dir/r.json" --concurrency 1 \
  --timeout-ms 1000 >/dev/null 2>"$dir/second.log"; second=$?
set -e
all=$(hosts "$dir/r.json")
if [ "$first" != 130 ] || [ "$partial" -lt 1 ] || [ "$partial" -ge 6 ] || [ "$second" != 1 ] || [ "$all" != 6 ] \
    || [ -e "$dir/r.json.checkpoint.jsonl" ]; then
  echo "smoke: FAILED: interrupted batch exit $first with $partial hosts, resumed exit $second with $all hosts" >&2
  cat "$dir/first.log" "$dir/second.log" >&2; exit 1
fi
echo "smoke: batch interrupted by SIGINT -> exit 130, report of $partial/6 hosts; resumed -> 6/6 hosts, checkpoint removed"
echo "smoke: 2 passed, 0 failed"
