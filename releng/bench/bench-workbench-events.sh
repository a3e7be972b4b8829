#!/usr/bin/env bash
# Benchmark (not a test): the Event viewer with EVENTS events in the running workbench under Xvfb: the time until an
# imported .evtx is shown, the heap it takes (after a GC), and per filter change the time until painted and the longest
# UI-thread stall. The file is made by BigEvtx from the records of the real .evtx files in DIR when given.
# Usage: releng/bench/bench-workbench-events.sh [EVENTS] [DIR] [HEAP]   (default 1000000, none, 1g)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
events=${1:-1000000}
samples=${2:-}
heap=${3:-1g}
. "$root/releng/bin/common.sh"
rdpd_find_jdk
command -v xvfb-run >/dev/null || { echo "bench-workbench-events: xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 3; }
"$root/rdpdoctor" help >/dev/null
harness="$root/tests/rdpdoctor.tests.harness/target/classes"
[ -d "$harness/rdpdoctor/tests/harness" ] || "$root/releng/bin/mvn.sh" -B -q -o -pl tests/rdpdoctor.tests.harness -am -DskipTests package
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$JAVA_HOME/bin/javac" -cp "$harness:$root/bundles/rdpdoctor.events/target/classes" -d "$tmp" "$root/releng/bench/BigEvtx.java"
"$JAVA_HOME/bin/java" -cp "$harness:$root/bundles/rdpdoctor.events/target/classes:$tmp" BigEvtx "$tmp/events.evtx" \
  "$events" ${samples:+"$samples"}
echo "machine: $(nproc) cores; heap cap -Xmx$heap; file $(( $(stat -c %s "$tmp/events.evtx") / 1048576 )) MB"
mkdir -p "$tmp/workspace"
RDPDOCTOR_WORKSPACE="$tmp/workspace" RDPDOCTOR_VMARGS="-Xmx$heap" timeout 900 \
  xvfb-run -a -s "-screen 0 1400x900x24" "$root/rdpdoctor" workbench --benchmark-events "$tmp/events.evtx" 2>&1 \
  | grep -E '^Events|OutOfMemory|rdpdoctor:|Exception'
