#!/usr/bin/env bash
# Installs the Debian packages the tests need when they are missing: Xvfb and GTK 3 (UI tests), dnsmasq (a private DNS
# server), iptables (firewall faults on loopback), procps, openssl (real TLS servers for the TLS probes), OpenSSH
# (a real SSH server for the host-side probes), Chromium, Mono's C# compiler and
# python3-junitparser (report checks), python3-jsonschema (the commands' JSON against docs/schemas), zsh (its
# completion), man-db (the manual pages rendered), Samba's AD DC and ldap-utils (the Active Directory import).
# Needs root for apt-get; says so otherwise.
set -euo pipefail
need=()
command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb xauth)
ldconfig -p 2>/dev/null | grep -q 'libgtk-3.so.0' || need+=(libgtk-3-0)   # SWT's GTK 3 binding
[ -x /usr/sbin/dnsmasq ] || need+=(dnsmasq-base)
[ -x /usr/sbin/iptables ] || need+=(iptables)
[ -x /usr/sbin/nft ] || need+=(nftables)                          # real rulesets for the host firewall reader
command -v ps >/dev/null 2>&1 || need+=(procps)
command -v openssl >/dev/null 2>&1 || need+=(openssl)             # s_server behind an X.224 front (OpenSslRdpServer)
[ -x /usr/sbin/sshd ] || need+=(openssh-server)                    # a real SSH server (OpenSshTransportLabTest)
command -v sudo >/dev/null 2>&1 || need+=(sudo)                   # the lab host's narrow rule to read its firewall
command -v faketime >/dev/null 2>&1 || need+=(faketime)           # certificates dated in the past
[ -x /lib/systemd/systemd-journal-remote ] || need+=(systemd-journal-remote)   # writes real journal files
[ -x /usr/sbin/xrdp ] || need+=(xrdp)
command -v zip >/dev/null 2>&1 || need+=(zip)                      # plugins-install-test.sh makes a newer site
command -v unzip >/dev/null 2>&1 || need+=(unzip)                  # archive checks
[ -x /usr/sbin/nginx ] || need+=(nginx-light)                      # a real HTTPS server in front of the example RD Gateway probe
command -v evtxexport >/dev/null 2>&1 || need+=(libevtx-utils)     # libevtx's evtxexport: an independent .evtx reader
command -v chromium >/dev/null 2>&1 || need+=(chromium)            # opens the HTML report in the batch tests
command -v mcs >/dev/null 2>&1 || need+=(mono-mcs)                 # compiles the Windows probe's C# (WTS API) as csc would
/usr/bin/python3 -c 'import junitparser' 2>/dev/null || need+=(python3 python3-junitparser)   # a real JUnit XML consumer
/usr/bin/python3 -c 'import jsonschema' 2>/dev/null || need+=(python3-jsonschema)   # an independent JSON Schema validator
command -v zsh >/dev/null 2>&1 || need+=(zsh)
command -v man >/dev/null 2>&1 || need+=(man-db)
[ -x /usr/bin/time ] || need+=(time)
command -v samba-tool >/dev/null 2>&1 || need+=(samba samba-ad-dc samba-dsdb-modules python3-samba)   # a real AD DC
[ -d /usr/share/samba/setup/ad-schema ] || need+=(samba-ad-provision)                    # its provisioning data
command -v ldapsearch >/dev/null 2>&1 || need+=(ldap-utils)                              # the AD import's peer
command -v kinit >/dev/null 2>&1 || need+=(krb5-user)                                    # a ticket for the Kerberos bind
                               # GNU time: peak RSS of hostile-files-test.sh's cases
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then
  echo "install-test-deps: missing Debian packages ${need[*]}; run as root or: sudo apt-get install ${need[*]}" >&2
  exit 1
fi
echo "install-test-deps: installing ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
