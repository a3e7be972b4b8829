#!/usr/bin/env bash
# Benchmark (not a test): host-side evidence over SSH on loopback, against OpenSSH's own client doing the same reads.
# A real sshd (its own config, key, MaxStartups raised for 100 at once) and a real xrdp with a config of this run.
#  1. one host: the ssh and xrdp probes' time (connection, login and every read included), median of RUNS runs, and
#     `ssh root@127.0.0.1 'the same commands'` run as often;
#  2. HOSTS targets (127.0.0.1 with distinct RDP ports, one sshd) with the default concurrency: wall time and peak
#     RSS of `rdpdoctor diagnose --ssh-user`, against HOSTS `ssh` runs of the same commands, 64 at a time.
# Usage (root): releng/bench/bench-ssh.sh [RUNS] [HOSTS]   (default 5 100)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-5}
hosts=${2:-100}
[ "$(id -u)" = 0 ] || { echo "bench-ssh: needs root (sshd)" >&2; exit 2; }
for tool in /usr/sbin/sshd /usr/sbin/xrdp /usr/bin/time; do
  [ -x "$tool" ] || { echo "bench-ssh: $tool is missing (releng/bin/install-test-deps.sh installs it)" >&2; exit 3; }
done
"$root/rdpdoctor" help >/dev/null   # builds the product first if needed
tmp=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$tmp"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

ssh_port=$(free_port); rdp_port=$(free_port)
ssh-keygen -q -t ed25519 -N '' -f "$tmp/host_key"; ssh-keygen -q -t ed25519 -N '' -f "$tmp/client_key"
cp "$tmp/client_key.pub" "$tmp/authorized_keys"
cat >"$tmp/sshd_config" <<EOF
Port $ssh_port
ListenAddress 127.0.0.1
HostKey $tmp/host_key
PidFile $tmp/sshd.pid
AuthorizedKeysFile $tmp/authorized_keys
StrictModes no
UsePAM no
PasswordAuthentication no
PermitRootLogin prohibit-password
AllowUsers root
MaxStartups 300
EOF
mkdir -p /run/sshd
/usr/sbin/sshd -D -e -f "$tmp/sshd_config" 2>"$tmp/sshd.log" & pids+=($!)
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$tmp/key.pem" -out "$tmp/cert.pem" -days 30 \
  -subj /CN=bench.test 2>/dev/null
chmod 644 "$tmp/key.pem"
awk -v port="tcp://127.0.0.1:$rdp_port" -v cert="$tmp/cert.pem" -v key="$tmp/key.pem" -v logfile="$tmp/xrdp.log" '
  /^port=/ && !done { print "port=" port; done=1; next }
  /^certificate=/ { print "certificate=" cert; next }
  /^key_file=/ { print "key_file=" key; next }
  /^LogFile=/ { print "LogFile=" logfile; next }
  /^EnableSyslog=/ { print "EnableSyslog=false"; next }
  { print }' /etc/xrdp/xrdp.ini >"$tmp/xrdp.ini"
