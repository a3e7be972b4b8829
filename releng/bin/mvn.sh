#!/usr/bin/env bash
# Runs the project's Maven (the wrapper's 3.9.11) with a JDK >= 21, fetching Maven first if needed.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/releng/bin/common.sh"
rdpd_find_jdk
rdpd_ensure_maven "$root"
exec "$root/mvnw" -f "$root/pom.xml" "$@"
