#!/usr/bin/env bash
# Benchmark (not a test): a fleet of N RDP targets (default 1000) in a network namespace, 10% of them behind DROP,
# served by K xrdp instances (default 16) that every target's port 3389 is redirected to. Side by side in one run:
# `rdpdoctor batch` vs `nmap -Pn -p 3389 --script rdp-enum-encryption,rdp-ntlm-info -iL` vs `xfreerdp +auth-only`
# on a sample (a loop over all targets would take hours: every DROP target costs FreeRDP 15 s). Prints Markdown.
# Usage (root): releng/bench/bench-fleet.sh [N] [K] [FREERDP_SAMPLE] [CONCURRENCY]
# (xrdp's listen backlog is 2: far more parallel connections than K*2 make the lab's own servers drop SYNs)
# XRDP_FORK=false runs the servers threaded instead of a process per connection: they then take about half the CPU
# per connection (measured), leaving more of the 2 cores to the tools measured. SKIP_PEERS=1 runs the batch alone;
# KEEP_REPORT=FILE keeps the batch's JSON report.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
n=${1:-1000}; k=${2:-16}; sample=${3:-20}; concurrency=${4:-64}
ns=rdpdscale; veth=rdpdscale0; peer=rdpdscale1
state=$(mktemp -d /tmp/rdpdoctor-fleet.XXXX)
[ "$(id -u)" = 0 ] || { echo "bench-fleet: needs root" >&2; exit 2; }
[ "$n" -le 62500 ] || { echo "bench-fleet: at most 62500 targets" >&2; exit 2; }
nsx() { ip netns exec "$ns" "$@"; }
down() {
  for f in "$state"/*.pid; do [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null || true; done
  ip netns pids "$ns" 2>/dev/null | xargs -r kill -9 2>/dev/null || true
  ip netns del "$ns" 2>/dev/null || true
  ip link del "$veth" 2>/dev/null || true
  ip route del 10.214.0.0/16 2>/dev/null || true
}
down
trap 'down; rm -rf "$state"' EXIT
# network: the fleet's addresses exist only in the namespace (AnyIP: a local route for the whole /16)
ip netns add "$ns"
ip link add "$veth" type veth peer name "$peer"
ip link set "$peer" netns "$ns"
ip addr add 10.215.0.1/30 dev "$veth"; ip link set "$veth" up
nsx ip addr add 10.215.0.2/30 dev "$peer"; nsx ip link set "$peer" up; nsx ip link set lo up
nsx ip route add local 10.214.0.0/16 dev lo
ip route add 10.214.0.0/16 via 10.215.0.2
# every target's 3389 goes to one of the xrdp instances; the last 10% of each /24 block are dropped
nsx iptables -w 5 -t nat -A PREROUTING -d 10.214.0.0/16 -p tcp --dport 3389 -j REDIRECT --to-ports 4001-$((4000 + k)) --random
blocks=$(( (n + 249) / 250 ))
for b in $(seq 1 "$blocks"); do
  nsx iptables -w 5 -t raw -A PREROUTING -m iprange --dst-range "10.214.$b.226-10.214.$b.250" -p tcp --dport 3389 -j DROP
done
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$state/key.pem" -out "$state/cert.pem" -days 365 \
  -subj "/CN=fleet.lab.test" 2>/dev/null
for i in $(seq 1 "$k"); do
  awk -v port=$((4000 + i)) -v fork="${XRDP_FORK:-true}" -v loglevel="${XRDP_LOGLEVEL:-INFO}" -v cert="$state/cert.pem" -v key="$state/key.pem" -v logfile="$state/xrdp$i.log" '
    /^\[/ { section = $0 }
    section == "[Globals]" && /^port=/ { print "port=" port; next }
    section == "[Globals]" && /^certificate=/ { print "certificate=" cert; next }
    section == "[Globals]" && /^key_file=/ { print "key_file=" key; next }
    section == "[Globals]" && /^fork=/ { print "fork=" fork; next }
    section == "[Logging]" && /^LogFile=/ { print "LogFile=" logfile; next }
    section == "[Logging]" && /^EnableSyslog=/ { print "EnableSyslog=false"; next }
    section == "[Logging]" && /^LogLevel=/ { print "LogLevel=" loglevel; next }
    { print }' /etc/xrdp/xrdp.ini > "$state/xrdp$i.ini"
  nsx xrdp --nodaemon --config "$state/xrdp$i.ini" >/dev/null 2>&1 &
  echo $! > "$state/xrdp$i.pid"
done
sleep 2
# the targets, and an inventory of them
echo "name,port" > "$state/fleet.csv"
: > "$state/targets.txt"
for i in $(seq 0 $((n - 1))); do
  ip="10.214.$((1 + i / 250)).$((1 + i % 250))"
  echo "$ip,3389" >> "$state/fleet.csv"; echo "$ip" >> "$state/targets.txt"
done
"$root/rdpdoctor" import "$state/fleet.csv" --to "$state/fleet.rdpdoctor" >/dev/null 2>&1
busy() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8}' /proc/stat; } # all cores' busy jiffies
servers() { # jiffies of the namespace's processes (the xrdp servers), their reaped per-connection children included
  ip netns pids "$ns" | xargs -I{} cat /proc/{}/stat 2>/dev/null | awk '{s += $14 + $15 + $16 + $17} END {print s + 0}'
}
measure() { # command... -> "seconds, its CPU seconds, peak RSS, the machine's and the servers' CPU seconds"
  local before; before=$(busy); local served; served=$(servers)
  /usr/bin/time -f "%e %U %S %M" -o "$state/time" "$@" >"$state/out" 2>"$state/err" || true
  local machine; machine=$(( ($(busy) - before) / $(getconf CLK_TCK) ))
  local xrdp; xrdp=$(( ($(servers) - served) / $(getconf CLK_TCK) ))
  tail -n 1 "$state/time" | awk -v m="$machine" -v x="$xrdp" \
    '{printf "%s s, CPU %.1f s, peak RSS %d MB; whole machine %d CPU-s, xrdp servers %d", $1, $2 + $3, $4 / 1024, m, x}'
}
# shellcheck disable=SC2086 # RDPDOCTOR_BATCH_ARGS: more batch options, e.g. "--stability-samples 1"
rd=$(measure "$root/rdpdoctor" batch --inventory "$state/fleet.rdpdoctor" --report "$state/fleet.json" \
  --concurrency "$concurrency" ${RDPDOCTOR_BATCH_ARGS:-})
rd_hosts=$(python3 -c 'import json,sys; h=json.load(open(sys.argv[1]))["hosts"]; from collections import Counter; c=Counter(x["status"] for x in h); t=Counter(x["findings"][0]["cause"] for x in h if x["findings"]); print(len(h), "hosts;", dict(c), "; top causes", dict(t))' "$state/fleet.json")
[ -z "${KEEP_REPORT:-}" ] || cp "$state/fleet.json" "$KEEP_REPORT" # the batch's JSON report, for a closer look
if [ -z "${SKIP_PEERS:-}" ]; then
  nm=$(measure nmap -Pn -n -p 3389 --script rdp-enum-encryption,rdp-ntlm-info -iL "$state/targets.txt")
  nm_hosts=$(grep -c "rdp-enum-encryption" "$state/out" || true)
  nm_filtered=$(grep -c "3389/tcp filtered" "$state/out" || true)
  s=$(date +%s%N); codes=()
  Xvfb -displayfd 3 -screen 0 640x480x24 -nolisten tcp 3>"$state/xvfb.display" >/dev/null 2>&1 &
  echo $! > "$state/xvfb.pid"
  for _ in $(seq 1 100); do [ -s "$state/xvfb.display" ] && break; sleep 0.1; done # named once it accepts clients
  display=:$(cat "$state/xvfb.display")
  for i in $(shuf -i 0-$((n - 1)) -n "$sample" --random-source=<(yes)); do
    ip="10.214.$((1 + i / 250)).$((1 + i % 250))"
    HOME=$(mktemp -d) DISPLAY=$display timeout 30 xfreerdp /v:"$ip":3389 /u:x /p:y +auth-only /cert:ignore \
      </dev/null >/dev/null 2>&1 && codes+=(0) || codes+=($?)
  done
  fr_ms=$(( ($(date +%s%N) - s) / 1000000 ))
fi
echo "Fleet of $n targets ($((n / 10)) behind DROP), $k xrdp instances (fork=${XRDP_FORK:-true}), $(nproc) cores, $(date -u +%Y-%m-%d)."
echo
echo "| tool | wall time, peak memory | what it reported |"
echo "|---|---|---|"
echo "| rdpdoctor batch ($concurrency at a time, 3 s deadline) | $rd | $rd_hosts |"
[ -n "${SKIP_PEERS:-}" ] && exit 0
echo "| nmap -Pn -p 3389 --script rdp-enum-encryption,rdp-ntlm-info -iL | $nm | rdp-enum-encryption output for $nm_hosts hosts, $nm_filtered filtered |"
echo "| xfreerdp +auth-only loop, $sample random targets | $fr_ms ms for $sample (x $((n / sample)) = about $((fr_ms * n / sample / 1000)) s for all) | exit codes $(printf '%s\n' "${codes[@]}" | sort -n | uniq -c | awk '{printf "%s%sx%s", sep, $1, $2; sep=", "}') |"
