#!/usr/bin/env bash
# Hostile event files through the built product, each with its time and peak RSS printed (GNU time's %M):
# a self-multiplying .evtx record (40^6 renderings from 300 bytes), an event XML file with one 96 MB text node,
# a journalctl -o json line of 96 MB, an xrdp log line of 96 MB, journal entries of unexpected JSON types and
# bytes that are not UTF-8. Each must end within its deadline and under the memory bound below, with the damage
# named on standard error (file and place), exit 1 where something could not be read (never 0 after damage), no
# Java stack trace or OutOfMemoryError, and no control character from the file on the terminal.
# PEERS=1 also times a peer reading the same file in the same run (libevtx's evtxexport, Python's expat, jq, grep):
# the figures BENCHMARKS.md quotes.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
rd="$root/rdpdoctor"
harness="$root/tests/rdpdoctor.tests.harness/target/classes"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
deadline=120        # seconds a case may take: a bound, not a benchmark
bound_kb=$((1536 * 1024))   # peak RSS a case may reach: the product's heap is far smaller, so this catches a leak
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
fail() { echo "hostile-files: FAILED: $*" >&2; head -c 3000 "$work/err" >&2 || true; exit 1; }
[ -d "$harness/rdpdoctor/tests/harness" ] || fail "the test harness is not built (run the build first: releng/bin/test.sh)"
"$rd" --version >/dev/null   # builds the product if needed

