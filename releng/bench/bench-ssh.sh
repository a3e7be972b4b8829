#!/usr/bin/env bash
# Benchmark (not a test): host-side evidence over SSH against Linux hosts laid out as Debian's xrdp package does
# (releng/lab/xrdp-host.sh: each its own network, PID and /etc namespaces, real OpenSSH and real xrdp, a throwaway
# user), against OpenSSH's own client doing the same reads.
#  1. one host: the ssh and xrdp probes' time (connection, login and every read included), median of RUNS runs, and
#     `ssh rdpdiag@HOST 'the same reads'` run as often; the whole `rdpdoctor diagnose --ssh-user` against that ssh
#     run plus nmap's RDP and ssl-cert scripts on the host (alternating);
#  2. HOSTS hosts in one `rdpdoctor diagnose --ssh-user` with the default concurrency: wall time, peak RSS and how many
#     were read, against HOSTS `ssh` runs of the same reads, 64 at a time, and against the same job (those runs, then
#     nmap's RDP and ssl-cert scripts on every host: what the diagnosis's network probes do).
# Usage (root): releng/bench/bench-ssh.sh [RUNS] [HOSTS]   (default 5 100; HOSTS at most 250)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-5}
hosts=${2:-100}
[ "$(id -u)" = 0 ] || { echo "bench-ssh: needs root (namespaces)" >&2; exit 2; }
[ "$hosts" -ge 1 ] && [ "$hosts" -le 250 ] || { echo "bench-ssh: HOSTS must be 1-250" >&2; exit 2; }
for tool in /usr/sbin/sshd /usr/sbin/xrdp /usr/bin/time /usr/bin/sudo; do
  [ -x "$tool" ] || { echo "bench-ssh: $tool is missing (releng/bin/install-test-deps.sh installs it)" >&2; exit 3; }
done
"$root/rdpdoctor" help >/dev/null   # builds the product first if needed
. "$root/releng/lab/fleet.sh"
fleet_up rdpdb "$hosts" 0

ssh_options=(--ssh-user rdpdiag --ssh-identity "$tmp/client_key" --known-hosts "$tmp/known_hosts"
  --accept-new-host-key --timeout-ms 10000)
# what the xrdp probe reads, as one shell command for OpenSSH's client
reads="cat /etc/xrdp/xrdp.ini >/dev/null; pgrep -x xrdp | wc -l; pgrep -x xrdp-sesman | wc -l; ss -ltnH | wc -l;
  ss -tnH state established | wc -l; ps -eo user=,etimes=,args= | wc -l; test -r /etc/xrdp/cert.pem;
  stat -Lc %U:%G:%a /etc/xrdp/key.pem; id -Gn xrdp; tail -n 500 /var/log/xrdp.log 2>/dev/null | grep -F '[ERROR]' | tail -n 5;
  head -c 65536 /etc/xrdp/cert.pem >/dev/null; sudo -n nft list ruleset | wc -l; sudo -n iptables-save | wc -l"
