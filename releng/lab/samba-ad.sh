#!/usr/bin/env bash
# A real Active Directory domain controller for the directory import's tests: Samba's AD DC (Debian's samba-ad-dc)
# provisioned into DIR and run in a network namespace of its own, reached from here over a veth pair. The domain
# RDPD.TEST holds OUs (Berlin/Servers, Paris), a few computers, a disabled one and COUNT more in OU=Fleet (the paging);
# LDAPS and StartTLS use a certificate for the namespace's address, signed by a CA made here; its KDC issues tickets
# (krb5.conf in DIR names it by address: nothing is looked up in DNS). Kerberos binds inside TLS are allowed as
# Windows' DCs allow them (Samba's default wants GSSAPI signing over plain LDAP instead).
#   samba-ad.sh start DIR [COUNT]   prints KEY=VALUE lines (address, base, bind DN, password file, CA, pid)
#   samba-ad.sh stop DIR            stops the DC, removes the namespace and its veth pair
# Needs root (namespaces); every wait has a deadline.
set -euo pipefail
cmd=${1:?start|stop}; dir=${2:?DIR}
umask 022
state="$dir/lab.env"

stop() {
  [ -f "$state" ] || return 0
  # shellcheck disable=SC1090
  . "$state"
  if [ -n "${AD_PID:-}" ] && kill -0 "$AD_PID" 2>/dev/null; then
    kill "$AD_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$AD_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$AD_PID" 2>/dev/null || true
  fi
  ip netns pids "$AD_NETNS" 2>/dev/null | xargs -r kill -9 2>/dev/null || true
  ip link del "$AD_VETH" 2>/dev/null || true
  ip netns del "$AD_NETNS" 2>/dev/null || true
  rm -f "$state"
}

if [ "$cmd" = stop ]; then stop; exit 0; fi
[ "$cmd" = start ] || { echo "samba-ad.sh: start|stop" >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "samba-ad.sh: needs root (a network namespace)" >&2; exit 1; }
command -v samba-tool >/dev/null || { echo "samba-ad.sh: samba-tool missing (releng/bin/install-test-deps.sh)" >&2; exit 1; }
count=${3:-5000}
mkdir -p "$dir"
n=$(( ($$ % 200) + 20 ))
ns="rdpd-ad-$n-$$"; veth="rdpdad$n"; host_ip="10.231.$n.1"; dc_ip="10.231.$n.2"
ip netns add "$ns"
echo "AD_NETNS=$ns" >"$state"; echo "AD_VETH=$veth" >>"$state"
trap 'stop' EXIT   # any failure below leaves nothing behind
ip link add "$veth" type veth peer name "${veth}n"
ip link set "${veth}n" netns "$ns"
ip addr add "$host_ip/30" dev "$veth"; ip link set "$veth" up
ip -n "$ns" addr add "$dc_ip/30" dev "${veth}n"; ip -n "$ns" link set "${veth}n" up; ip -n "$ns" link set lo up

tls="$dir/tls"; mkdir -p "$tls"
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=RDP Doctor lab AD CA" -keyout "$tls/ca.key" \
  -out "$tls/ca.pem" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=dc1.rdpd.test" -keyout "$tls/key.pem" -out "$tls/dc.csr" 2>/dev/null
printf 'subjectAltName=IP:%s,DNS:dc1.rdpd.test\nextendedKeyUsage=serverAuth\n' "$dc_ip" >"$tls/ext.cnf"
openssl x509 -req -in "$tls/dc.csr" -CA "$tls/ca.pem" -CAkey "$tls/ca.key" -CAcreateserial -days 30 \
  -extfile "$tls/ext.cnf" -out "$tls/cert.pem" 2>/dev/null
chmod 600 "$tls/key.pem" "$tls/ca.key"

password='Rdpd-Lab-Adm1n!'
samba-tool domain provision --targetdir="$dir/samba" --realm=RDPD.TEST --domain=RDPD --server-role=dc \
  --dns-backend=NONE --host-name=dc1 --adminpass="$password" \
  --option="interfaces=$dc_ip" --option="bind interfaces only=yes" \
  --option="tls enabled=yes" --option="tls keyfile=$tls/key.pem" --option="tls certfile=$tls/cert.pem" \
  --option="tls cafile=" --option="server services=ldap kdc" \
  --option="ldap server require strong auth=allow_sasl_over_tls" >"$dir/provision.log" 2>&1 \
  || { tail -20 "$dir/provision.log" >&2; exit 1; }
conf="$dir/samba/etc/smb.conf"

