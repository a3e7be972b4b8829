#!/usr/bin/env bash
# The test command: installs what the tests need, runs the whole build with every test (UI tests under Xvfb),
# then the end-to-end smoke test of ./rdpdoctor, the command line's contract (targets, JSON against its schemas,
# help, manual pages, completion), hostile event files with their time and peak RSS, cold batches on a 2-carrier
# scheduler, the EMF generation check and kill -9 of a remediation mid-apply, the product archives of every platform,
# the example plug-in installed (over HTTPS), updated and uninstalled from the built update site (headless, and in a
# running workbench under Xvfb), and the product updated to a newer build of itself.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
"$root/releng/bin/install-test-deps.sh"
if ! xvfb-run -a -s "-screen 0 1280x1024x24" "$root/releng/bin/mvn.sh" -B --fail-at-end verify "$@"; then
  # the failed tests last, where a CI log's tail shows them: each with its first lines
  echo "== failed tests (umask $(umask)) =="
  find "$root/tests" -path '*/target/surefire-reports/*.txt' -print0 2>/dev/null \
    | xargs -0 -r grep -h -A3 -E '<<< (FAILURE|ERROR)!' | cut -c1-400 | head -n 120
  exit 1
fi
"$root/releng/bin/smoke-test.sh"
"$root/releng/bin/cli-contract-test.sh"
"$root/releng/bin/hostile-files-test.sh"
"$root/releng/bin/stress-cold-batches.sh"
"$root/releng/bin/check-model.sh"
"$root/releng/bin/remediation-crash-test.sh"
"$root/releng/bin/check-archives.sh"
"$root/releng/bin/plugins-install-test.sh"
"$root/releng/bin/workbench-plugins-test.sh"
"$root/releng/bin/product-update-test.sh"     # last: it builds the update site again, with a later qualifier
echo "scripts: 10 passed, 0 failed"   # smoke, command-line contract, hostile files, stress, model, crash, archive, plug-in install, workbench plug-in, product update
