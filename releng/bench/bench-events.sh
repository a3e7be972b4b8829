#!/usr/bin/env bash
# Benchmark (not a test): reading .evtx files, RDP Doctor against libevtx's evtxexport (Debian's libevtx-utils) on
# the same files in the same run.
#  1. one large file of EVENTS events written by the test harness's EvtxWriter (the format libevtx documents; read by
#     evtxexport too): wall time and events per second of `rdpdoctor events FILE --format csv` and of
#     `evtxexport FILE` (text), both to /dev/null, median of RUNS;
#  2. with a DIR of real .evtx files (e.g. a clone of a public sample collection), every file of it the same way,
#     and whether both read the same number of events from each.
# Usage: releng/bench/bench-events.sh [EVENTS] [RUNS] [DIR]   (default 500000 3)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
events=${1:-500000}
runs=${2:-3}
samples=${3:-}
. "$root/releng/bin/common.sh"
rdpd_find_jdk
command -v evtxexport >/dev/null || { echo "bench-events: evtxexport is missing (releng/bin/install-test-deps.sh)" >&2; exit 3; }
"$root/rdpdoctor" help >/dev/null   # builds the product first if needed
harness="$root/tests/rdpdoctor.tests.harness/target/classes"
[ -d "$harness/rdpdoctor/tests/harness" ] || "$root/releng/bin/mvn.sh" -B -q -o -pl tests/rdpdoctor.tests.harness -am -DskipTests package
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/Big.java" <<JAVA
import java.nio.file.Path;
import java.time.Instant;
import rdpdoctor.tests.harness.EvtxWriter;
public class Big {
  public static void main(String[] a) throws Exception {
    EvtxWriter w = new EvtxWriter();
    String[] providers = { "Schannel", "Microsoft-Windows-TerminalServices-RemoteConnectionManager", "Service Control Manager" };
    int[] ids = { 36870, 1149, 7036, 261, 36874 };
    for (int i = 1; i <= Integer.parseInt(a[1]); i++) {
      w.add(new EvtxWriter.Event(i, Instant.parse("2026-11-01T00:00:00Z").plusSeconds(i), providers[i % 3], ids[i % 5],
          2 + i % 3, "System", "TS" + (i % 50) + ".corp.example", "user" + (i % 300), "10.0." + (i % 250) + "." + (i % 200)));
    }
    w.write(Path.of(a[0]));
  }
}
JAVA
"$JAVA_HOME/bin/javac" -cp "$harness" -d "$tmp" "$tmp/Big.java"
"$JAVA_HOME/bin/java" -cp "$harness:$tmp" Big "$tmp/big.evtx" "$events"
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ours=(); theirs=()
for _ in $(seq 1 "$runs"); do
  s=$(date +%s%N); "$root/rdpdoctor" events "$tmp/big.evtx" --format csv >/dev/null; ours+=("$(ms "$s")")
  s=$(date +%s%N); evtxexport "$tmp/big.evtx" >/dev/null 2>&1; theirs+=("$(ms "$s")")
done
o=$(printf '%s\n' "${ours[@]}" | median); t=$(printf '%s\n' "${theirs[@]}" | median)
size=$(( $(stat -c %s "$tmp/big.evtx") / 1048576 ))
echo "$(nproc) cores, $(date -u +%Y-%m-%d); median of $runs runs; output to /dev/null"
echo
echo "| file | RDP Doctor (events --format csv) | evtxexport (text) |"
echo "|---|---|---|"
echo "| $events events, $size MB (EvtxWriter) | $o ms, $(( events * 1000 / (o > 0 ? o : 1) )) events/s | $t ms, $(( events * 1000 / (t > 0 ? t : 1) )) events/s |"
if [ -n "$samples" ]; then
  list=$(find "$samples" -type f -name '*.evtx' -size +0 | sort)
  n=$(printf '%s\n' "$list" | grep -c .)
  s=$(date +%s%N)
  printf '%s\n' "$list" | while read -r f; do "$root/rdpdoctor" events "$f" --format csv 2>/dev/null | tail -n +2 | wc -l; done >"$tmp/ours.txt"
  so=$(ms "$s")
  s=$(date +%s%N)
  printf '%s\n' "$list" | while read -r f; do evtxexport "$f" 2>/dev/null | grep -c '^Event number' || true; done >"$tmp/theirs.txt"
  st=$(ms "$s")
  same=$(paste -d' ' "$tmp/ours.txt" "$tmp/theirs.txt" | awk '$1 == $2' | wc -l)
  total=$(paste -sd+ "$tmp/ours.txt" | bc); total_t=$(paste -sd+ "$tmp/theirs.txt" | bc)
  echo "| $n real files from $samples, one process per file | $so ms, $total events | $st ms, $total_t events |"
  echo
  echo "files where both read the same number of events: $same of $n"
fi