# the directory's content, added offline in one transaction (5,000 samba-tool calls would take many minutes)
/usr/bin/python3 - "$conf" "$count" <<'PY'   # Debian's python3-samba, whatever python3 PATH has
import sys
from samba.param import LoadParm
from samba.auth import system_session
from samba.samdb import SamDB
import ldb
lp = LoadParm(); lp.load(sys.argv[1]); count = int(sys.argv[2])
db = SamDB(url=lp.samdb_url(), session_info=system_session(), lp=lp)
base = str(db.domain_dn())
def add(dn, **attrs):
    msg = {"dn": dn}; msg.update(attrs); db.add(msg)
def computer(cn, ou, os="Windows Server 2022 Datacenter", descr=None, disabled=False, dns=True):
    attrs = {"objectClass": "computer", "sAMAccountName": cn + "$",
             "userAccountControl": str(4096 | (2 if disabled else 0)), "operatingSystem": os}
    if dns: attrs["dNSHostName"] = cn.lower() + ".rdpd.test"
    if descr: attrs["description"] = descr
    add("CN=%s,%s" % (cn, ou), **attrs)
db.transaction_start()
for ou in ["OU=Berlin", "OU=Servers,OU=Berlin", "OU=Paris", "OU=Fleet"]:
    add("%s,%s" % (ou, base), objectClass="organizationalUnit")
computer("TS01", "OU=Servers,OU=Berlin," + base, descr="Main farm; node 1")
computer("TS02", "OU=Servers,OU=Berlin," + base, descr="Says \"hello\" <b>bold</b>")
computer("XRDP01", "OU=Paris," + base, os="Ubuntu 24.04 (Samba member)")
computer("OLD01", "OU=Paris," + base, descr="decommissioned", disabled=True)
computer("NODNS01", "OU=Paris," + base, dns=False)
computer("WS01", "CN=Computers," + base, os="Windows 11 Enterprise")
for i in range(count):
    computer("FLEET%05d" % i, "OU=Fleet," + base)
# the DC's LDAP service principals (samba_spnupdate adds them on a full DC; this one runs only ldap and kdc)
spn = ldb.Message(ldb.Dn(db, "CN=DC1,OU=Domain Controllers," + base))
spn["servicePrincipalName"] = ldb.MessageElement(["ldap/dc1.rdpd.test", "ldap/DC1", "ldap/dc1.rdpd.test/rdpd.test",
                                                  "ldap/dc1.rdpd.test/RDPD"], ldb.FLAG_MOD_ADD, "servicePrincipalName")
db.modify(spn)
db.transaction_commit()
PY

ip netns exec "$ns" samba -s "$conf" -i -M single --debuglevel=1 >"$dir/samba.log" 2>&1 </dev/null &
pid=$!
echo "AD_PID=$pid" >>"$state"
printf '%s' "$password" >"$dir/bind-password"; chmod 600 "$dir/bind-password"
# Kerberos for the realm with no DNS at all: the KDC by address, no canonicalisation or reverse lookups of names
cat >"$dir/krb5.conf" <<KRB
[libdefaults]
  default_realm = RDPD.TEST
  dns_lookup_kdc = false
  dns_lookup_realm = false
  dns_canonicalize_hostname = false
  rdns = false
[realms]
  RDPD.TEST = {
    kdc = $dc_ip
  }
[domain_realm]
  .rdpd.test = RDPD.TEST
KRB
for _ in $(seq 1 600); do   # at most 60 s for the DC to answer on 389 and 636
  if ! kill -0 "$pid" 2>/dev/null; then tail -20 "$dir/samba.log" >&2; echo "samba-ad.sh: samba ended" >&2; exit 1; fi
  if timeout 1 bash -c "</dev/tcp/$dc_ip/636" 2>/dev/null && timeout 1 bash -c "</dev/tcp/$dc_ip/389" 2>/dev/null; then
    trap - EXIT
    cat "$state"
    echo "AD_ADDRESS=$dc_ip"
    echo "AD_BASE=DC=rdpd,DC=test"
    echo "AD_BIND_DN=Administrator@rdpd.test"
    echo "AD_PASSWORD_FILE=$dir/bind-password"
    echo "AD_CA=$tls/ca.pem"
    echo "AD_COUNT=$count"
    echo "AD_KRB5_CONF=$dir/krb5.conf"
    echo "AD_REALM=RDPD.TEST"
    echo "AD_DC_NAME=dc1.rdpd.test"
    exit 0
  fi
  sleep 0.1
done
tail -20 "$dir/samba.log" >&2
echo "samba-ad.sh: the DC did not answer within 60 s" >&2
exit 1
