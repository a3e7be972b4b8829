#!/usr/bin/env bash
# An update of the product itself from a newer site: an unpacked copy of the built headless product is kept, the
# update site and products are built again (offline, no tests) with a later qualifier, and `rdpdoctor plugins update
# --repository NEWSITE` moves the product to the new build; `rdpdoctor --version` then prints the new version and a
# diagnosis still runs. The newer build sets the build property rdpdoctor.updateSite: the updated product lists that
# site (its p2.inf) among its update sites. Run after the full build (it rebuilds releng/rdpdoctor.repository in place, about 2 minutes).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/bin/common.sh"
rdpd_find_jdk
products="$root/releng/rdpdoctor.repository/target/products"
site="$root/releng/rdpdoctor.repository/target/repository"
fail() { echo "product update: FAILED: $*" >&2; exit 1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
[ -f "$products/rdpdoctor-headless-linux.gtk.x86_64.tar.gz" ] || fail "no headless archive: build first"
tar xzf "$products/rdpdoctor-headless-linux.gtk.x86_64.tar.gz" -C "$work"
rdpd() { JAVA_HOME="$JAVA_HOME" timeout 300 "$work/rdpdoctor-headless/rdpdoctor" "$@"; }
old=$(rdpd --version)

# the next build: the same sources with a later qualifier (the minute's, plus a letter: later even within a minute)
qualifier="$(date -u +%Y%m%d%H%M)u"
listed="file:$work/listed-site/"   # only listed, never read: no update reads a site it is not given
"$root/releng/bin/mvn.sh" -B -q -o -DskipTests -DforceContextQualifier="$qualifier" -Drdpdoctor.updateSite="$listed" verify \
  -pl releng/rdpdoctor.repository -am >"$work/build.txt" 2>&1 || fail "the newer build failed: $(tail -30 "$work/build.txt")"
cp -r "$site" "$work/newer-site"

rdpd plugins update --repository "$work/newer-site" --trust-unsigned >"$work/update.txt" 2>&1 \
  || fail "update: $(cat "$work/update.txt")"
grep -q "rdpdoctor.headless .* -> .*$qualifier" "$work/update.txt" \
  || fail "the product was not updated to the $qualifier build: $(cat "$work/update.txt")"
new=$(rdpd --version)
[[ $new == *"$qualifier"* ]] || fail "after the update rdpdoctor --version says '$new' (was '$old')"
rdpd plugins list >"$work/list.txt" 2>&1 || fail "plugins list: $(cat "$work/list.txt")"
grep -qxF "Update site: $listed" "$work/list.txt" \
  || fail "the build's rdpdoctor.updateSite is not listed after the update: $(cat "$work/list.txt")"
set +e; rdpd diagnose 127.0.0.1:1 --timeout-ms 1000 >"$work/diagnose.txt" 2>&1; code=$?; set -e
[ "$code" = 1 ] && grep -q PORT_CLOSED "$work/diagnose.txt" || fail "the updated product does not diagnose ($code): $(cat "$work/diagnose.txt")"
rdpd plugins update --repository "$work/newer-site" --trust-unsigned >"$work/again.txt" 2>&1 \
  || fail "second update failed"
grep -q 'nothing to update' "$work/again.txt" || fail "a second update changed something: $(cat "$work/again.txt")"
echo "product update: '$old' -> '$new' from a newer site"
