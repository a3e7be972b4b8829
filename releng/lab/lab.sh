#!/usr/bin/env bash
# RDP Doctor's lab: real RDP servers with real faults, in a network namespace whose addresses exist only there.
#   releng/lab/lab.sh up      start every endpoint (cleans remnants of an earlier run first)
#   releng/lab/lab.sh down    stop everything and remove the namespace, veth, routes and state
#   releng/lab/lab.sh status  list the endpoints (state dir: $RDPDOCTOR_LAB_DIR, default /run/rdpdoctor-lab)
# Needs root. Installs its Debian packages when missing. Every wait is bounded.
set -euo pipefail

NS=rdpdlab
VETH=rdpdlab0
PEER=rdpdlab1
NET=10.213.7        # the lab /24: exists only on the veth and inside the namespace
RANGE=10.213.0.0/16 # unreachable from the root namespace except the lab /24: nothing can leave the machine
GW=$NET.1
DNS=$NET.53
STATE=${RDPDOCTOR_LAB_DIR:-/run/rdpdoctor-lab}
PACKAGES=(xrdp freerdp2-shadow-x11 winpr-utils xvfb xauth dnsmasq-base iproute2 iptables openssl socat
  faketime gcc libc6-dev libnetfilter-queue-dev freerdp2-x11 nmap)   # a compiler for the lossy link; the oracles

die() { echo "lab: $*" >&2; exit 1; }
nsx() { ip netns exec "$NS" "$@"; }

need_root() {
  [ "$(id -u)" = 0 ] || die "needs root (network namespaces, iptables, servers on lab addresses): run it with sudo"
}

