#!/usr/bin/env bash
# The product archives for every platform and the update site's categories (Windows and macOS cannot run here): each
# archive holds its platform's start script and SWT fragment and nothing of another platform's; the Linux archive,
# unpacked, runs `rdpdoctor --version` and refuses a Java older than 21 with a clear message and exit code 3; every
# archive holds the manual pages (man/) and the documentation (docs/: the cause catalog, the JSON schemas); the Linux
# workbench without GTK 3 says so.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/bin/common.sh"
rdpd_find_jdk
products="$root/releng/rdpdoctor.repository/target/products"
fail() { echo "archives: FAILED: $*" >&2; exit 1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
checked=0
list() { case $1 in *.zip) unzip -Z1 "$1" ;; *) tar tzf "$1" ;; esac; }
for product in workbench headless; do
  for platform in linux.gtk.x86_64 win32.win32.x86_64 macosx.cocoa.aarch64; do
    archive=$(ls "$products"/rdpdoctor-"$product"-"$platform".* 2>/dev/null | head -n 1)
    [ -n "$archive" ] || fail "no $product archive for $platform in $products"
    list "$archive" >"$work/list"
    has() { grep -qE "$1" "$work/list" || fail "$(basename "$archive") lacks $2"; }
    lacks() { ! grep -qE "$1" "$work/list" || fail "$(basename "$archive") holds $2"; }
    has '/plugins/org\.eclipse\.equinox\.launcher_[^/]*\.jar$' "the Equinox launcher"
    has '/plugins/rdpdoctor\.cli_[^/]*\.jar$' "rdpdoctor.cli"
    has '/plugins/rdpdoctor\.remediation_[^/]*\.jar$' "rdpdoctor.remediation"
    has '/configuration/config\.ini$' "configuration/config.ini"
    has '/plugins/org\.eclipse\.equinox\.p2\.engine_[^/]*\.jar$' "p2 (rdpdoctor plugins)"
    has '/p2/org\.eclipse\.equinox\.p2\.engine/profileRegistry/DefaultProfile\.profile/' "its p2 profile"
    lacks '/plugins/com\.example\.' "the example plug-in (it is installed from the update site)"
    has '/man/rdpdoctor\.1$' "the manual pages (man/)"
    has '/man/rdpdoctor-diagnose\.1$' "diagnose's manual page"
    has '/docs/causes\.md$' "the cause catalog (docs/causes.md)"
    has '/docs/schemas/diagnose\.schema\.json$' "the JSON schemas (docs/schemas)"
    case $platform in
      win32*) has '/rdpdoctor\.cmd$' "rdpdoctor.cmd"; lacks '/rdpdoctor$' "the POSIX start script"
              lacks 'swt\.(gtk|cocoa)' "another platform's SWT" ;;
      linux*) has '/rdpdoctor$' "the start script"; lacks '\.cmd$' "a Windows script"
              lacks 'swt\.(win32|cocoa)' "another platform's SWT" ;;
      macosx*) has '/rdpdoctor$' "the start script"; lacks '\.cmd$' "a Windows script"
              lacks 'swt\.(win32|gtk)' "another platform's SWT" ;;
    esac
    if [ "$product" = workbench ]; then
      swt=${platform%.*}; swt=${swt#*.}; os=${platform%%.*}
      has "/plugins/org\.eclipse\.swt\.$swt\.$os\.${platform##*.}_[^/]*\.jar$" "its SWT fragment"
      has '/plugins/rdpdoctor\.ui_[^/]*\.jar$' "rdpdoctor.ui"
    else
      lacks 'org\.eclipse\.swt' "SWT (the headless product needs none)"
    fi
    checked=$((checked + 1))
  done
done
win=$(ls "$products"/rdpdoctor-headless-win32.win32.x86_64.zip)
unzip -p "$win" '*/rdpdoctor.cmd' >"$work/rdpdoctor.cmd"
grep -q $'\r$' "$work/rdpdoctor.cmd" || fail "rdpdoctor.cmd has no CRLF line ends"
for needed in 'rdpdoctor.cli.app' 'rdpdoctor.ui.application' 'exit /b 3' 'Java 21' 'SOFTWARE\JavaSoft\JDK' \
    'Eclipse Adoptium' ':consider'; do
  grep -qF "$needed" "$work/rdpdoctor.cmd" || fail "rdpdoctor.cmd lacks $needed"
done
# the update site: its categories, each with its feature
content=$(unzip -p "$root/releng/rdpdoctor.repository/target/repository/content.jar" content.xml)
for category in 'RDP Doctor: core' 'RDP Doctor: workbench' 'RDP Doctor: examples'; do
  grep -qF "value='$category'" <<<"$content" || fail "the update site has no category '$category'"
done
# the Linux archive, unpacked: it starts by itself, and says so when Java is too old
tar xzf "$products/rdpdoctor-headless-linux.gtk.x86_64.tar.gz" -C "$work"
version=$(JAVA_HOME="$JAVA_HOME" "$work/rdpdoctor-headless/rdpdoctor" --version)
[[ $version =~ ^rdpdoctor\ [0-9]+\.[0-9]+\.[0-9]+ ]] || fail "rdpdoctor --version printed '$version'"
script="$work/rdpdoctor-headless/rdpdoctor"
old=$(ls -d /usr/lib/jvm/*17* 2>/dev/null | head -n 1 || true)
java_checks="JAVA_HOME of Java 17 refused"
if [ -n "$old" ] && [ -x "$old/bin/java" ]; then
  set +e; message=$(JAVA_HOME="$old" "$script" --version 2>&1); code=$?; set -e
  [ "$code" = 3 ] && [[ $message == *"needs Java 21 or newer; JAVA_HOME=$old is Java 17"* ]] \
    || fail "JAVA_HOME of Java 17 gave exit $code: $message"
  # the default java is 17 (as on Debian 12): the newest Java 21 or newer of /usr/lib/jvm is chosen
  set +e; message=$(env -u JAVA_HOME PATH="$old/bin:/usr/bin:/bin" "$script" --version 2>&1); code=$?; set -e
  [ "$code" = 0 ] && [[ $message =~ ^rdpdoctor\ [0-9] ]] || fail "java 17 on the PATH gave exit $code: $message"
  java_checks="$java_checks; java 17 on the PATH passed over for /usr/lib/jvm's newest"
fi
# a machine without a usable Java (/usr/lib/jvm hidden in a mount namespace of this check): said so, exit 3
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null; then
  set +e
  message=$(unshare -m sh -c 'mount -t tmpfs none /usr/lib/jvm && exec env -i PATH=/nonexistent /bin/sh "$0" --version' \
    "$script" 2>&1); code=$?
  set -e
  [ "$code" = 3 ] && [[ $message == *"none found"* ]] || fail "no Java gave exit $code: $message"
  if [ -n "$old" ]; then
    mkdir -p "$work/jdk17"
    set +e
    message=$(unshare -m sh -c 'mount --bind "$1" "$2" && mount -t tmpfs none /usr/lib/jvm &&
      exec env -i PATH="$2/bin:/usr/bin:/bin" /bin/sh "$0" --version' "$script" "$old" "$work/jdk17" 2>&1); code=$?
    set -e
    [ "$code" = 3 ] && [[ $message == *"found only $work/jdk17/bin/java (Java 17)"* ]] \
      || fail "only Java 17 gave exit $code: $message"
  fi
  java_checks="$java_checks; no Java and only Java 17 said so"
fi
# the workbench archive on Linux without GTK 3 (the loader's cache hidden in a mount namespace) says so; headless
# commands of the same archive need no GTK
gtk_check="GTK check not run (needs root and unshare)"
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null; then
  tar xzf "$products/rdpdoctor-workbench-linux.gtk.x86_64.tar.gz" -C "$work"
  wb="$work/rdpdoctor/rdpdoctor"
  [ -x "$wb" ] || fail "the workbench archive has no rdpdoctor script at $wb"
  : >"$work/empty.cache"
  set +e
  message=$(unshare -m sh -c 'mount --bind "$1" /etc/ld.so.cache && shift && exec env DISPLAY=:99 LD_LIBRARY_PATH= "$@"' \
    _ "$work/empty.cache" "$wb" 2>&1); code=$?
  headless=$(unshare -m sh -c 'mount --bind "$1" /etc/ld.so.cache && shift && exec "$@"' _ "$work/empty.cache" \
    env JAVA_HOME="$JAVA_HOME" "$wb" explain 0x904 2>&1); hcode=$?
  set -e
  [ "$code" = 3 ] && [[ $message == *"needs GTK 3 (libgtk-3.so.0)"*"apt-get install libgtk-3-0"* ]] \
    || fail "the workbench without GTK gave exit $code: $message"
  [ "$hcode" = 0 ] && [[ $headless == *"0x904"* ]] || fail "explain without GTK gave exit $hcode: $headless"
  gtk_check="without GTK 3 the workbench says so (exit 3), explain runs"
  for page in "$work"/rdpdoctor/man/*.1; do
    man --warnings=all -l "$page" >/dev/null 2>"$work/man.err" && [ ! -s "$work/man.err" ] || fail "man -l $page"
  done
fi
echo "archives: $checked archives (workbench, headless x Linux, Windows, macOS) hold their platform's files only; the Linux one runs: $version ($java_checks); the update site has its categories; $gtk_check"
