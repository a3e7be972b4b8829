#!/usr/bin/env bash
# Active Directory import benchmark (not a test): the computers of a real Samba AD DC (releng/lab/samba-ad.sh, COUNT
# computers in OU=Fleet, default 5,000) imported over LDAPS by `rdpdoctor import ldaps://...` into a new inventory,
# RUNS times (default 5): median wall time and peak RSS. The peer, in the same run: OpenLDAP's ldapsearch reading the
# same objects (same filter, attributes, page size and TLS), printing LDIF to /dev/null. Needs root (a namespace).
#   releng/bench/bench-ad-import.sh [COUNT] [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
count=${1:-5000}
runs=${2:-5}
dir=$(mktemp -d)
trap '"$root/releng/lab/samba-ad.sh" stop "$dir/ad" >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT
eval "$("$root/releng/lab/samba-ad.sh" start "$dir/ad" "$count" | grep '^AD_')"
"$root/rdpdoctor" help >/dev/null

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() { # NAME COMMAND...: RUNS runs, the median wall time and the largest peak RSS
  local name=$1; shift
  : >"$dir/walls"; : >"$dir/rss"
  for _ in $(seq 1 "$runs"); do
    rm -f "$dir/inv.rdpdoctor"
    /usr/bin/time -f "%e %M" -o "$dir/time" "$@" >"$dir/out" 2>"$dir/err" || { cat "$dir/err" >&2; exit 1; }
    read -r wall rss <"$dir/time"; echo "$wall" >>"$dir/walls"; echo "$rss" >>"$dir/rss"
  done
  printf '%-44s median %6.2f s   peak RSS %5d MB   (%s runs)\n' "$name" "$(median <"$dir/walls")" \
    $(( $(sort -n "$dir/rss" | tail -1) / 1024 )) "$runs"
}
measure "ldapsearch (paged 500, LDAPS, to /dev/null)" env LDAPTLS_CACERT="$AD_CA" ldapsearch -LLL -x \
  -H "ldaps://$AD_ADDRESS" -D "$AD_BIND_DN" -y "$AD_PASSWORD_FILE" -b "$AD_BASE" -E pr=500/noprompt \
  '(objectClass=computer)' dNSHostName cn operatingSystem description userAccountControl
echo "ldapsearch entries: $(grep -c '^dn:' "$dir/out")"
measure "rdpdoctor import ldaps:// (new inventory)" "$root/rdpdoctor" import "ldaps://$AD_ADDRESS" --base "$AD_BASE" \
  --bind-dn "$AD_BIND_DN" --bind-password-file "$AD_PASSWORD_FILE" --ca-file "$AD_CA" --to "$dir/inv.rdpdoctor"
echo "rdpdoctor: $(grep -o '[0-9]* computers in [0-9]* pages' "$dir/err")"
