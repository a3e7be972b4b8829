#!/usr/bin/env bash
# Writes docs/man/*.1, the manual pages of rdpdoctor and its commands, from the command line's declaration
# (CommandLines, through the built product). CommandLineTest fails when the committed pages are not these.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
"$root/rdpdoctor" help --man-pages "$root/docs/man"
