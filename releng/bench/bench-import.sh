#!/usr/bin/env bash
# CSV import benchmark (not a test): a CSV of ROWS hosts (default 785,000, about 50 MB, in 500 groups) imported into
# a new inventory by `rdpdoctor import`: wall time and peak RSS, the heap uncapped and capped at HEAP (default 256m);
# the peer, in the same run: Python's csv module reading the same file row by row (a floor: it builds nothing).
#   releng/bench/bench-import.sh [ROWS] [HEAP]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
rows=${1:-785000}
heap=${2:-256m}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 - "$rows" > "$dir/fleet.csv" <<'PY'
import sys
n = int(sys.argv[1])
print("name,address,port,group,user,tags,notes")
for i in range(n):
    print("host%07d.corp.example.com,10.%d.%d.%d,%d,Site %03d/Rack %02d,CORP\\admin,prod;rds,\"Rack unit %d, bought 2019\"" % (
        i, (i >> 16) & 255, (i >> 8) & 255, i & 255, 3389 + (i % 3), i % 500, i % 20, i % 42))
PY
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(wc -l < "$dir/fleet.csv") lines, $(du -m "$dir/fleet.csv" | cut -f1) MB"
"$root/rdpdoctor" help >/dev/null
measure() { # label, command...
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$dir/time" "$@" >/dev/null 2>"$dir/err" || { cat "$dir/err" >&2; exit 1; }
  read -r wall rss < "$dir/time"
  printf '| %-46s | %8s s | %7d MB |\n' "$label" "$wall" $((rss / 1024))
}
echo "| run | wall | peak RSS |"
echo "|---|---|---|"
measure "rdpdoctor import (heap uncapped)" "$root/rdpdoctor" import "$dir/fleet.csv" --to "$dir/a.rdpdoctor"
RDPDOCTOR_VMARGS="-Xmx$heap" measure "rdpdoctor import (-Xmx$heap)" "$root/rdpdoctor" import "$dir/fleet.csv" \
  --to "$dir/b.rdpdoctor"
measure "peer: python3 csv.reader, rows counted" python3 -c '
import csv, sys
print(sum(1 for _ in csv.reader(open(sys.argv[1], newline="", encoding="utf-8"))))' "$dir/fleet.csv"
echo "inventory: $(du -m "$dir/a.rdpdoctor" | cut -f1) MB, $(grep -c '<hosts ' "$dir/a.rdpdoctor") hosts"
