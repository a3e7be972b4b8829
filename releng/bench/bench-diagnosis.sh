#!/usr/bin/env bash
# Benchmark (not a test): RDP Doctor's credential-free diagnosis of one host against nmap's RDP scripts and
# FreeRDP's +auth-only, side by side in one run, on the lab (healthy, expired-certificate and DROP hosts).
# Prints a Markdown table: median wall time of RUNS runs each, and what each tool reported.
# Usage (root): releng/bench/bench-diagnosis.sh [RUNS]   (default 3)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-3}
lab="$root/releng/lab/lab.sh"
state=${RDPDOCTOR_LAB_DIR:-/run/rdpdoctor-lab}
[ "$(id -u)" = 0 ] || { echo "bench: needs root for the lab" >&2; exit 2; }
trap '"$lab" down >/dev/null 2>&1 || true' EXIT
"$lab" up >/dev/null
"$root/rdpdoctor" help >/dev/null   # build the product first if needed
tmp=$(mktemp -d)
export SSL_CERT_FILE="$state/certs/ca.pem"
display=:$((400 + RANDOM % 200)); Xvfb "$display" -screen 0 640x480x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!; trap 'kill $xvfb 2>/dev/null; "$lab" down >/dev/null 2>&1 || true' EXIT
sleep 1

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

row() { # label address [extra rdpdoctor options]
  local label=$1 ip=$2 extra=${3:-} i s t_rd=() t_probe=() t_nmap=() t_free=() rd nm fr
  for i in $(seq 1 "$runs"); do
    s=$(date +%s%N)
    # shellcheck disable=SC2086
    "$root/rdpdoctor" diagnose "$ip" --ca-file "$state/certs/ca.pem" $extra --format json >"$tmp/rd.json" \
      2>/dev/null || true
    t_rd+=("$(ms "$s")")
    t_probe+=("$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["hosts"][0]["durationMs"])' "$tmp/rd.json")")
    s=$(date +%s%N)
    timeout 120 nmap -Pn -n -p 3389 --script rdp-enum-encryption,rdp-ntlm-info "$ip" >"$tmp/nmap.txt" 2>&1 || true
    t_nmap+=("$(ms "$s")")
    s=$(date +%s%N)
    HOME=$(mktemp -d) DISPLAY=$display timeout 30 xfreerdp /v:"$ip":3389 /u:x /p:y +auth-only /cert:deny \
      </dev/null >"$tmp/free.txt" 2>&1 || true
    t_free+=("$(ms "$s")")
  done
  rd=$(python3 -c 'import json,sys; h=json.load(open(sys.argv[1]))["hosts"][0]; print(", ".join(f["cause"] for f in h["findings"]) or "HEALTHY")' "$tmp/rd.json")
  nm=$(grep -oE "(CredSSP \(NLA\)|SSL|Native RDP): SUCCESS|filtered|ERROR: [A-Za-z ]+" "$tmp/nmap.txt" | paste -sd, - | cut -c1-60)
  fr=$(grep -oE "ERRCONNECT_[A-Z_]+|certificate has expired|self-signed certificate|NAME MISMATCH" "$tmp/free.txt" | sort -u | paste -sd, - | cut -c1-60)
  printf '| %s | %s | %s ms (probes %s ms) | %s | %s ms | %s | %s ms | %s |\n' "$label" "$ip" \
    "$(printf '%s\n' "${t_rd[@]}" | median)" "$(printf '%s\n' "${t_probe[@]}" | median)" "$rd" \
    "$(printf '%s\n' "${t_nmap[@]}" | median)" "${nm:-(nothing)}" "$(printf '%s\n' "${t_free[@]}" | median)" "${fr:-(timeout)}"
}

echo "Median of $runs runs, $(nproc) cores, $(date -u +%Y-%m-%d). RDP Doctor: wall time of ./rdpdoctor (JVM start"
echo "included) and, in brackets, its probe work for the host; default 3000 ms deadline per probe."
echo
echo "| host | address | RDP Doctor | RDP Doctor reports | nmap rdp-enum-encryption,rdp-ntlm-info | nmap reports | xfreerdp +auth-only | FreeRDP reports |"
echo "|---|---|---|---|---|---|---|---|"
row healthy 10.213.7.10
row "expired certificate" 10.213.7.11
row "NLA required" 10.213.7.18
row "firewall DROP" 10.213.7.20
row "firewall DROP, --timeout-ms 500" 10.213.7.20 "--timeout-ms 500"
