#!/usr/bin/env bash
# Starts nginx in the background with DIR/nginx.conf (whose server block and paths the caller wrote: pid DIR/nginx.pid,
# logs in DIR) and waits until it listens on ADDRESS:PORT, 10 s at most; fails naming what nginx said.
#   nginx-run.sh DIR ADDRESS PORT
set -euo pipefail
dir=$1; address=$2; port=$3
/usr/sbin/nginx -p "$dir" -c "$dir/nginx.conf" >"$dir/stdout.log" 2>&1 &
for _ in $(seq 1 100); do   # 10 s at most
  if (exec 3<>"/dev/tcp/$address/$port") 2>/dev/null; then exit 0; fi
  sleep 0.1
done
echo "nginx did not listen on $address:$port within 10 s: $(cat "$dir/stdout.log" "$dir/error.log" 2>/dev/null)" >&2
exit 1
