# Shared shell helpers for RDP Doctor's scripts: find a JDK >= 21 and make sure the wrapper's Maven is present.
# Source it; it defines functions only and changes nothing until one is called.

RDPD_MIN_JAVA=21

# Prints the major version of the java binary given, or nothing: from its JDK's release file when there is one (no
# JVM started: every command pays this), else from the JVM itself.
rdpd_java_major() {
  local home v
  home=$(dirname "$(dirname "$(readlink -f "$1" 2>/dev/null || echo "$1")")")
  if [ -r "$home/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$home/release" | head -n 1)
    [ -n "$v" ] && { echo "$v"; return 0; }
  fi
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -n 1
}

# Sets JAVA_HOME to a JDK >= 21: JAVA_HOME if it qualifies, else the newest under /usr/lib/jvm.
rdpd_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    local v; v=$(rdpd_java_major "$JAVA_HOME/bin/java")
    if [ -n "$v" ] && [ "$v" -ge "$RDPD_MIN_JAVA" ]; then export JAVA_HOME; return 0; fi
    echo "rdpdoctor: JAVA_HOME=$JAVA_HOME is Java ${v:-?}; looking for Java >= $RDPD_MIN_JAVA under /usr/lib/jvm" >&2
  fi
  local best="" bestv=0 d v
  for d in /usr/lib/jvm/*/; do
    d=${d%/}
    [ -x "$d/bin/javac" ] && [ ! -L "$d" ] || continue
    v=$(rdpd_java_major "$d/bin/java")
    if [ -n "$v" ] && [ "$v" -ge "$RDPD_MIN_JAVA" ] && [ "$v" -gt "$bestv" ]; then best=$d; bestv=$v; fi
  done
  if [ -z "$best" ]; then
    echo "rdpdoctor: no JDK >= $RDPD_MIN_JAVA found (JAVA_HOME unset or too old, none under /usr/lib/jvm)." >&2
    echo "rdpdoctor: install one (e.g. a Temurin or OpenJDK 21+ package) or point JAVA_HOME at it." >&2
    return 1
  fi
  export JAVA_HOME=$best
}

# Java String.hashCode in hex, as the Maven Wrapper names its distribution folder.
rdpd_hash() {
  local str=$1 h=0 c
  while [ -n "$str" ]; do
    c=${str%"${str#?}"}
    h=$(((h * 31 + $(LC_CTYPE=C printf %d "'$c")) % 4294967296))
    str=${str#?}
  done
  printf %x "$h"
}

# Puts the Maven distribution pinned in .mvn/wrapper/maven-wrapper.properties where ./mvnw looks for it,
# fetching it from Maven Central with the machine's own Maven when it is missing.
rdpd_ensure_maven() {
  local root=$1 props url name version home mvn tmp
  props="$root/.mvn/wrapper/maven-wrapper.properties"
  url=$(sed -n 's/^distributionUrl=//p' "$props" | tr -d '[:space:]')
  name=${url##*/}; name=${name%-bin.zip}
  version=${name#apache-maven-}
  home="${MAVEN_USER_HOME:-$HOME/.m2}/wrapper/dists/$name/$(rdpd_hash "$url")"
  [ -x "$home/bin/mvn" ] && return 0
  [ -n "${MVNW_REPOURL:-}" ] && return 0   # ./mvnw downloads it itself
  mvn=$(command -v mvn) || { echo "rdpdoctor: Maven $version is missing and no 'mvn' exists to fetch it (apt-get install maven)" >&2; return 1; }
  echo "rdpdoctor: fetching Maven $version from Maven Central" >&2
  tmp=$(mktemp -d)
  if ! (cd "$tmp" && "$mvn" -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
      -Dartifact="org.apache.maven:apache-maven:$version:zip:bin" -DoutputDirectory="$tmp" -DmarkersDirectory="$tmp/markers") >"$tmp.log" 2>&1; then
    cat "$tmp.log" >&2; rm -rf "$tmp" "$tmp.log"
    echo "rdpdoctor: could not fetch Maven $version" >&2; return 1
  fi
  mkdir -p "${home%/*}" && mv "$tmp/apache-maven-$version" "$home" && rm -rf "$tmp" "$tmp.log"
}
