#!/usr/bin/env bash
# Workbench benchmark (not a test): an inventory of HOSTS hosts in HOSTS/20 groups with five findings per host is
# written, then measured inside the real product under Xvfb: loading the file alone (the peer, no UI), opening it until
# the navigator has painted, heap used, the Findings view's filter time per keystroke, save, expanding every group,
# and importing as many hosts from CSV, with the longest UI-thread stall of each. The heap is capped at
# HEAP (default 300m) so that staying within it is part of the run.
#   releng/bench/bench-workbench.sh [HOSTS] [HEAP]        default: 10000 300m
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
hosts=${1:-10000}
heap=${2:-300m}
workspace=$(mktemp -d)
trap 'rm -rf "$workspace"' EXIT
command -v xvfb-run >/dev/null || { echo "bench-workbench: xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 3; }
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; heap cap -Xmx$heap"
RDPDOCTOR_WORKSPACE="$workspace" RDPDOCTOR_VMARGS="-Xmx$heap" timeout 600 \
  xvfb-run -a -s "-screen 0 1400x900x24" "$root/rdpdoctor" workbench --benchmark "$hosts" 2>&1 \
  | grep -E '^(benchmark|peer|open|heap|Findings|Inventory|save|navigator|import|rename)|OutOfMemory|rdpdoctor:|Exception'