/usr/sbin/xrdp --nodaemon --config "$tmp/xrdp.ini" >/dev/null 2>&1 & pids+=($!)
for _ in $(seq 1 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$ssh_port") 2>/dev/null && (exec 3<>"/dev/tcp/127.0.0.1/$rdp_port") 2>/dev/null && break
  sleep 0.1
done

ssh_options=(--ssh-user root --ssh-port "$ssh_port" --ssh-identity "$tmp/client_key"
  --known-hosts "$tmp/known_hosts" --accept-new-host-key --xrdp-ini "$tmp/xrdp.ini" --timeout-ms 10000)
# what the xrdp probe reads, as one shell command for OpenSSH's client
reads="cat $tmp/xrdp.ini >/dev/null; pgrep -x xrdp | wc -l; pgrep -x xrdp-sesman | wc -l; ss -ltnH | wc -l;
  test -r $tmp/cert.pem; stat -Lc %U:%G:%a $tmp/key.pem; id -Gn xrdp;
  openssl x509 -in $tmp/cert.pem -noout -pubkey | openssl sha256; openssl pkey -in $tmp/key.pem -pubout | openssl sha256;
  tail -n 500 $tmp/xrdp.log | grep -F '[ERROR]' | tail -n 5; head -c 65536 $tmp/cert.pem >/dev/null"
ssh_cmd=(ssh -q -i "$tmp/client_key" -p "$ssh_port" -o BatchMode=yes -o StrictHostKeyChecking=accept-new
  -o UserKnownHostsFile="$tmp/known_hosts_ssh" root@127.0.0.1)
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

probe_ms=(); wall_ms=(); peer_ms=()
for _ in $(seq 1 "$runs"); do
  s=$(date +%s%N)
  "$root/rdpdoctor" diagnose "127.0.0.1:$rdp_port" "${ssh_options[@]}" --format json >"$tmp/one.json" 2>/dev/null || true
  wall_ms+=("$(ms "$s")")
  probe_ms+=("$(python3 -c 'import json,sys
h=json.load(open(sys.argv[1]))["hosts"][0]
print(sum(p["durationMs"] for p in h["probes"] if p["id"] in ("ssh","xrdp","windows")))' "$tmp/one.json")")
  s=$(date +%s%N)
  "${ssh_cmd[@]}" "$reads" >/dev/null 2>&1 || true
  peer_ms+=("$(ms "$s")")
done
status=$(python3 -c 'import json,sys
h=json.load(open(sys.argv[1]))["hosts"][0]
print(", ".join(p["id"]+" "+p["status"] for p in h["probes"] if p["id"] in ("ssh","xrdp")))' "$tmp/one.json")

targets=()
for _ in $(seq 1 "$hosts"); do targets+=("127.0.0.1:$(free_port)"); done
s=$(date +%s%N)
/usr/bin/time -f "%M" -o "$tmp/rss" "$root/rdpdoctor" diagnose "${targets[@]}" "${ssh_options[@]}" --format json \
  >"$tmp/many.json" 2>/dev/null || true
many_ms=$(ms "$s"); many_rss=$(( $(tail -n 1 "$tmp/rss") / 1024 ))   # time writes "Command exited with non-zero status" first
read_ok=$(python3 -c 'import json,sys,collections
c=collections.Counter(p["id"]+" "+p["status"] for h in json.load(open(sys.argv[1]))["hosts"] for p in h["probes"]
                      if p["id"] in ("ssh","xrdp"))
print(", ".join(f"{n} {k}" for k,n in sorted(c.items())))' "$tmp/many.json")
s=$(date +%s%N)
seq 1 "$hosts" | /usr/bin/time -f "%M" -o "$tmp/rss_ssh" xargs -P 64 -I{} "${ssh_cmd[@]}" "$reads" >/dev/null 2>&1 || true
peer_many_ms=$(ms "$s"); peer_rss=$(( $(tail -n 1 "$tmp/rss_ssh") / 1024 ))

echo "$(nproc) cores, $(date -u +%Y-%m-%d); sshd and xrdp on loopback; median of $runs runs."
echo
echo "| measure | RDP Doctor | OpenSSH ssh, same reads |"
echo "|---|---|---|"
echo "| one host: host probes (connect, log in, every read) | $(printf '%s\n' "${probe_ms[@]}" | median) ms ($status) | $(printf '%s\n' "${peer_ms[@]}" | median) ms |"
echo "| one host: whole ./rdpdoctor diagnose run, JVM start and network probes included | $(printf '%s\n' "${wall_ms[@]}" | median) ms | - |"
echo "| $hosts hosts at once: wall time | $many_ms ms ($read_ok) | $peer_many_ms ms (64 at a time) |"
echo "| $hosts hosts at once: peak RSS | $many_rss MB | $peer_rss MB (the largest single process: xargs/ssh) |"