"$java" -cp "$harness" rdpdoctor.tests.harness.HostileEvtx "$work"
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
big = 96 * 1024 * 1024
with open(f"{work}/huge-text.xml", "w") as f:   # Event Viewer / wevtutil XML with one enormous text node
    f.write('<Events><Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System>'
            '<Provider Name="Microsoft-Windows-TerminalServices-RemoteConnectionManager"/><EventID>1149</EventID>'
            '<TimeCreated SystemTime="2026-12-01T10:00:00.000Z"/><Computer>TS01</Computer></System><EventData>'
            '<Data Name="Param1">')
    chunk = "A\u202eevil\u009b31m " * 4096   # bidi and C1 controls: legal XML, obeyed by terminals
    for _ in range(big // len(chunk)):
        f.write(chunk)
    f.write('</Data></EventData></Event></Events>\n')
with open(f"{work}/huge-line.json", "w") as f:   # journalctl -o json: one line of 96 MB, then a good entry
    f.write('{"__REALTIME_TIMESTAMP":"1764583767123456","_COMM":"xrdp","MESSAGE":"')
    f.write("x" * big)
    f.write('"}\n')
    f.write(json.dumps({"__REALTIME_TIMESTAMP": "1764583768123456", "_COMM": "xrdp", "MESSAGE": "after the long line"}) + "\n")
with open(f"{work}/types.json", "w") as f:   # entries of other JSON types, between two good ones
    f.write(json.dumps({"__REALTIME_TIMESTAMP": "1764583767000000", "_COMM": "xrdp", "MESSAGE": "first"}) + "\n")
    f.write('{"__REALTIME_TIMESTAMP":"1764583767100000","MESSAGE":[{}]}\n[null]\n"text"\n'
            '{"__REALTIME_TIMESTAMP":"1764583767200000","MESSAGE":{"a":1}}\n{"MESSAGE":"no time"}\n')
    f.write(json.dumps({"__REALTIME_TIMESTAMP": "1764583768000000", "_COMM": "xrdp", "MESSAGE": "last"}) + "\n")
with open(f"{work}/xrdp.log", "wb") as f:   # an xrdp log: a 96 MB line, bytes that are not UTF-8, good lines
    f.write(b"[20261201-10:00:00] [INFO ] starting xrdp with pid 100\n")
    f.write(b"[20261201-10:00:01] [ERROR] " + b"y" * big + b"\n")
    f.write(b"[20261201-10:00:02] [ERROR] bad bytes \xff\xfe\xc3( here\n")
    f.write(b"[20261201-10:00:03] [INFO ] listening to port 3389 on 0.0.0.0\n")
PY

# run FILE FORMAT EXPECTED-EXIT ERR-WORDS OUT-WORDS: runs events FILE --format FORMAT and checks what it did
run() {
  local file=$1 format=$2 expected=$3 err_words=$4 out_words=$5 code
  set +e
  /usr/bin/time -f '%e %M' -o "$work/time" timeout "$deadline" "$rd" events "$work/$file" --format "$format" \
    >"$work/out" 2>"$work/err"
  code=$?
  set -e
  read -r seconds peak_kb < <(tail -n 1 "$work/time") || fail "$file: no figures from time"   # after "Command exited with ..."
  printf 'hostile-files: %-18s %-4s exit %s  %6s s  peak RSS %5d MB  out %d bytes\n' "$file" "$format" "$code" "$seconds" \
    $((peak_kb / 1024)) "$(stat -c %s "$work/out")"
  [ "$code" != 124 ] || fail "$file: still running after ${deadline} s"
  [ "$code" = "$expected" ] || fail "$file: exit $code, expected $expected"
  [ "$peak_kb" -le "$bound_kb" ] || fail "$file: peak RSS $((peak_kb / 1024)) MB, bound $((bound_kb / 1024)) MB"
  if grep -q -E 'OutOfMemoryError|^\s+at [a-z]+\.|Exception in thread' "$work/err" "$work/out"; then
    fail "$file: a stack trace or OutOfMemoryError"
  fi
  [ "$(stat -c %s "$work/out")" -le $((16 * 1024 * 1024)) ] || fail "$file: more than 16 MB of output"
  # C0 and C1 controls, bidi overrides and isolates: a terminal obeys them, so none may come out raw
  python3 -c '
import sys
for name in sys.argv[1:]:
    text = open(name, encoding="utf-8", errors="replace").read()
    bad = [c for c in set(text) if (ord(c) < 32 and c not in "\t\n\r") or 0x7f <= ord(c) <= 0x9f
           or 0x202a <= ord(c) <= 0x202e or 0x2066 <= ord(c) <= 0x2069]
    if bad:
        sys.exit(name + ": raw " + ", ".join("U+%04X" % ord(c) for c in sorted(bad)))' "$work/out" "$work/err" \
    || fail "$file: a control character reached the terminal"
  local word
  IFS='|' read -r -a words <<<"$err_words"
  for word in "${words[@]}"; do grep -q -F -- "$word" "$work/err" || fail "$file: standard error lacks '$word'"; done
  IFS='|' read -r -a words <<<"$out_words"
  for word in "${words[@]}"; do grep -q -F -- "$word" "$work/out" || fail "$file: the events lack '$word'"; done
  passed=$((passed + 1))
}

# peer FILE COMMAND...: the same file read by another tool (PEERS=1), its time and peak RSS beside ours
peer() {
  [ "${PEERS:-0}" = 1 ] || return 0
  local file=$1; shift
  /usr/bin/time -f '%e %M' -o "$work/time" timeout "$deadline" "$@" "$work/$file" >/dev/null 2>&1 || true
  read -r seconds peak_kb < <(tail -n 1 "$work/time")
  printf 'hostile-files:   peer %-22s %6s s  peak RSS %5d MB\n' "$(basename "$1")" "$seconds" $((peak_kb / 1024))
}

run multiplying.evtx csv 1 "multiplying.evtx|more than" ""
peer multiplying.evtx evtxexport
run huge-text.xml json 0 "" "1149|cut at 1048576 characters"
run huge-text.xml text 0 "" "1149|Param1=A\u202Eevil\u009B31m"
peer huge-text.xml python3 -c 'import sys, xml.sax; xml.sax.parse(sys.argv[1], xml.sax.ContentHandler())'
run huge-line.json csv 1 "huge-line.json:1: a journal entry of|skipped" "after the long line"
peer huge-line.json jq -c .MESSAGE
run types.json csv 1 "types.json:2: not a journal entry (MESSAGE is an array of something other|types.json:3:|types.json:4:|types.json:5: not a journal entry (MESSAGE is a JSON object|types.json:6: not a journal entry (no __REALTIME_TIMESTAMP" "first|last"
run xrdp.log csv 1 "xrdp.log: 3 characters were not UTF-8" "listening to port 3389|bad bytes|[line cut at 65536 of 100663324 characters]"
peer xrdp.log grep -a -c ERROR
echo "hostile-files: $passed passed (bounds: ${deadline} s, $((bound_kb / 1024)) MB peak RSS each)"
