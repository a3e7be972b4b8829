#!/usr/bin/env bash
# Serves a folder (an update site) over HTTPS with nginx on ADDRESS:PORT, its certificate issued for ADDRESS by a
# throwaway CA (DIR/ca.pem, made when missing, so that two sites in one DIR share it); with `expired`, the
# certificate ran out in 2020 (dated by faketime). nginx runs in the background until `kill $(cat DIR/PORT/nginx.pid)`.
#   nginx-site.sh DIR ADDRESS PORT ROOT [expired]
set -euo pipefail
dir=$1; address=$2; port=$3; site=$4; dated=${5:-}
mkdir -p "$dir/$port/tmp"
[ -f "$dir/ca.pem" ] || openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=RDP Doctor test site CA" \
  -keyout "$dir/ca.key" -out "$dir/ca.pem" 2>/dev/null
s="$dir/$port"
openssl req -newkey rsa:2048 -nodes -subj "/O=Example Team/CN=update site $port" -keyout "$s/server.key" \
  -out "$s/server.csr" 2>/dev/null
printf 'subjectAltName=IP:%s\n' "$address" >"$s/ext.cnf"
if [ "$dated" = expired ]; then
  faketime '2020-01-01 00:00:00' openssl x509 -req -in "$s/server.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" \
    -CAcreateserial -days 30 -extfile "$s/ext.cnf" -out "$s/server.pem" 2>/dev/null
else
  openssl x509 -req -in "$s/server.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" -CAcreateserial -days 30 \
    -extfile "$s/ext.cnf" -out "$s/server.pem" 2>/dev/null
fi
t="$s/tmp"
cat >"$s/nginx.conf" <<CONF
daemon off; master_process off; worker_processes 1; pid $s/nginx.pid; error_log $s/error.log;
events { worker_connections 64; }
http { access_log $s/access.log; client_body_temp_path $t/b; proxy_temp_path $t/p; fastcgi_temp_path $t/f;
  uwsgi_temp_path $t/u; scgi_temp_path $t/s; types { application/xml xml; application/java-archive jar; }
  server { listen $address:$port ssl; ssl_certificate $s/server.pem; ssl_certificate_key $s/server.key;
    root $site; } }
CONF
exec "$(dirname "$0")/nginx-run.sh" "$s" "$address" "$port"
