#!/usr/bin/env bash
# Starts a real HTTPS server (nginx) on ADDRESS:PORT that answers the RD Gateway's HTTP transport as Microsoft documents
# a gateway does (RDG_OUT_DATA /remoteDesktopGateway/ -> 401 with WWW-Authenticate Negotiate and NTLM), with a
# certificate of a throwaway CA (DIR/ca.pem) that EXPIRED in 2020 (dated by faketime). Everything lives in DIR; nginx
# runs in the background until `kill $(cat DIR/nginx.pid)`. Used by the plug-in tests of the example RD Gateway probe.
#   nginx-gateway.sh DIR ADDRESS PORT
set -euo pipefail
dir=$1; address=$2; port=$3
mkdir -p "$dir/tmp"
# what openssl and faketime say goes to DIR/setup.log, shown when a step fails
trap 'echo "nginx-gateway.sh: \"$BASH_COMMAND\" failed: $(tail -5 "$dir/setup.log" 2>/dev/null)" >&2' ERR
openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=test CA" -keyout "$dir/ca.key" -out "$dir/ca.pem" 2>>"$dir/setup.log"
openssl req -newkey rsa:2048 -nodes -subj "/CN=gateway" -keyout "$dir/server.key" -out "$dir/server.csr" 2>>"$dir/setup.log"
printf 'subjectAltName=IP:%s\n' "$address" >"$dir/ext.cnf"
faketime '2020-01-01 00:00:00' openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" \
  -CAcreateserial -days 30 -extfile "$dir/ext.cnf" -out "$dir/server.pem" 2>>"$dir/setup.log"
t="$dir/tmp"
cat >"$dir/nginx.conf" <<CONF
daemon off; master_process off; worker_processes 1; pid $dir/nginx.pid; error_log $dir/error.log;
events { worker_connections 64; }
http { access_log $dir/access.log; client_body_temp_path $t/b; proxy_temp_path $t/p; fastcgi_temp_path $t/f;
  uwsgi_temp_path $t/u; scgi_temp_path $t/s;
  server { listen $address:$port ssl; ssl_certificate $dir/server.pem; ssl_certificate_key $dir/server.key;
    location /remoteDesktopGateway/ { add_header WWW-Authenticate Negotiate always; add_header WWW-Authenticate NTLM always; return 401; }
    location / { return 404; } } }
CONF
exec "$(dirname "$0")/nginx-run.sh" "$dir" "$address" "$port"