ssh_cmd=(ssh -q -i "$tmp/client_key" -o BatchMode=yes -o StrictHostKeyChecking=accept-new
  -o UserKnownHostsFile="$tmp/known_hosts_ssh")
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# the whole command's peer: the same reads over ssh, then nmap's RDP and certificate scripts on the host's port
nmap_scripts=(nmap -Pn -p 3389 --script rdp-enum-encryption,rdp-ntlm-info,ssl-cert)
probe_ms=(); wall_ms=(); peer_ms=(); peer_whole_ms=()
for _ in $(seq 1 "$runs"); do
  s=$(date +%s%N)
  "${ssh_cmd[@]}" "rdpdiag@${addresses[0]}" "$reads" >/dev/null 2>&1 || true
  "${nmap_scripts[@]}" "${addresses[0]}" >/dev/null 2>&1 || true
  peer_whole_ms+=("$(ms "$s")")
  s=$(date +%s%N)
  "$root/rdpdoctor" diagnose "${addresses[0]}" "${ssh_options[@]}" --format json >"$tmp/one.json" 2>/dev/null || true
  wall_ms+=("$(ms "$s")")
  probe_ms+=("$(python3 -c 'import json,sys
h=json.load(open(sys.argv[1]))["hosts"][0]
print(sum(p["durationMs"] for p in h["probes"] if p["id"] in ("ssh","xrdp","windows")))' "$tmp/one.json")")
  s=$(date +%s%N)
  "${ssh_cmd[@]}" "rdpdiag@${addresses[0]}" "$reads" >/dev/null 2>&1 || true
  peer_ms+=("$(ms "$s")")
done
status=$(python3 -c 'import json,sys
h=json.load(open(sys.argv[1]))["hosts"][0]
print(", ".join(p["id"]+" "+p["status"]+" "+str(p["durationMs"])+" ms" for p in h["probes"] if p["id"] in ("ssh","xrdp")))' "$tmp/one.json")

s=$(date +%s%N)
/usr/bin/time -f "%M" -o "$tmp/rss" "$root/rdpdoctor" diagnose "${addresses[@]}" "${ssh_options[@]}" --format json \
  >"$tmp/many.json" 2>/dev/null || true
many_ms=$(ms "$s"); many_rss=$(( $(tail -n 1 "$tmp/rss") / 1024 ))   # time writes "Command exited with non-zero status" first
read_ok=$(python3 -c 'import json,sys,collections
c=collections.Counter(p["id"]+" "+p["status"] for h in json.load(open(sys.argv[1]))["hosts"] for p in h["probes"]
                      if p["id"] in ("ssh","xrdp"))
print(", ".join(f"{n} {k}" for k,n in sorted(c.items())))' "$tmp/many.json")
s=$(date +%s%N)
printf '%s\n' "${addresses[@]}" | /usr/bin/time -f "%M" -o "$tmp/rss_ssh" xargs -P 64 -I{} "${ssh_cmd[@]}" "rdpdiag@{}" \
  "$reads" >/dev/null 2>&1 || true
peer_many_ms=$(ms "$s"); peer_rss=$(( $(tail -n 1 "$tmp/rss_ssh") / 1024 ))
# the same job as the whole command: the ssh loop, then nmap's RDP and certificate scripts on every host in one nmap
printf '%s\n' "${addresses[@]}" >"$tmp/targets"
s=$(date +%s%N)
printf '%s\n' "${addresses[@]}" | xargs -P 64 -I{} "${ssh_cmd[@]}" "rdpdiag@{}" "$reads" >/dev/null 2>&1 || true
"${nmap_scripts[@]}" -iL "$tmp/targets" >/dev/null 2>&1 || true
peer_job_ms=$(ms "$s")

echo "$(nproc) cores, $(date -u +%Y-%m-%d); lab hosts in namespaces (real sshd and xrdp each); median of $runs runs."
echo
echo "| measure | RDP Doctor | OpenSSH ssh, same reads |"
echo "|---|---|---|"
echo "| one host: host probes (connect, log in, every read) | $(printf '%s\n' "${probe_ms[@]}" | median) ms ($status) | $(printf '%s\n' "${peer_ms[@]}" | median) ms |"
wall=$(printf '%s\n' "${wall_ms[@]}" | median); peer_whole=$(printf '%s\n' "${peer_whole_ms[@]}" | median)
echo "| one host: whole \`rdpdoctor diagnose --ssh-user\` (JVM start, network probes and host probes) against \`ssh\` with the same reads plus \`${nmap_scripts[*]}\` | $wall ms | $peer_whole ms (ratio $(awk -v a="$wall" -v b="$peer_whole" 'BEGIN{printf "%.2f", a/b}')) |"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.2f", a/b}'; }
echo "| $hosts hosts at once: wall time | $many_ms ms ($read_ok) | $peer_many_ms ms (64 at a time; ratio $(ratio "$many_ms" "$peer_many_ms")) |"
echo "| $hosts hosts at once, the same job: the ssh loop, then nmap's RDP and ssl-cert scripts on every host | - | $peer_job_ms ms (ratio $(ratio "$many_ms" "$peer_job_ms")) |"
echo "| $hosts hosts at once: peak RSS | $many_rss MB | $peer_rss MB (the largest single process: xargs/ssh) |"
