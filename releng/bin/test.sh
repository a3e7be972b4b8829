#!/usr/bin/env bash
# The test command: installs what the tests need, runs the whole build with every test (UI tests under Xvfb),
# then the end-to-end smoke test of ./rdpdoctor, cold batches on a 2-carrier scheduler and the EMF generation check.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
"$root/releng/bin/install-test-deps.sh"
xvfb-run -a -s "-screen 0 1280x1024x24" "$root/releng/bin/mvn.sh" -B --fail-at-end verify "$@"
"$root/releng/bin/smoke-test.sh"
"$root/releng/bin/stress-cold-batches.sh"
"$root/releng/bin/check-model.sh"
echo "scripts: 3 passed, 0 failed"   # smoke, stress and model checks (each exits non-zero on a failure)
