#!/usr/bin/env bash
# Screenshots of the workbench, for the README and for review: starts the product under Xvfb with the sample
# inventory, diagnoses every host (the lab's broken servers when the lab is up; as root this script brings it up and
# down), and writes one PNG per main view.
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
if "$root/releng/lab/lab.sh" status >/dev/null 2>&1; then
  diagnose=(--diagnose)
else
  echo "screenshots: the lab is not up (run as root to bring it up): the views show an undiagnosed inventory" >&2
fi
mkdir -p "$out"
RDPDOCTOR_WORKSPACE="$workspace" timeout 600 xvfb-run -a -s "-screen 0 1400x900x24" "$root/rdpdoctor" workbench \
  --inventory "$root/bundles/rdpdoctor.ui/samples/lab-sample.rdpdoctor" "${diagnose[@]}" --screenshots "$out"
ls -l "$out"/*.png
