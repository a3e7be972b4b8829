#!/usr/bin/env bash
# Checks that the committed EMF code is what EMF's generator makes of model/rdpdoctor.genmodel: in a copy of
# bundles/rdpdoctor.model the generated packages (rdpdoctor.model, .impl, .util) are removed and generated afresh,
# then compared with the committed ones; any difference fails, so generated code is never edited by hand. (The model
# has no @generated NOT methods; once it has, they must be kept out of this comparison.)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/bin/common.sh"
rdpd_find_jdk
rdpd_ensure_maven "$root"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
copy="$work/rdpdoctor.model"
mkdir -p "$copy"
(cd "$root/bundles/rdpdoctor.model" && tar --exclude=./target --exclude=./bin -cf - .) | (cd "$copy" && tar -xf -)
rm -rf "$copy/src/rdpdoctor/model/impl" "$copy/src/rdpdoctor/model/util"
find "$copy/src/rdpdoctor/model" -maxdepth 1 -name '*.java' -delete
"$root/mvnw" -q -B -f "$root/releng/modelgen/modelgen.xml" compile exec:java \
  -Dexec.args="$copy $copy/model/rdpdoctor.genmodel" >"$work/generate.log" 2>&1 \
  || { cat "$work/generate.log" >&2; echo "check-model: the generator failed" >&2; exit 1; }
if ! diff -r -u --exclude=target --exclude=bin "$root/bundles/rdpdoctor.model" "$copy" >"$work/diff" 2>&1; then
  head -n 80 "$work/diff" >&2
  echo "check-model: FAILED: the committed model code differs from what EMF generates (releng/bin/generate-model.sh)" >&2
  exit 1
fi
echo "check-model: the committed EMF code is what the generator makes of rdpdoctor.genmodel"
