#!/usr/bin/env bash
# Regenerates bundles/rdpdoctor.model/src from model/rdpdoctor.genmodel with EMF's generator (from Maven Central).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/bin/common.sh"
rdpd_find_jdk
rdpd_ensure_maven "$root"
bundle="$root/bundles/rdpdoctor.model"
"$root/mvnw" -q -B -f "$root/releng/modelgen/modelgen.xml" compile exec:java \
  -Dexec.args="$bundle $bundle/model/rdpdoctor.genmodel"
