#!/usr/bin/env bash
# Benchmark (not a test): what every command pays, whole command against whole command, in one run: the JVM alone
# (`java -version`, the floor), `rdpdoctor --version` and a closed port on the product's class path (the default) and
# under OSGi (RDPDOCTOR_OSGI=1, as before), against `nmap -Pn -p PORT`, and a healthy xrdp against nmap's RDP scripts
# (xrdp on 127.0.0.7:3389 with a set-up of its own: nmap runs its RDP scripts on port 3389 only). Median of RUNS
# alternating runs; prints a Markdown table with the ratios.
# Usage (root for xrdp's port 3389): releng/bench/bench-startup.sh [RUNS]   (default 5)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/bin/common.sh"
rdpd_find_jdk
runs=${1:-5}
command -v nmap >/dev/null || { echo "bench: needs nmap (apt-get install nmap)" >&2; exit 2; }
"$root/rdpdoctor" --version >/dev/null   # builds the product first if needed
product="$root/releng/rdpdoctor.repository/target/products/rdpdoctor.headless/linux/gtk/x86_64/rdpdoctor-headless"
rd="$product/rdpdoctor"
tmp=$(mktemp -d)
xrdp_pid=
cleanup() { [ -n "$xrdp_pid" ] && kill "$xrdp_pid" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

# a healthy xrdp of its own on loopback (negotiate, a fresh self-signed certificate)
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$tmp/key.pem" -out "$tmp/cert.pem" -days 30 \
  -subj "/CN=bench.local" 2>/dev/null
sed -e "0,/^port=.*/s||port=tcp://127.0.0.7:3389|" -e "s|^certificate=.*|certificate=$tmp/cert.pem|" \
  -e "s|^key_file=.*|key_file=$tmp/key.pem|" -e "s|^LogFile=.*|LogFile=$tmp/xrdp.log|" \
  -e 's|^EnableSyslog=.*|EnableSyslog=false|' /etc/xrdp/xrdp.ini >"$tmp/xrdp.ini"
/usr/sbin/xrdp --nodaemon --config "$tmp/xrdp.ini" >/dev/null 2>&1 &
xrdp_pid=$!
for _ in $(seq 1 100); do (exec 3<>/dev/tcp/127.0.0.7/3389) 2>/dev/null && break; sleep 0.1; done
closed=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_of() { # COMMAND...: wall milliseconds, output discarded
  local s; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; ms "$s"
}

declare -A t
cases=(floor version version_osgi closed closed_osgi closed_nmap healthy healthy_osgi healthy_nmap)
run_case() {
  case $1 in
    floor) time_of "$JAVA_HOME/bin/java" -version ;;
    version) time_of "$rd" --version ;;
    version_osgi) RDPDOCTOR_OSGI=1 time_of "$rd" --version ;;
    closed) time_of "$rd" diagnose "127.0.0.1:$closed" ;;
    closed_osgi) RDPDOCTOR_OSGI=1 time_of "$rd" diagnose "127.0.0.1:$closed" ;;
    closed_nmap) time_of nmap -Pn -n -p "$closed" 127.0.0.1 ;;
    healthy) time_of "$rd" diagnose 127.0.0.7 ;;
    healthy_osgi) RDPDOCTOR_OSGI=1 time_of "$rd" diagnose 127.0.0.7 ;;
    healthy_nmap) time_of nmap -Pn -n -p 3389 --script rdp-enum-encryption,rdp-ntlm-info 127.0.0.7 ;;
  esac
}
for c in "${cases[@]}"; do run_case "$c" >/dev/null; done   # one warm-up each (the class-data archive is made)
for _ in $(seq 1 "$runs"); do
  for c in "${cases[@]}"; do t[$c]+="$(run_case "$c") "; done
done
med() { printf '%s\n' ${t[$1]} | median; }
ratio() { awk -v a="$(med "$1")" -v b="$(med "$2")" 'BEGIN { printf "%.2f", a / b }'; }

echo "Median of $runs alternating runs after one warm-up, $(nproc) cores, $(date -u +%Y-%m-%d), $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)."
echo
echo "| case | RDP Doctor (class path) | RDP Doctor under OSGi (before) | peer | ratio now (goal) |"
echo "|---|---|---|---|---|"
echo "| \`--version\` | $(med version) ms | $(med version_osgi) ms | \`java -version\` $(med floor) ms | $(ratio version floor) x the JVM alone ($(med version) ms; goal <= 300 ms) |"
echo "| closed port | $(med closed) ms | $(med closed_osgi) ms | \`nmap -Pn -p PORT\` $(med closed_nmap) ms | $(ratio closed closed_nmap) (<= 5) |"
echo "| healthy xrdp | $(med healthy) ms | $(med healthy_osgi) ms | nmap rdp-enum-encryption,rdp-ntlm-info $(med healthy_nmap) ms | $(ratio healthy healthy_nmap) (<= 0.5) |"
