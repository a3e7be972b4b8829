# Sourced by the benchmarks (bash): a fleet of lab hosts (releng/lab/xrdp-host.sh), one client key for all of them,
# taken down when the script exits. Needs root and $root (the repository).
#   fleet_up PREFIX HOSTS FIRST_INDEX   hosts PREFIX0..PREFIX<HOSTS-1> at lab indices FIRST_INDEX...; sets lab, tmp
#                                       (the script's scratch folder, removed at exit), names, addresses and
#                                       $tmp/client_key (accepted by every host's users)
fleet_up() {
  local prefix=$1 hosts=$2 first=$3 i
  lab="$root/releng/lab/xrdp-host.sh"
  tmp=$(mktemp -d)
  names=()
  trap fleet_down EXIT
  echo "bringing up $hosts lab hosts..." >&2
  for i in $(seq 0 $((hosts - 1))); do names+=("$prefix$i"); done
  seq 0 $((hosts - 1)) | xargs -P 8 -I{} sh -c \
    "'$lab' up $prefix{} \$(($first + {})) >'$tmp/up{}.txt' 2>&1 || { cat '$tmp/up{}.txt' >&2; exit 255; }"
  ssh-keygen -q -t ed25519 -N '' -f "$tmp/client_key"
  addresses=()
  for i in $(seq 0 $((hosts - 1))); do
    cp "$tmp/client_key.pub" "/run/rdpdoctor-xrdp-host/$prefix$i/authorized_keys"   # one key for the fleet
    addresses+=("$(sed -n 's/^address=//p' "$tmp/up$i.txt")")
  done
}

fleet_down() {
  printf '%s\n' "${names[@]}" | xargs -r -P 16 -I{} "$lab" down {} 2>/dev/null || true
  rm -rf "$tmp"
}
