#!/usr/bin/env bash
# Screenshots of the workbench, for the README and for review: starts the product under Xvfb with the sample
# inventory, diagnoses every host (the lab's broken servers when the lab is up; as root this script brings it up and
# down), and writes one PNG per main view (inventory and findings, host editor, dashboard, explain, events, the Fix
# wizard's plan, journal). With the lab up, the diagnosed sample is kept as the sample's recorded diagnosis
# (bundles/rdpdoctor.ui/samples/lab-sample.rdpdoctor): File > Open Sample Inventory then shows findings, evidence and
# the dashboard without the lab.
#   releng/bin/screenshots.sh [OUTPUT_DIR]      default: docs/screenshots
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$(realpath -m "${1:-$root/docs/screenshots}")
lab_started=false
cleanup() {
  if $lab_started; then "$root/releng/lab/lab.sh" down >/dev/null 2>&1 || true; fi
  rm -rf "$workspace"
}
workspace=$(mktemp -d)
trap cleanup EXIT
if [ "$(id -u)" = 0 ] && ! "$root/releng/lab/lab.sh" status >/dev/null 2>&1; then
  "$root/releng/lab/lab.sh" up && lab_started=true
fi
command -v xvfb-run >/dev/null || { echo "screenshots: xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 3; }
# the sample's addresses exist only inside the lab: without it nothing is diagnosed (no packet leaves the machine)
diagnose=()
sample="$root/bundles/rdpdoctor.ui/samples/lab-sample.rdpdoctor"
if "$root/releng/lab/lab.sh" status >/dev/null 2>&1; then
  diagnose=(--diagnose --save-as "$workspace/recorded.rdpdoctor")
else
  echo "screenshots: the lab is not up (run as root to bring it up): the views show an undiagnosed inventory" >&2
fi
# the Events view's picture: a real Windows log (../shared/data, its README names the source) when it is there
evtx="$root/../shared/data/evtx/hayabusa-DeepBlueCLI-password-spray.evtx"
[ -f "$evtx" ] && diagnose+=(--events "$evtx")
mkdir -p "$out"
RDPDOCTOR_WORKSPACE="$workspace" timeout 600 xvfb-run -a -s "-screen 0 1400x900x24" "$root/rdpdoctor" workbench \
  --inventory "$sample" "${diagnose[@]}" --screenshots "$out"
ls -l "$out"/*.png
if [ -s "$workspace/recorded.rdpdoctor" ] && grep -q '<runs ' "$workspace/recorded.rdpdoctor"; then
  mv "$workspace/recorded.rdpdoctor" "$sample"   # read whole by the workbench before; replaced whole now
  echo "screenshots: $sample now carries the lab's diagnosis ($(grep -c '<runs ' "$sample") runs)"
fi
