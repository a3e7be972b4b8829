#!/usr/bin/env bash
# Crash safety of remediation, end to end with the product (and its JSON, checked against docs/schemas by
# check-json.py): `rdpdoctor remediate --apply` on a lab xrdp host
# (releng/lab/xrdp-host.sh) is killed with SIGKILL in the middle of its apply step (xrdp moved to port 3390 and
# moved back by align-rdp-port, whose restart of the host's only xrdp is made slow for the test); the journal must then be intact, show the action INTERRUPTED with its snapshot kept, and
# `rdpdoctor remediate --rollback` must put the host's xrdp.ini back byte for byte. Needs root (namespaces).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
lab="$root/releng/lab/xrdp-host.sh"
name=rdpkill
work=$(mktemp -d)
cleanup() { "$lab" down "$name" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "remediation-crash: FAILED: $*" >&2; [ -f "$work/out" ] && cat "$work/out" >&2; exit 1; }

"$root/rdpdoctor" help >/dev/null   # builds the product if needed
facts=$("$lab" up "$name" 11)
address=$(sed -n 's/^address=//p' <<<"$facts"); dir=$(sed -n 's/^dir=//p' <<<"$facts")
etc=$(sed -n 's/^etc=//p' <<<"$facts"); admin=$(sed -n 's/^admin=//p' <<<"$facts")
"$lab" xrdp-stop "$name"
sed -i '0,/^port=.*/s//port=3390/' "$etc/xrdp/xrdp.ini"
"$lab" xrdp-start "$name"
before=$(sha256sum <"$etc/xrdp/xrdp.ini")
ssh=(--ssh-user "$admin" --ssh-identity "$dir/client_key" --known-hosts "$work/known_hosts" --accept-new-host-key
  --journal "$work/journal")
# the host's /etc/default/xrdp, read by its init script on every restart, sleeps 30 s: the apply step is slow
"$lab" in "$name" sh -c 'cp /etc/default/xrdp /run/xrdp/default.slow && echo "sleep 30" >>/run/xrdp/default.slow &&
  mount --bind /run/xrdp/default.slow /etc/default/xrdp'

json="$root/releng/bin/check-json.py"
"$root/rdpdoctor" remediate "$address" --cause RDP_PORT_CHANGED --plan --format json "${ssh[@]}" 2>"$work/err" \
  | "$json" remediate 'd["mode"] == "plan" and d["plan"]["remediation"] == "align-rdp-port"' \
    'd["exitCode"] == 0 and "3390" in d["plan"]["summary"] + d["plan"]["apply"]' || fail "remediate --plan JSON"
"$root/rdpdoctor" remediate "$address" --cause RDP_PORT_CHANGED --apply --yes "${ssh[@]}" >"$work/out" 2>&1 &
pid=$!
for _ in $(seq 1 600); do   # at most 60 s for the apply step to start
  grep -q '"step":"APPLY_STARTED"' "$work/journal/journal.jsonl" 2>/dev/null && break
  kill -0 "$pid" 2>/dev/null || fail "remediate ended before its apply step"
  sleep 0.1
done
grep -q '"step":"APPLY_STARTED"' "$work/journal/journal.jsonl" || fail "no APPLY_STARTED within 60 s"
sleep 1
kill -9 "$pid"   # the start script execs the JVM: this is the process that writes the journal
wait "$pid" 2>/dev/null || true
grep -q '"step":"APPLIED"' "$work/journal/journal.jsonl" && fail "the kill came after the apply step"

"$root/rdpdoctor" journal --journal "$work/journal" >"$work/out" 2>&1 || fail "rdpdoctor journal failed"
grep -q 'INTERRUPTED at APPLY_STARTED' "$work/out" || fail "the journal does not show the action interrupted"
action=$(grep -o 'remediate --rollback [0-9a-f-]*' "$work/out" | head -1 | awk '{print $3}')
[ -n "$action" ] || fail "no rollback command in the journal"
[ -s "$work/journal/actions/$action/snapshot.json" ] || fail "no snapshot kept for $action"
echo "remediation-crash: killed mid-apply; journal shows $action INTERRUPTED at APPLY_STARTED, snapshot kept"

"$lab" in "$name" umount -l /etc/default/xrdp   # lazily: the interrupted restart still reads it
"$root/rdpdoctor" remediate --rollback "$action" --format json "${ssh[@]}" >"$work/out" 2>"$work/err" \
  || fail "the rollback failed"
"$json" remediate 'd["mode"] == "rollback" and d["outcome"]["step"] == "ROLLED_BACK"' <"$work/out" \
  || fail "remediate --rollback JSON"
[ "$(sha256sum <"$etc/xrdp/xrdp.ini")" = "$before" ] || fail "xrdp.ini is not the one before the action"
"$root/rdpdoctor" journal --journal "$work/journal" --format json \
  | "$json" journal 'any(e["step"] == "ROLLED_BACK" for e in d["entries"])' \
  || fail "the journal does not record the rollback"
echo "remediation-crash: rolled back; xrdp.ini byte for byte as before; 1 passed, 0 failed"
