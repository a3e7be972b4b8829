#!/usr/bin/env bash
# Installs the example plug-in (the RD Gateway diagnosis) from the built update site into an unpacked copy of the
# headless product with its own `rdpdoctor plugins`, runs a diagnosis against a real HTTPS server (nginx on loopback,
# answering as an RD Gateway does) and sees the plug-in's probe evidence and finding; updates it from a newer site
# (the same plug-in published again by p2's publisher with a higher version); uninstalls it and sees it gone, its
# jar removed. The install comes from the same site served over HTTPS by nginx with a certificate of the test's own CA
# (refused, then trusted with --ca-file and the settings file's tls.caFile; an expired one named). Needs nginx and openssl (install-test-deps.sh) and a built repository (releng/rdpdoctor.repository).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/bin/common.sh"
rdpd_find_jdk
site="$root/releng/rdpdoctor.repository/target/repository"
archive="$root/releng/rdpdoctor.repository/target/products/rdpdoctor-headless-linux.gtk.x86_64.tar.gz"
feature=com.example.rdpdoctor.rdgateway.feature
fail() { echo "plugins: FAILED: $*" >&2; [ -f "$work/nginx/error.log" ] && tail -5 "$work/nginx/error.log" >&2; exit 1; }
work=$(mktemp -d)
cleanup() {
  for pid in "$work"/nginx/nginx.pid "$work"/https/*/nginx.pid; do [ -f "$pid" ] && kill "$(cat "$pid")" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT
[ -f "$archive" ] || fail "no $archive: build first"
tar xzf "$archive" -C "$work"
rdpd() { JAVA_HOME="$JAVA_HOME" timeout 300 "$work/rdpdoctor-headless/rdpdoctor" "$@"; }

# an HTTPS server on loopback answering the gateway's HTTP transport as an RD Gateway does, its certificate expired
address=127.0.0.99
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.99", 0)); print(s.getsockname()[1]); s.close()')
"$root/releng/lab/nginx-gateway.sh" "$work/nginx" "$address" "$port" || fail "nginx did not start"
diagnose() { rdpd diagnose "$address" --timeout-ms 3000 --format json --ca-file "$work/nginx/ca.pem" \
  --set "com.example.rdgateway.address=$address:$port" >"$work/result.json" || true; }
# without the plug-in: its probe does not run, and its setting is refused (no installed plug-in declares it)
absent() {
  rdpd diagnose "$address" --timeout-ms 3000 --format json >"$work/result.json" || true
  grep -q '"hosts"' "$work/result.json" || fail "no diagnosis $1: $(head -c 500 "$work/result.json")"
  ! grep -q 'com.example.rdgateway' "$work/result.json" || fail "the gateway probe ran $1"
  set +e; rdpd diagnose "$address" --set "com.example.rdgateway.address=$address:$port" >/dev/null 2>"$work/set.txt"
  code=$?; set -e
  [ "$code" = 2 ] && grep -q 'com.example.rdgateway.address: no installed plug-in declares this setting' "$work/set.txt" \
    || fail "--set of the plug-in's setting $1 was not refused: exit $code: $(cat "$work/set.txt")"
}

rdpd plugins list >"$work/list.txt" || fail "plugins list: $(cat "$work/list.txt")"
grep -q 'rdpdoctor.headless' "$work/list.txt" || fail "plugins list does not show the product: $(cat "$work/list.txt")"
rdpd plugins list --repository "$site" >"$work/site.txt" || fail "plugins list --repository failed"
grep -q 'RDP Doctor: examples' "$work/site.txt" || fail "the site shows no examples category: $(cat "$work/site.txt")"
grep -q "$feature" "$work/site.txt" || fail "the site does not list $feature"
json="$root/releng/bin/check-json.py"   # the JSON of plugins against docs/schemas/plugins.schema.json
rdpd plugins list --repository "$site" --format json | "$json" plugins \
  "any(f['id'] == '$feature' and not f['installed'] for f in d['available'])" || fail "plugins list --format json"
rdpd plugins list --format json | "$json" plugins "d['updateSites'] == []" \
  || fail "listing a site made it one that updates come from"

absent "before the plug-in was installed"

# the same site over HTTPS (nginx on loopback), its certificate from a CA of the team's own: refused with the
# certificate named until that CA is given (--ca-file or tls.caFile in the settings file); an expired one named so
https_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.98", 0)); print(s.getsockname()[1]); s.close()'; }
good=$(https_port); "$root/releng/lab/nginx-site.sh" "$work/https" 127.0.0.98 "$good" "$site" || fail "nginx (site)"
stale=$(https_port); "$root/releng/lab/nginx-site.sh" "$work/https" 127.0.0.98 "$stale" "$site" expired || fail "nginx"
https="https://127.0.0.98:$good/"
set +e
rdpd plugins list --repository "$https" >"$work/https.txt" 2>&1; code=$?
set -e
[ "$code" = 3 ] && grep -q 'its certificate is not trusted: it was not issued by a CA' "$work/https.txt" \
  && grep -q "CN=update site $good" "$work/https.txt" && grep -q 'SHA-256 [0-9A-F][0-9A-F]:' "$work/https.txt" \
  && grep -q -- '--ca-file' "$work/https.txt" || fail "an untrusted site certificate was not named: exit $code: $(cat "$work/https.txt")"
! grep -q -E 'at (org|java|sun)\.' "$work/https.txt" || fail "a stack trace reached the user: $(cat "$work/https.txt")"
rdpd plugins list --repository "$https" --ca-file "$work/https/ca.pem" >"$work/https.txt" 2>&1 \
  && grep -q "$feature" "$work/https.txt" || fail "the site of the team's CA with --ca-file: $(cat "$work/https.txt")"
mkdir -p "$work/config/rdpdoctor"
printf 'tls.caFile = %s\n' "$work/https/ca.pem" >"$work/config/rdpdoctor/settings.properties"
XDG_CONFIG_HOME="$work/config" rdpd plugins list --repository "$https" >"$work/https.txt" 2>&1 \
  && grep -q "$feature" "$work/https.txt" || fail "the settings file's tls.caFile: $(cat "$work/https.txt")"
set +e
rdpd plugins list --repository "https://127.0.0.98:$stale/" --ca-file "$work/https/ca.pem" >"$work/https.txt" 2>&1; code=$?
set -e
[ "$code" = 3 ] && grep -q 'its certificate is not trusted: it expired on 2020-01-31' "$work/https.txt" \
  || fail "an expired site certificate was not named: exit $code: $(cat "$work/https.txt")"
echo "plugins: HTTPS site refused without its CA (named, with fingerprint), read with --ca-file and tls.caFile, expired named"

# a hand-made site whose unit would write outside the product (artifact id ../../trav/T) and chmod a file in /tmp
# 4777: refused from the plan, before anything is fetched or run
evil="$work/evil-site"; mkdir -p "$evil"
cat >"$evil/content.xml" <<'XML'
<?xml version='1.0' encoding='UTF-8'?>
<?metadataRepository version='1.2.0'?>
<repository name='evil' type='org.eclipse.equinox.internal.p2.metadata.repository.LocalMetadataRepository' version='1'>
  <units size='2'>
    <unit id='evil.feature.group' version='1.0.0'>
      <properties size='1'><property name='org.eclipse.equinox.p2.type.group' value='true'/></properties>
      <provides size='1'><provided namespace='org.eclipse.equinox.p2.iu' name='evil.feature.group' version='1.0.0'/></provides>
      <requires size='1'><required namespace='org.eclipse.equinox.p2.iu' name='evil.bundle' range='[1.0.0,1.0.0]'/></requires>
      <touchpoint id='null' version='0.0.0'/>
    </unit>
    <unit id='evil.bundle' version='1.0.0'>
      <provides size='1'><provided namespace='org.eclipse.equinox.p2.iu' name='evil.bundle' version='1.0.0'/></provides>
      <artifacts size='1'><artifact classifier='binary' id='../../trav/T' version='1.0.0'/></artifacts>
      <touchpoint id='org.eclipse.equinox.p2.native' version='1.0.0'/>
      <touchpointData size='1'><instructions size='1'><instruction key='install'>unzip(source:@artifact,target:${installFolder}/../evil);chmod(targetDir:/tmp,targetFile:x,permissions:4777);</instruction></instructions></touchpointData>
    </unit>
  </units>
</repository>
XML
cat >"$evil/artifacts.xml" <<'XML'
<?xml version='1.0' encoding='UTF-8'?>
<?artifactRepository version='1.1.0'?>
<repository name='evil' type='org.eclipse.equinox.p2.artifact.repository.simpleRepository' version='1'>
  <properties size='0'/>
  <mappings size='1'><rule filter='(&amp; (classifier=binary))' output='${repoUrl}/binary/${id}_${version}'/></mappings>
  <artifacts size='1'><artifact classifier='binary' id='../../trav/T' version='1.0.0'><properties size='0'/></artifact></artifacts>
</repository>
XML
set +e
rdpd plugins install --repository "$evil" evil --trust-unsigned >"$work/evil.txt" 2>&1; code=$?
set -e
[ "$code" = 3 ] && grep -q "artifact '../../trav/T'" "$work/evil.txt" && grep -q "chmod on targetDir '/tmp'" "$work/evil.txt" \
  && grep -q "unzip on target '\${installFolder}/../evil'" "$work/evil.txt" \
  || fail "the hand-made site's unit was not refused: exit $code: $(cat "$work/evil.txt")"
! grep -q 'at org\.eclipse' "$work/evil.txt" || fail "a p2 stack trace reached the user: $(cat "$work/evil.txt")"
rdpd plugins list --format json | "$json" plugins "d['updateSites'] == []" || fail "the refused site is remembered"

set +e   # the example plug-in is not signed: refused unless the admin says to trust unsigned content
rdpd plugins install --repository "$site" "$feature" >"$work/unsigned.txt" 2>&1; code=$?
set -e
[ "$code" = 3 ] && grep -q 'refused content unsigned' "$work/unsigned.txt" && grep -q -- '--trust-unsigned' "$work/unsigned.txt" \
  || fail "unsigned content was not refused: exit $code: $(cat "$work/unsigned.txt")"
! ls "$work"/rdpdoctor-headless/plugins/com.example.rdpdoctor.rdgateway_*.jar >/dev/null 2>&1 \
  || fail "the refused plug-in's jar is in plugins/"
rdpd plugins install --repository "$https" --ca-file "$work/https/ca.pem" "$feature" --trust-unsigned \
  >"$work/install.txt" 2>&1 || fail "install over HTTPS: $(cat "$work/install.txt")"
grep -q 'GET /plugins/com.example.rdpdoctor.rdgateway_' "$work/https/$good/access.log" \
  || fail "the plug-in's jar was not fetched from the HTTPS site"
grep -q "$feature" "$work/install.txt" || fail "install did not name the feature: $(cat "$work/install.txt")"
ls "$work"/rdpdoctor-headless/plugins/com.example.rdpdoctor.rdgateway_*.jar >/dev/null 2>&1 \
  || fail "the plug-in's jar is not in plugins/"
diagnose
grep -q '"com.example.rdgateway.CERT_EXPIRED"' "$work/result.json" || fail "no CERT_EXPIRED finding of the plug-in: $(head -c 2000 "$work/result.json")"
grep -q '"http.status": *401' "$work/result.json" || fail "no http.status evidence of the gateway probe"
grep -q 'RDG_OUT_DATA /remoteDesktopGateway/' "$work/nginx/access.log" || fail "nginx saw no RDG_OUT_DATA request"
rdpd settings --set "com.example.rdgateway.address=$address:$port" >"$work/settings.txt" \
  && grep -q "^com.example.rdgateway.address *= *$address:$port *--set (plug-in com.example.rdpdoctor.rdgateway)" \
  "$work/settings.txt" || fail "rdpdoctor settings does not list the plug-in's setting: $(cat "$work/settings.txt")"
rdpd plugins list >"$work/list.txt"
grep -q "$feature" "$work/list.txt" || fail "plugins list does not show the installed plug-in"
rdpd plugins list --format json | "$json" plugins "len(d['updateSites']) == 1" \
  || fail "the site installed from is not remembered for updates"

# a newer site: the same plug-in, its version raised, published by p2's publisher (Tycho's publish goal)
newer="$work/newer"; mkdir -p "$newer/src/plugins" "$newer/src/features"
bundle=$(ls "$site"/plugins/com.example.rdpdoctor.rdgateway_*.jar); featurejar=$(ls "$site"/features/${feature}_*.jar)
old=$(basename "$bundle" .jar); old=${old#com.example.rdpdoctor.rdgateway_}
new="1.0.1.${old##*.}"
mkdir -p "$work/b" "$work/f"
(cd "$work/b" && unzip -q "$bundle" && sed -i "s/^Bundle-Version: .*/Bundle-Version: $new\r/" META-INF/MANIFEST.MF \
  && zip -q "$newer/src/plugins/com.example.rdpdoctor.rdgateway_$new.jar" META-INF/MANIFEST.MF \
  && zip -q -r "$newer/src/plugins/com.example.rdpdoctor.rdgateway_$new.jar" . -x META-INF/MANIFEST.MF)
(cd "$work/f" && unzip -q "$featurejar" && sed -i "s/version=\"$old\"/version=\"$new\"/g" feature.xml \
  && zip -q -r "$newer/src/features/${feature}_$new.jar" .)
rdpd_ensure_maven "$root"
"$root/mvnw" -B -q -N -f "$root/releng/bin/publish-site.xml" \
  org.eclipse.tycho.extras:tycho-p2-extras-plugin:5.0.2:publish-features-and-bundles \
  -Dpublish.source="$newer/src" -Dpublish.site="$newer/site" >"$work/publish.txt" 2>&1 \
  || fail "publishing the newer site: $(grep -v '^WARNING' "$work/publish.txt" | tail -20)"
rdpd plugins update --repository "$newer/site" "$feature" --trust-unsigned >"$work/update.txt" 2>&1 \
  || fail "update: $(cat "$work/update.txt")"
grep -q "$feature $old -> $new" "$work/update.txt" || fail "update did not move $old to $new: $(cat "$work/update.txt")"
rdpd plugins update --repository "$newer/site" "$feature" --format json >"$work/update2.txt" \
  || fail "second update failed"
"$json" plugins "d['action'] == 'update' and d['changed'] == [] and 'nothing to update' in d['message']" \
  <"$work/update2.txt" || fail "a second update changed something: $(cat "$work/update2.txt")"
diagnose
grep -q '"com.example.rdgateway.CERT_EXPIRED"' "$work/result.json" || fail "the updated plug-in does not run"

rdpd plugins uninstall "$feature" --format json >"$work/uninstall.txt" || fail "uninstall: $(cat "$work/uninstall.txt")"
"$json" plugins "d['action'] == 'uninstall' and any('$feature' in c for c in d['changed']) and d['restartNeeded']" \
  <"$work/uninstall.txt" || fail "plugins uninstall --format json"
absent "after uninstall"
rdpd plugins list >"$work/list.txt"   # the next run removes the files of what the last one uninstalled
! grep -q "$feature" "$work/list.txt" || fail "plugins list still shows $feature"
! ls "$work"/rdpdoctor-headless/plugins/com.example.rdpdoctor.rdgateway_*.jar >/dev/null 2>&1 \
  || fail "the plug-in's jar is still in plugins/ after uninstall"
set +e; rdpd plugins uninstall rdpdoctor.feature >"$work/refused.txt" 2>&1; code=$?; set -e
[ "$code" = 3 ] && grep -q 'part of RDP Doctor itself' "$work/refused.txt" || fail "uninstalling the product's own feature was not refused: $code $(cat "$work/refused.txt")"
echo "plugins: installed (its declared setting listed and taken), diagnosed, updated $old -> $new, uninstalled $feature (its setting then refused) in an unpacked product"
