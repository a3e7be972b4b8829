#!/usr/bin/env bash
# Regenerates bundles/rdpdoctor.model/src from model/rdpdoctor.genmodel with EMF's generator (from Maven Central):
# the generated packages (rdpdoctor.model, .impl, .util; persistence is hand-written) are removed and made afresh, so
# nothing of a renamed or removed class stays behind (releng/bin/check-model.sh compares with the same fresh output).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/bin/common.sh"
rdpd_find_jdk
rdpd_ensure_maven "$root"
bundle="$root/bundles/rdpdoctor.model"
rm -rf "$bundle/src/rdpdoctor/model/impl" "$bundle/src/rdpdoctor/model/util"
find "$bundle/src/rdpdoctor/model" -maxdepth 1 -name '*.java' -delete
"$root/mvnw" -q -B -f "$root/releng/modelgen/modelgen.xml" compile exec:java \
  -Dexec.args="$bundle $bundle/model/rdpdoctor.genmodel"
