#!/usr/bin/env bash
# Coverage-guided fuzzing of RDP Doctor's protocol parsers with Jazzer (not part of CI).
#   releng/fuzz/fuzz.sh [SECONDS_PER_TARGET]   default 60; prints executions and crashes per target
#   FUZZ_TARGETS="rdpdoctor.events.FuzzEvtxChunk" FUZZ_RUNS=10000000 releng/fuzz/fuzz.sh 3600
#     only those targets, until that many executions (or the seconds); an input slower than FUZZ_TIMEOUT seconds
#     (default 1) counts as a crash
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/bin/common.sh"
rdpd_find_jdk
rdpd_ensure_maven "$root"
seconds=${1:-60}
dir="$root/releng/fuzz"
"$root/mvnw" -q -B -f "$dir/fuzz.xml" compile
cp="$dir/target/classes:$(cat "$dir/target/classpath.txt")"
# a seed for the .evtx chunk target: a chunk of a file the test harness's EvtxWriter writes (when it is built)
harness="$root/tests/rdpdoctor.tests.harness/target/classes"
seeds="$dir/target/work/FuzzEvtxChunk/corpus"
mkdir -p "$seeds"
if [ -d "$harness/rdpdoctor/tests/harness" ] && [ ! -s "$seeds/seed" ]; then
  "$JAVA_HOME/bin/java" -cp "$harness" rdpdoctor.tests.harness.EvtxWriter "$dir/target/seed.evtx"
  # the first chunk after its signature, its first 8 KiB (header, tables, the first records): whole chunks run at
  # ~900 executions/s, 8 KiB inputs at ~6,000
  { tail -c +4105 "$dir/target/seed.evtx" || true; } | head -c 8184 >"$seeds/seed"   # tail ends by SIGPIPE
fi
targets=${FUZZ_TARGETS:-rdpdoctor.probes.net.x224.FuzzConnectionConfirm rdpdoctor.probes.net.tls.FuzzServerHello
  rdpdoctor.probes.net.ntlm.FuzzNtlm rdpdoctor.events.FuzzEvtxChunk rdpdoctor.events.FuzzEventXml}
runs_limit=()
[ -z "${FUZZ_RUNS:-}" ] || runs_limit=(-runs="$FUZZ_RUNS")
for target in $targets; do
  work="$dir/target/work/${target##*.}"
  mkdir -p "$work/corpus"
  log="$work/jazzer.log"
  set +e
  (cd "$work" && "$JAVA_HOME/bin/java" -cp "$cp" com.code_intelligence.jazzer.Jazzer --target_class="$target" \
    --instrumentation_includes='rdpdoctor.**' -max_total_time="$seconds" "${runs_limit[@]}" \
    -timeout="${FUZZ_TIMEOUT:-1}" -max_len=8192 -print_final_stats=1 corpus \
    >"$log" 2>&1)
  code=$?
  set -e
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -1)
  crashes=$(find "$work" -maxdepth 1 -name 'crash-*' | wc -l)
  echo "fuzz: ${target##*.}: ${runs:-?} executions in ${seconds} s, $crashes crashes, exit $code (log: $log)"
done
