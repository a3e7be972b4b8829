#!/usr/bin/env bash
# Benchmark (not a test): real .evtx files read whole command against whole command, as an admin would export them:
# `rdpdoctor events FILE --format json` against libevtx's `evtxexport -f xml FILE` (Debian's libevtx-utils), both to
# /dev/null, median of RUNS alternating runs, and the ratio. The events each wrote are counted from a run to a file.
# Usage: releng/bench/bench-evtx-file.sh RUNS FILE...   (e.g. files of the public hayabusa-sample-evtx set)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:?usage: bench-evtx-file.sh RUNS FILE...}
shift
[ "$#" -ge 1 ] || { echo "bench-evtx-file: no FILE given" >&2; exit 2; }
command -v evtxexport >/dev/null || { echo "bench-evtx-file: evtxexport is missing (releng/bin/install-test-deps.sh)" >&2; exit 3; }
"$root/rdpdoctor" --version >/dev/null   # builds the product first if needed
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "$(nproc) cores, $(date -u +%Y-%m-%d); median of $runs alternating runs; output to /dev/null"
echo
echo "| file | records (evtxinfo) | RDP Doctor \`events FILE --format json\` | evtxexport \`-f xml FILE\` | ratio |"
echo "|---|---|---|---|---|"
for file in "$@"; do
  [ -r "$file" ] || { echo "bench-evtx-file: cannot read $file" >&2; exit 2; }
  records=$(evtxinfo "$file" 2>/dev/null | sed -n 's/.*Number of records[^0-9]*\([0-9]*\).*/\1/p' | head -n 1)
  "$root/rdpdoctor" events "$file" --format json >"$tmp/ours.json" 2>/dev/null || true
  ours_n=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["events"]))' "$tmp/ours.json" 2>/dev/null || echo "?")
  theirs_n=$(evtxexport -f xml "$file" 2>/dev/null | grep -c '<Event xmlns' || true)
  ours=(); theirs=()
  for _ in $(seq 1 "$runs"); do
    s=$(date +%s%N); "$root/rdpdoctor" events "$file" --format json >/dev/null 2>&1 || true; ours+=("$(ms "$s")")
    s=$(date +%s%N); evtxexport -f xml "$file" >/dev/null 2>&1 || true; theirs+=("$(ms "$s")")
  done
  o=$(printf '%s\n' "${ours[@]}" | median); t=$(printf '%s\n' "${theirs[@]}" | median)
  echo "| $(basename "$file") | $records | $o ms ($ours_n events) | $t ms ($theirs_n events) | $(awk -v a="$o" -v b="$t" 'BEGIN{printf "%.2f", a/b}') |"
done
