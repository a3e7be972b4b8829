#!/usr/bin/env bash
# Benchmark (not a test): the xrdp certificate renewal (reset-rdp-certificate for CERT_EXPIRED) on Linux hosts laid
# out as Debian's xrdp package does (releng/lab/xrdp-host.sh: own network, PID and /etc namespaces, real OpenSSH and
# xrdp, an admin user with sudo), against doing the same by hand with ssh and openssl in the same run.
#  1. one host, median of RUNS: `rdpdoctor remediate --plan` and `--apply --yes` (diagnosis, precondition, snapshot,
#     new key and certificate, xrdp restarted, diagnosis again to verify, journal) against one `ssh` session running
#     the same steps (files copied aside, openssl req, mv, /etc/init.d/xrdp restart, wait for the port, openssl
#     x509 -checkend on the file as the check);
#  2. HOSTS hosts: `rdpdoctor batch --remediate CERT_EXPIRED --apply --yes` (8 hosts at once) against the same ssh
#     session per host, 8 at a time (xargs -P 8): wall time, per host, peak RSS, hosts fixed.
# Usage (root): releng/bench/bench-remediation.sh [RUNS] [HOSTS]   (default 5 50; HOSTS at most 200)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-5}
hosts=${2:-50}
[ "$(id -u)" = 0 ] || { echo "bench-remediation: needs root (namespaces)" >&2; exit 2; }
[ "$hosts" -ge 1 ] && [ "$hosts" -le 200 ] || { echo "bench-remediation: HOSTS must be 1-200" >&2; exit 2; }
"$root/rdpdoctor" help >/dev/null   # builds the product first if needed
. "$root/releng/lab/fleet.sh"
fleet_up rdprb "$hosts" 40
faketime '2020-01-01 00:00:00' openssl req -x509 -newkey rsa:2048 -nodes -keyout "$tmp/old_key.pem" \
  -out "$tmp/old_cert.pem" -days 30 -subj /CN=lab.test 2>/dev/null
expire() {   # puts the expired certificate back on host I (written in place: keeps owner and mode)
  cat "$tmp/old_cert.pem" >"/etc/netns/rdprb$1/xrdp/cert.pem"; cat "$tmp/old_key.pem" >"/etc/netns/rdprb$1/xrdp/key.pem"
}
for i in $(seq 0 $((hosts - 1))); do expire "$i"; done
options=(--ssh-user rdpadmin --ssh-identity "$tmp/client_key" --known-hosts "$tmp/known_hosts"
  --accept-new-host-key --timeout-ms 10000 --journal "$tmp/journal")
ssh_opts=(-i "$tmp/client_key" -o UserKnownHostsFile="$tmp/known_hosts_ssh" -o StrictHostKeyChecking=accept-new
  -o BatchMode=yes -o ConnectTimeout=10)
# the same steps by hand, as root through sudo: old files aside, new key and certificate, restart, wait, check
cat >"$tmp/by_hand.sh" <<'SCRIPT'
set -e
cd /etc/xrdp
cp -p cert.pem cert.pem.old; cp -p key.pem key.pem.old
(umask 077; openssl req -x509 -newkey rsa:3072 -sha256 -nodes -days 365 -subj "/CN=$(hostname)" \
  -keyout key.new -out cert.new 2>/dev/null)
chown --reference=key.pem key.new; chmod --reference=key.pem key.new; chmod 644 cert.new
mv -f key.new key.pem; mv -f cert.new cert.pem
/etc/init.d/xrdp restart </dev/null >/dev/null 2>&1
n=0; while [ $n -lt 75 ] && ! ss -ltnH "sport = :3389" | grep -q .; do n=$((n + 1)); sleep 0.2; done
openssl x509 -noout -checkend 0 -in cert.pem >/dev/null
SCRIPT
{ printf 'exec ssh'; printf ' %q' "${ssh_opts[@]}"; printf ' "rdpadmin@$1" %q <%q\n' 'sudo -n sh -s' "$tmp/by_hand.sh"; } \
  >"$tmp/by_hand_on.sh"   # one host: its own ssh, its own standard input
by_hand() { sh "$tmp/by_hand_on.sh" "$1"; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

echo "== one host (${addresses[0]}), median of $runs =="
plan=(); apply=(); hand=()
for r in $(seq 1 "$runs"); do
  expire 0
  t=$(date +%s%N); "$root/rdpdoctor" remediate "${addresses[0]}" --cause CERT_EXPIRED --plan "${options[@]}" >/dev/null
  plan+=("$(ms "$t")")
  t=$(date +%s%N); "$root/rdpdoctor" remediate "${addresses[0]}" --cause CERT_EXPIRED --apply --yes "${options[@]}" \
    >"$tmp/apply.txt" || { cat "$tmp/apply.txt" >&2; exit 1; }
  apply+=("$(ms "$t")")
  expire 0
  t=$(date +%s%N); by_hand "${addresses[0]}"; hand+=("$(ms "$t")")
done
echo "rdpdoctor remediate --plan:          $(printf '%s\n' "${plan[@]}" | median) ms  (runs: ${plan[*]})"
echo "rdpdoctor remediate --apply --yes:   $(printf '%s\n' "${apply[@]}" | median) ms  (runs: ${apply[*]})"
echo "ssh + openssl by hand:               $(printf '%s\n' "${hand[@]}" | median) ms  (runs: ${hand[*]})"
echo "ratio, --apply --yes / by hand:      $(awk -v a="$(printf '%s\n' "${apply[@]}" | median)" \
  -v b="$(printf '%s\n' "${hand[@]}" | median)" 'BEGIN{printf "%.2f", a/b}')"

echo "== $hosts hosts =="
for i in $(seq 0 $((hosts - 1))); do expire "$i"; done
printf 'name\n' >"$tmp/hosts.csv"; printf '%s\n' "${addresses[@]}" >>"$tmp/hosts.csv"
"$root/rdpdoctor" import "$tmp/hosts.csv" --to "$tmp/fleet.rdpdoctor" >/dev/null
t=$(date +%s%N)
/usr/bin/time -f '%M' -o "$tmp/rss" "$root/rdpdoctor" batch --inventory "$tmp/fleet.rdpdoctor" --report "$tmp/fix.txt" \
  --remediate CERT_EXPIRED --apply --yes --concurrency 8 "${options[@]}" >"$tmp/batch.txt" 2>&1 || true
wall=$(ms "$t"); ours_wall=$wall
fixed=$(grep -c ': fixed and verified' "$tmp/batch.txt" || true)
echo "rdpdoctor batch --remediate:  ${wall} ms, $((wall / hosts)) ms per host, peak RSS $(( $(cat "$tmp/rss") / 1024 )) MB, $fixed/$hosts fixed and verified"
for i in $(seq 0 $((hosts - 1))); do expire "$i"; done
t=$(date +%s%N)
printf '%s\n' "${addresses[@]}" | xargs -P 8 -I{} sh "$tmp/by_hand_on.sh" {} && ok=$hosts || ok="some failed:"
wall=$(ms "$t")
echo "ssh + openssl, 8 at a time:   ${wall} ms, $((wall / hosts)) ms per host, $ok/$hosts done (no snapshot kept locally, no journal, checked on the file only)"
echo "ratio, batch / by hand:       $(awk -v a="$ours_wall" -v b="$wall" 'BEGIN{printf "%.2f", a/b}')"
