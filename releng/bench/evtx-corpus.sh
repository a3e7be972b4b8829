#!/usr/bin/env bash
# Check (not a test): RDP Doctor's .evtx reader against libevtx on every .evtx file of DIR (e.g. a checkout of
# Yamato-Security/hayabusa-sample-evtx, 598 files): per file, the records read against evtxinfo's count of current
# records, and the record and event IDs in order against evtxexport's where evtxexport reads the file. Prints the files
# that differ and a summary line. Needs libevtx-utils and a built tree (releng/bin/mvn.sh -DskipTests package).
# Usage: releng/bench/evtx-corpus.sh DIR
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/bin/common.sh"
rdpd_find_jdk
dir=${1:?usage: evtx-corpus.sh DIR}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
classes="$root/bundles/rdpdoctor.events/target/classes"
"$JAVA_HOME/bin/javac" -d "$tmp" -cp "$classes" "$root/releng/bench/EvtxCorpus.java"
total=0; same=0; whole=0; ours_only=0; neither=0; noted=0
while IFS= read -r -d '' file; do
  total=$((total + 1))
  "$JAVA_HOME/bin/java" -XX:TieredStopAtLevel=1 -cp "$classes:$tmp" EvtxCorpus "$file" >"$tmp/ours" 2>/dev/null || true
  records=$(sed -n 's/^records //p' "$tmp/ours"); damaged=$(sed -n 's/^damage //p' "$tmp/ours")
  [ "$(sed -n 's/^notes //p' "$tmp/ours")" = 0 ] || noted=$((noted + 1))
  counted=$(timeout 120 evtxinfo "$file" 2>/dev/null | sed -n 's/.*Number of records[^:]*: *//p' | head -n 1)
  timeout 120 evtxexport -f xml "$file" 2>/dev/null | python3 -c '
import re, sys
for event in re.findall(r"<Event[ >].*?</Event>", sys.stdin.read(), re.S):
    i = re.search(r"<EventID[^>]*>(\d+)</EventID>", event); r = re.search(r"<EventRecordID>(\d+)</EventRecordID>", event)
    if i and r: print("id %s:%s" % (r.group(1), i.group(1)))' >"$tmp/theirs" || true
  grep '^id ' "$tmp/ours" >"$tmp/ours.ids" || true
  if [ -s "$tmp/theirs" ]; then
    if cmp -s "$tmp/theirs" "$tmp/ours.ids"; then same=$((same + 1)); else echo "differs from evtxexport: $file"; fi
  elif [ "${damaged:-1}" = 0 ] && [ -n "$counted" ] && [ "$records" = "$counted" ]; then
    ours_only=$((ours_only + 1)); echo "evtxexport reads nothing, RDP Doctor all $records records: $file"
  else
    neither=$((neither + 1)); echo "neither reads it whole (RDP Doctor $records of ${counted:-?}): $file"
  fi
  [ "${damaged:-1}" = 0 ] && [ "$records" = "${counted:-x}" ] && whole=$((whole + 1))
done < <(find "$dir" -name '*.evtx' -type f -print0 | sort -z)
echo "evtx corpus: $total files; RDP Doctor reads every current record (evtxinfo's count) of $whole without damage;"
echo "  same record and event IDs as evtxexport in $same of the files it reads; $ours_only read whole only by RDP Doctor;"
echo "  $neither read whole by neither; $noted with records left in a chunk's free space (a note)"
