#!/usr/bin/env bash
# Benchmark (not a test): installing and uninstalling the example plug-in from the built update site into a fresh
# unpacked headless product, with `rdpdoctor plugins` against Eclipse's own p2 director application (run through
# Tycho's director goal, the same DirectorApplication, on an identical copy) in the same run; plus the product's
# start-up (`rdpdoctor --version`) and a diagnosis of a closed port with and without the plug-in.
# Median of RUNS (default 5), milliseconds. Needs a built repository (releng/bin/mvn.sh -B -DskipTests verify).
# Usage: releng/bench/bench-plugins.sh [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/bin/common.sh"
rdpd_find_jdk
rdpd_ensure_maven "$root"
runs=${1:-5}
site="$root/releng/rdpdoctor.repository/target/repository"
archive="$root/releng/rdpdoctor.repository/target/products/rdpdoctor-headless-linux.gtk.x86_64.tar.gz"
feature=com.example.rdpdoctor.rdgateway.feature
[ -f "$archive" ] || { echo "bench-plugins: no $archive: build first" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
ms() { local start=$(date +%s%N); "$@" >/dev/null 2>&1 || { echo "bench-plugins: failed: $*" >&2; exit 1; }; echo $(( ($(date +%s%N) - start) / 1000000 )); }
msany() { local start=$(date +%s%N); "$@" >/dev/null 2>&1 || true; echo $(( ($(date +%s%N) - start) / 1000000 )); }   # diagnose: 1 = findings
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
director() {   # Eclipse's p2 director on an installed product: -destination, -profile, -repository, -installIU/-uninstallIU
  "$root/mvnw" -B -q -N -f "$root/releng/bin/publish-site.xml" org.eclipse.tycho:tycho-p2-director-plugin:5.0.2:director \
    -Ddestination="$1" -Dprofile=DefaultProfile -Drepositories="$(python3 -c 'import pathlib,sys; print(pathlib.Path(sys.argv[1]).as_uri())' "$site")" "$2"
}
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
for i in $(seq 1 "$runs"); do
  rm -rf "$tmp/a" "$tmp/b"; mkdir -p "$tmp/a" "$tmp/b"
  tar xzf "$archive" -C "$tmp/a"; tar xzf "$archive" -C "$tmp/b"
  a="$tmp/a/rdpdoctor-headless/rdpdoctor"
  ms "$a" --version >>"$tmp/version"
  msany "$a" diagnose 127.0.0.1:"$port" --format json >>"$tmp/diag-without"
  ms "$a" plugins install --repository "$site" "$feature" >>"$tmp/install"
  msany "$a" diagnose 127.0.0.1:"$port" --format json >>"$tmp/diag-with"
  ms "$a" plugins uninstall "$feature" >>"$tmp/uninstall"
  ms director "$tmp/b/rdpdoctor-headless" -DinstallIUs="$feature.feature.group" >>"$tmp/d-install"
  ls "$tmp"/b/rdpdoctor-headless/plugins/com.example.rdpdoctor.rdgateway_*.jar >/dev/null \
    || { echo "bench-plugins: the director did not install the plug-in" >&2; exit 1; }
  ms director "$tmp/b/rdpdoctor-headless" -DuninstallIUs="$feature.feature.group" >>"$tmp/d-uninstall"
done
printf 'runs: %s (median ms)\n' "$runs"
printf '  rdpdoctor --version (start-up, p2 in the product)        %6s\n' "$(median <"$tmp/version")"
printf '  diagnose a closed port, without / with the plug-in       %6s / %s\n' "$(median <"$tmp/diag-without")" "$(median <"$tmp/diag-with")"
printf '  install    rdpdoctor plugins | p2 director (Tycho goal)  %6s | %s\n' "$(median <"$tmp/install")" "$(median <"$tmp/d-install")"
printf '  uninstall  rdpdoctor plugins | p2 director (Tycho goal)  %6s | %s\n' "$(median <"$tmp/uninstall")" "$(median <"$tmp/d-uninstall")"
