#!/usr/bin/env bash
# Benchmark (not a test): reading .evtx files, RDP Doctor against libevtx's evtxexport (Debian's libevtx-utils) on
# the same files in the same run.
#  1. one large file of EVENTS events written by the test harness's EvtxWriter (the format libevtx documents; read by
#     evtxexport too), made of the records of the real files in DIR when given (provider, ID, level, channel,
#     computer and the first two data values of each, repeated): wall time and events per second of
#     `rdpdoctor events FILE --format csv` and of
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
"$JAVA_HOME/bin/javac" -cp "$harness:$root/bundles/rdpdoctor.events/target/classes" -d "$tmp" \
  "$root/releng/bench/BigEvtx.java"
"$JAVA_HOME/bin/java" -cp "$harness:$root/bundles/rdpdoctor.events/target/classes:$tmp" BigEvtx "$tmp/big.evtx" \
  "$events" ${samples:+"$samples"}
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
  mapfile -t list < <(find "$samples" -type f -name '*.evtx' -size +0 | sort)
  s=$(date +%s%N)
  total=$("$root/rdpdoctor" events "${list[@]}" --format csv 2>/dev/null | tail -n +2 | wc -l || true)
  so=$(ms "$s")
  s=$(date +%s%N)
  total_t=0
  for f in "${list[@]}"; do
    n=$(evtxexport "$f" 2>/dev/null | grep -c '^Event number' || true)
    total_t=$((total_t + n))
  done
  st=$(ms "$s")
  echo "| ${#list[@]} real files from $samples (one rdpdoctor run; one evtxexport per file) | $so ms, $total events | $st ms, $total_t events |"
fi