install_packages() {
  local missing=() p
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "lab: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  timeout 600 apt-get update -qq
  timeout 900 apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# name address port expected-cause expected-status description (read by the tests and `rdpdoctor demo`)
ENDPOINTS="good        $NET.10 3389 NLA_NOT_ENFORCED        DEGRADED    xrdp, negotiate, valid certificate from the lab CA
expired     $NET.11 3389 CERT_EXPIRED            FAILING     xrdp, negotiate, certificate expired in 2020
notyet      $NET.12 3389 CERT_NOT_YET_VALID      FAILING     xrdp, negotiate, certificate valid from 2035
corrupt     $NET.13 3389 CERT_UNUSABLE           FAILING     xrdp, negotiate, corrupt certificate: TLS dies after RSP(SSL)
nocert-tls  $NET.14 3389 CERT_UNUSABLE           FAILING     xrdp, tls, certificate file missing: failure code 3
nocert      $NET.15 3389 SECURITY_DOWNGRADE      DEGRADED    xrdp, negotiate, certificate file missing: silent downgrade
tlsonly     $NET.16 3389 SECURITY_LAYER_TLS_REQUIRED DEGRADED xrdp, tls only, valid certificate
rdponly     $NET.17 3389 SECURITY_DOWNGRADE      DEGRADED    xrdp, rdp only (xrdp never sends failure code 2)
nla         $NET.18 3389 NLA_REQUIRED            DEGRADED    FreeRDP shadow server, NLA required (self-signed, CN=hostname)
hung        $NET.19 3389 SERVICE_NOT_RESPONDING  UNREACHABLE accepts TCP, never answers
dropped     $NET.20 3389 PORT_FILTERED           UNREACHABLE firewall DROP
rejected    $NET.21 3389 PORT_CLOSED             UNREACHABLE firewall REJECT tcp-reset
closed      $NET.22 3389 PORT_CLOSED             UNREACHABLE nothing listens
unreach     $NET.24 3389 HOST_UNREACHABLE        UNREACHABLE firewall REJECT icmp-host-unreachable
selfexpired $NET.23 3389 CERT_EXPIRED            FAILING     xrdp, negotiate, self-signed certificate expired in 2020
lossy       $NET.25 3389 NETWORK_UNSTABLE        DEGRADED    xrdp behind a lossy, slow link (15% loss, 5-150 ms delay)
skewed      $NET.26 3389 CLOCK_SKEW              FAILING     FreeRDP shadow server (NLA) whose clock runs 2 days ahead"

down() {
  if [ -d "$STATE/pids" ]; then
    local f
    for f in "$STATE"/pids/*; do
      [ -f "$f" ] || continue
      kill "$(cat "$f")" 2>/dev/null || true
    done
    sleep 0.3
    for f in "$STATE"/pids/*; do
      [ -f "$f" ] || continue
      kill -9 "$(cat "$f")" 2>/dev/null || true
    done
  fi
  if ip netns list 2>/dev/null | grep -qw "$NS"; then
    # anything still running inside the namespace goes too
    ip netns pids "$NS" 2>/dev/null | xargs -r kill -9 2>/dev/null || true
    ip netns del "$NS" 2>/dev/null || true
  fi
  ip link del "$VETH" 2>/dev/null || true
  ip route del unreachable "$RANGE" 2>/dev/null || true
  rm -rf "$STATE"
}

wait_port() { # address port: bounded wait for a listener
  local i
  for i in $(seq 1 100); do
    timeout 1 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null && return 0
    sleep 0.1
  done
  die "nothing listens on $1:$2 after 10 s (see $STATE/logs)"
}

make_certs() {
  local d=$STATE/certs
  mkdir -p "$d/ca/newcerts" && : > "$d/ca/index.txt" && echo 1000 > "$d/ca/serial"
  cat > "$d/ca.cnf" <<CNF
[ ca ]
default_ca = lab
[ lab ]
dir = $d/ca
database = \$dir/index.txt
new_certs_dir = \$dir/newcerts
serial = \$dir/serial
certificate = $d/ca.pem
private_key = $d/ca.key
default_md = sha256
policy = any
unique_subject = no
copy_extensions = copy
[ any ]
commonName = supplied
CNF
  openssl req -x509 -newkey rsa:2048 -nodes -keyout "$d/ca.key" -out "$d/ca.pem" -days 3650 \
    -subj "/CN=RDP Doctor Lab CA" 2>/dev/null
  leaf good "$NET.10" 20240101000000Z 20990101000000Z
  leaf expired "$NET.11" 20200101000000Z 20200201000000Z
  leaf notyet "$NET.12" 20350101000000Z 20360101000000Z
  leaf tlsonly "$NET.16" 20240101000000Z 20990101000000Z
  selfsigned selfexpired "$NET.23" 20200101000000Z 20200201000000Z
  head -c 300 "$d/good.pem" > "$d/corrupt.pem"; echo "-----END CERTIFICATE-----" >> "$d/corrupt.pem"
  cp "$d/good.key" "$d/corrupt.key"
}

leaf() { # name address start end
  local d=$STATE/certs
  openssl req -newkey rsa:2048 -nodes -keyout "$d/$1.key" -out "$d/$1.csr" -subj "/CN=$1.lab.test" \
    -addext "subjectAltName=DNS:$1.lab.test,IP:$2" 2>/dev/null
  openssl ca -batch -config "$d/ca.cnf" -in "$d/$1.csr" -out "$d/$1.pem" -startdate "$3" -enddate "$4" \
    -notext >/dev/null 2>&1 || die "could not sign the $1 certificate"
}

selfsigned() { # name address start end: a self-signed certificate with chosen dates
  local d=$STATE/certs
  openssl req -newkey rsa:2048 -nodes -keyout "$d/$1.key" -out "$d/$1.csr" -subj "/CN=$1.lab.test" \
    -addext "subjectAltName=DNS:$1.lab.test,IP:$2" 2>/dev/null
  openssl ca -batch -selfsign -config "$d/ca.cnf" -keyfile "$d/$1.key" -in "$d/$1.csr" -out "$d/$1.pem" \
    -startdate "$3" -enddate "$4" -notext >/dev/null 2>&1 || die "could not make the $1 certificate"
}

start() { # name command...: runs in the namespace, records the pid
  local name=$1; shift
  nsx "$@" >"$STATE/logs/$name.log" 2>&1 &
  echo $! > "$STATE/pids/$name"
}

shadow_server() { # name address display home prefix: FreeRDP's shadow server with NLA, in its own UTS namespace
  # under load it now and then fails to open the X display although Xvfb has said it is ready ("failed to open
  # display"): a server that exits at once is started again, three times at most
  start "$1" unshare --uts sh -c "hostname $1 && for try in 1 2 3; do env DISPLAY=$3 HOME=$4 $5 freerdp-shadow-cli \
    /bind-address:$2 /port:3389 /sec:nla /sam-file:$STATE/nla.sam; echo \"lab: $1 exited, try \$try\"; sleep 1; done"
}

xrdp_endpoint() { # name address security_layer certificate key
  local ini=$STATE/xrdp/$1.ini
  awk -v addr="$2" -v sec="$3" -v cert="$4" -v key="$5" -v logfile="$STATE/logs/$1.xrdp.log" '
    /^\[/ { section = $0 }
    section == "[Globals]" && /^port=/ { print "port=tcp://" addr ":3389"; next }
    section == "[Globals]" && /^security_layer=/ { print "security_layer=" sec; next }
    section == "[Globals]" && /^certificate=/ { print "certificate=" cert; next }
    section == "[Globals]" && /^key_file=/ { print "key_file=" key; next }
    section == "[Globals]" && /^fork=/ { print "fork=true"; next }
    section == "[Logging]" && /^LogFile=/ { print "LogFile=" logfile; next }
    section == "[Logging]" && /^EnableSyslog=/ { print "EnableSyslog=false"; next }
    { print }' /etc/xrdp/xrdp.ini > "$ini"
  start "$1" xrdp --nodaemon --config "$ini"
}

up() {
  down
  # a failure half-way leaves nothing behind (the logs are shown first)
  trap 'echo "lab: failed; logs:" >&2; tail -n 5 "$STATE"/logs/*.log >&2 2>/dev/null || true; down' EXIT
  install_packages
  mkdir -p "$STATE"/{pids,logs,xrdp,certs,dns,home,home-skewed}
  printf '%s\n' "$ENDPOINTS" > "$STATE/endpoints.txt"
  # network: a veth into the namespace; the whole lab range is unreachable from here except the lab /24
  ip netns add "$NS"
  ip link add "$VETH" type veth peer name "$PEER"
  ip link set "$PEER" netns "$NS"
  ip addr add "$GW/24" dev "$VETH"
  ip link set "$VETH" up
  ip route add unreachable "$RANGE"
  nsx ip link set lo up
  nsx ip link set "$PEER" up
  local host
  for host in 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 53; do
    nsx ip addr add "$NET.$host/24" dev "$PEER"
  done
  # firewall faults, inside the namespace
  nsx iptables -w 5 -A INPUT -d "$NET.20" -p tcp --dport 3389 -j DROP
  nsx iptables -w 5 -A INPUT -d "$NET.21" -p tcp --dport 3389 -j REJECT --reject-with tcp-reset
  nsx iptables -w 5 -A INPUT -d "$NET.24" -p tcp --dport 3389 -j REJECT --reject-with icmp-host-unreachable
  # the lossy link (this kernel has no netem): both directions through a queue that drops and delays
  gcc -O2 -o "$STATE/lossy" "$(dirname "$0")/lossy/lossy.c" -lnetfilter_queue
  nsx iptables -w 5 -A INPUT -d "$NET.25" -p tcp --dport 3389 -j NFQUEUE --queue-num 7 --queue-bypass
  nsx iptables -w 5 -A OUTPUT -s "$NET.25" -p tcp --sport 3389 -j NFQUEUE --queue-num 7 --queue-bypass
  make_certs
  local c=$STATE/certs
  xrdp_endpoint good "$NET.10" negotiate "$c/good.pem" "$c/good.key"
  xrdp_endpoint expired "$NET.11" negotiate "$c/expired.pem" "$c/expired.key"
  xrdp_endpoint notyet "$NET.12" negotiate "$c/notyet.pem" "$c/notyet.key"
  xrdp_endpoint corrupt "$NET.13" negotiate "$c/corrupt.pem" "$c/corrupt.key"
  xrdp_endpoint nocert-tls "$NET.14" tls "$c/missing.pem" "$c/missing.key"
  xrdp_endpoint nocert "$NET.15" negotiate "$c/missing.pem" "$c/missing.key"
  xrdp_endpoint tlsonly "$NET.16" tls "$c/tlsonly.pem" "$c/tlsonly.key"
  xrdp_endpoint rdponly "$NET.17" rdp "$c/good.pem" "$c/good.key"
  xrdp_endpoint selfexpired "$NET.23" negotiate "$c/selfexpired.pem" "$c/selfexpired.key"
  xrdp_endpoint lossy "$NET.25" negotiate "$c/good.pem" "$c/good.key"
  start lossy-link "$STATE/lossy" 7 15 5 150
  # NLA: FreeRDP's shadow server on its own X display, with a SAM file for one lab user
  # the X server picks a free display itself and names it once it accepts connections (-displayfd): a random number
  # could hit a display whose stale lock file a killed server left behind
  : > "$STATE/xvfb.display"
  start xvfb sh -c "exec Xvfb -displayfd 3 -screen 0 800x600x24 -nolisten tcp 3>'$STATE/xvfb.display'"
  winpr-hash -u labuser -p 'Lab-Pass-1' -f sam > "$STATE/nla.sam" 2>/dev/null \
    || winpr-hash -u labuser -p 'Lab-Pass-1' > "$STATE/nla.sam"
  local i display=""
  for i in $(seq 1 100); do
    display=$(cat "$STATE/xvfb.display" 2>/dev/null)
    [ -n "$display" ] && break
    sleep 0.1
  done
  [ -n "$display" ] || die "Xvfb did not start within 10 s (see $STATE/logs/xvfb.log)"
  display=:$display
  # its own UTS namespace so NTLM names it NLA (and wrong.lab.test, which points here, is a mismatch)
  shadow_server nla "$NET.18" "$display" "$STATE/home" ""
  # a server whose clock is wrong (libfaketime): its NTLM time and the certificate it makes are 2 days ahead
  shadow_server skewed "$NET.26" "$display" "$STATE/home-skewed" "faketime -f +2d"
  start hung socat TCP-LISTEN:3389,bind="$NET.19",reuseaddr,fork SYSTEM:'sleep 3600'
  # DNS: authoritative for lab.test only, never forwarding
  {
    echo "$NET.10 good.lab.test"; echo "$NET.11 expired.lab.test"; echo "$NET.12 notyet.lab.test"
    echo "$NET.13 corrupt.lab.test"; echo "$NET.14 nocert-tls.lab.test"; echo "$NET.15 nocert.lab.test"
    echo "$NET.16 tlsonly.lab.test"; echo "$NET.17 rdponly.lab.test"; echo "$NET.18 nla.lab.test"
    echo "$NET.19 hung.lab.test"; echo "$NET.20 dropped.lab.test"; echo "$NET.21 rejected.lab.test"
    echo "$NET.22 closed.lab.test"; echo "$NET.23 selfexpired.lab.test"; echo "$NET.24 unreach.lab.test"
    echo "$NET.25 lossy.lab.test"; echo "$NET.26 skewed.lab.test"
    echo "$NET.18 wrong.lab.test"   # a name that points at another machine (the NLA server)
  } > "$STATE/dns/hosts"
  start dns dnsmasq --keep-in-foreground --conf-file=/dev/null --no-resolv --no-hosts --no-poll \
    --addn-hosts="$STATE/dns/hosts" --local=/lab.test/ --domain-needed --listen-address="$DNS" \
    --bind-interfaces --port=53 --user=root --pid-file="$STATE/dns/pid"
  for host in 10 11 12 13 14 15 16 17 18 19 23 25 26; do wait_port "$NET.$host" 3389; done
  wait_port "$DNS" 53
  trap - EXIT
  echo "lab: up; endpoints in $STATE/endpoints.txt, DNS server $DNS, CA $STATE/certs/ca.pem"
}

status() {
  [ -f "$STATE/endpoints.txt" ] || die "the lab is not up"
  cat "$STATE/endpoints.txt"
}

case "${1:-}" in
  up) need_root; up ;;
  down) need_root; down; echo "lab: down" ;;
  status) status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
