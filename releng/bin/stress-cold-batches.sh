#!/usr/bin/env bash
# Many cold batch runs (a fresh JVM and OSGi framework each, so every probe class is loaded while hosts run) on a
# virtual-thread scheduler of 2 carriers, two runs at a time: each must end within its time limit. A run that
# hangs (as batches did when probe threads waited inside class loading) fails the check. Loopback only: seven
# RDP-over-TLS servers made of Python's ssl module and a throwaway openssl certificate.
# Usage: stress-cold-batches.sh [RUNS]   (default 12)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-12}
limit=120
dir=$(mktemp -d)
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj /CN=stress.test -keyout "$dir/key.pem" \
  -out "$dir/cert.pem" >/dev/null 2>&1
python3 - "$dir" > "$dir/hosts.csv" <<'PY' &
import socket, ssl, sys, threading, time
d = sys.argv[1]
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.load_cert_chain(d + "/cert.pem", d + "/key.pem")
# X.224 Connection Confirm selecting TLS (PROTOCOL_SSL), as a server with SecurityLayer=2 answers
confirm = bytes([3, 0, 0, 19, 14, 0xD0, 0, 0, 0x12, 0x34, 0, 2, 0, 8, 0, 1, 0, 0, 0])
def serve(conn):
    try:
        conn.settimeout(10)
        if len(conn.recv(4096)) == 0:
            return
        conn.sendall(confirm)
        tls = ctx.wrap_socket(conn, server_side=True)
        tls.recv(1)
    except Exception:
        pass
    finally:
        conn.close()
def listen(s):
    while True:
        c, _ = s.accept()
        threading.Thread(target=serve, args=(c,), daemon=True).start()
socks = []
for _ in range(7):
    s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(64); socks.append(s)
    threading.Thread(target=listen, args=(s,), daemon=True).start()
print("name,port"); [print("127.0.0.1,%d" % s.getsockname()[1]) for s in socks]; sys.stdout.flush()
time.sleep(900)
PY
servers=$!
trap 'kill $servers 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 1 100); do [ "$(wc -l < "$dir/hosts.csv")" -ge 8 ] && break; sleep 0.1; done
"$root/rdpdoctor" import "$dir/hosts.csv" --to "$dir/hosts.rdpdoctor" >/dev/null 2>&1
export RDPDOCTOR_VMARGS="-Djdk.virtualThreadScheduler.parallelism=2 -Djdk.virtualThreadScheduler.maxPoolSize=2"
run() {
  local i=$1 code=0 start
  start=$(date +%s%N)
  timeout -k 5 "$limit" "$root/rdpdoctor" batch --inventory "$dir/hosts.rdpdoctor" --report "$dir/r$i.json" \
    --timeout-ms 3000 >/dev/null 2>"$dir/r$i.log" || code=$?
  echo "$i $code $(( ($(date +%s%N) - start) / 1000000 ))" >> "$dir/results"
}
pids=()
for i in $(seq 1 "$runs"); do
  run "$i" &
  pids+=($!)
  if (( i % 2 == 0 )); then wait "${pids[@]}"; pids=(); fi
done
if (( ${#pids[@]} > 0 )); then wait "${pids[@]}"; fi
hung=$(awk '$2 == 124 || $2 == 137' "$dir/results" | wc -l)
bad=$(awk '$2 != 0 && $2 != 1' "$dir/results" | wc -l)
slowest=$(sort -k3 -n "$dir/results" | tail -1 | awk '{print $3}')
if [ "$bad" != 0 ]; then
  echo "stress: FAILED: $hung of $runs cold batches hung, $bad ended badly:" >&2
  sort -n "$dir/results" >&2
  for f in "$dir"/r*.log; do tail -3 "$f" >&2; done
  exit 1
fi
echo "stress: $runs cold batches on 2 virtual-thread carriers, two at a time: all ended (slowest ${slowest} ms)"
