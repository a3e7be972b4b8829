#!/usr/bin/env bash
# A Linux host with xrdp for host-side tests, the way Debian's package lays it out, in namespaces of its own:
# its own network (a veth pair, a /30 in 10.213.9.0-10.213.12.255 that exists only there), its own PID namespace (sshd is its
# PID 1), its own mounts, and a whole root of its own: an overlay of the machine's root whose upper layer is a tmpfs
# that lives only in the host's mount namespace, with its own /etc/xrdp, passwd, group, shadow and sudoers.d written
# there, and its own /run, /tmp and /var/log. Whatever a test, a remediation or an attack as root does on the host
# lands in that layer and goes with the host: the machine's files, /etc and processes are never touched or seen.
# From the machine, the host's files are /proc/PID/root/... (etc= below).
# A throwaway user "rdpdiag" logs in by key or password; a narrow sudo rule lets it read the firewall, nothing more.
# A second one, "rdpadmin" (same key and password), may run anything as root without a password: the admin account
# remediations log in as.
#   xrdp-host.sh up NAME INDEX      INDEX 0-255 picks the /30; prints address=, user=, etc=, dir= (/run/rdpdoctor-
#                                   xrdp-host/NAME: the client key, the password, the host key, sshd's and xrdp's logs;
#                                   mounted at the same path inside the host)
#   xrdp-host.sh in NAME CMD...      runs CMD as root inside the host (network, PID and mount namespaces, its root)
#   xrdp-host.sh xrdp-start NAME     starts xrdp with Debian's /etc/init.d/xrdp (user xrdp, the host's xrdp.ini)
#   xrdp-host.sh xrdp-stop NAME      stops it
#   xrdp-host.sh instance NAME ID PORT [expired] [CONFIG_ARG]
#                                    starts one more xrdp as an admin runs several: `xrdp --nodaemon --config FILE`
#                                    with a set-up of its own in /run/rdpdoctor-xrdp-host/NAME/ID/ (its port, a new
#                                    certificate and key, valid or expired, its LogFile; /etc/xrdp is not used), as
#                                    root; CONFIG_ARG: how the command line names the ini (default the absolute path;
#                                    "relative" starts it in that folder with --config xrdp.ini; "mountns" starts it
#                                    without --config in a mount namespace of its own where that folder is /etc/xrdp,
#                                    as a container would); prints pid=, ini=
#   xrdp-host.sh down NAME           stops everything and removes the namespace and the veth (the root layer goes
#                                    with the host's mount namespace)
# Needs root, iproute2, util-linux, openssh-server, xrdp, openssl, and overlayfs (sudo for the firewall rule). Every
# wait is bounded.
set -euo pipefail
umask 022   # the host's files as a root with Debian's default umask makes them, whatever the caller's (sshd checks)
USER_NAME=rdpdiag
USER_ID=4242
ADMIN_NAME=rdpadmin
ADMIN_ID=4243
die() { echo "xrdp-host: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || die "needs root (namespaces)"

pid1() { cat "/run/rdpdoctor-xrdp-host/$1.pid" 2>/dev/null || die "host $1 is not up"; }
inside() { local name=$1; shift; nsenter -t "$(pid1 "$name")" -n -p -m -r -w -- "$@"; }
# the host's /etc as the machine reaches it: through its PID 1's root
host_etc() { echo "/proc/$(pid1 "$1")/root/etc"; }

up() {
  local name=$1 index=$2 dir=/run/rdpdoctor-xrdp-host/$1
  [[ $name =~ ^[a-z0-9]{1,10}$ ]] || die "name: 1-10 lower-case letters or digits"
  [[ $index =~ ^[0-9]+$ ]] && [ "$index" -le 255 ] || die "index: 0-255"
  down "$name" 2>/dev/null || true
  local net="10.213.$((9 + index / 64))"
  local outer="$net.$((index % 64 * 4 + 1))" inner="$net.$((index % 64 * 4 + 2))"
  mkdir -p "$dir" /run/sshd; chmod 755 /run/rdpdoctor-xrdp-host "$dir"
  ip netns add "$name"
  ip link add "vh${name}" type veth peer name "vg${name}"
  ip link set "vg${name}" netns "$name"
  ip addr add "$outer/30" dev "vh${name}"; ip link set "vh${name}" up
  ip netns exec "$name" ip addr add "$inner/30" dev "vg${name}"
  ip netns exec "$name" ip link set "vg${name}" up
  ip netns exec "$name" ip link set lo up

  # the host's own files, made here and copied into its root's upper layer when it starts
  local etc="$dir/own/etc"
  rm -rf "$dir/own"; mkdir -p "$etc" "$dir/layers" "$dir/root"
  cp -a /etc/xrdp "$etc/xrdp"
  rm -f "$etc/xrdp/cert.pem" "$etc/xrdp/key.pem"
  openssl req -x509 -newkey rsa:2048 -nodes -keyout "$etc/xrdp/key.pem" -out "$etc/xrdp/cert.pem" -days 30 \
    -subj "/CN=$name.lab.test" 2>/dev/null
  chown root:ssl-cert "$etc/xrdp/key.pem" 2>/dev/null || true; chmod 640 "$etc/xrdp/key.pem"
  sed -i -e 's|^EnableSyslog=.*|EnableSyslog=false|' "$etc/xrdp/xrdp.ini"   # its log: /var/log/xrdp.log
  head -c 24 /dev/urandom | base64 | tr -d '/+=' >"$dir/password"; chmod 600 "$dir/password"
  cp /etc/passwd "$etc/passwd"; cp /etc/group "$etc/group"; cp /etc/shadow "$etc/shadow"
  # as Debian's admins do for xrdp to read the snakeoil key; the throwaway user may read the logs (adm)
  sed -i -e '/^ssl-cert:/ { /[:,]xrdp\(,\|$\)/! { s/:$/:xrdp/; t; s/$/,xrdp/ } }' \
    -e "/^adm:/ { s/:\$/:$USER_NAME/; t; s/\$/,$USER_NAME/ }" "$etc/group"
  mkdir -p "$dir/home"; chown "$USER_ID:$USER_ID" "$dir/home"
  echo "$USER_NAME:x:$USER_ID:$USER_ID:RDP Doctor lab:$dir/home:/bin/sh" >>"$etc/passwd"
  echo "$USER_NAME:x:$USER_ID:" >>"$etc/group"
  echo "$USER_NAME:$(openssl passwd -6 -stdin <"$dir/password"):19000:0:99999:7:::" >>"$etc/shadow"
  echo "$ADMIN_NAME:x:$ADMIN_ID:$ADMIN_ID:RDP Doctor lab admin:$dir/home:/bin/sh" >>"$etc/passwd"
  echo "$ADMIN_NAME:x:$ADMIN_ID:" >>"$etc/group"
  echo "$ADMIN_NAME:$(openssl passwd -6 -stdin <"$dir/password"):19000:0:99999:7:::" >>"$etc/shadow"
  chmod 640 "$etc/shadow"; chown root:shadow "$etc/shadow" 2>/dev/null || true
  mkdir -p "$etc/sudoers.d"; chmod 755 "$etc/sudoers.d"
  printf '%s ALL=(root) NOPASSWD: /usr/sbin/iptables-save, /usr/sbin/nft list ruleset\n' "$USER_NAME" \
    >"$etc/sudoers.d/rdpdoctor-lab"
  printf '%s ALL=(root) NOPASSWD: ALL\n' "$ADMIN_NAME" >>"$etc/sudoers.d/rdpdoctor-lab"
  chmod 440 "$etc/sudoers.d/rdpdoctor-lab"

  rm -f "$dir/host_key" "$dir/host_key.pub" "$dir/client_key" "$dir/client_key.pub"
  ssh-keygen -q -t ed25519 -N '' -C "$name" -f "$dir/host_key"
  ssh-keygen -q -t ed25519 -N '' -C rdpdoctor-test -f "$dir/client_key"
  cp "$dir/client_key.pub" "$dir/authorized_keys"; chmod 644 "$dir/authorized_keys"
  cat >"$dir/sshd_config" <<CONFIG
Port 22
Port 2222
ListenAddress $inner
HostKey $dir/host_key
PidFile none
AuthorizedKeysFile $dir/authorized_keys
StrictModes no
UsePAM no
PasswordAuthentication yes
KbdInteractiveAuthentication no
PermitRootLogin no
AllowUsers $USER_NAME $ADMIN_NAME
MaxStartups 300
LogLevel VERBOSE
CONFIG
  # the host's root, made in its own mount namespace (so every mount below lives and dies with it): a tmpfs for the
  # overlay's upper layer (a layer on the machine's own disk would overlap the lower one), the machine's root as the
  # lower layer, the host's own /etc files written on top; then sshd, chrooted there, as PID 1 of the host's own PID
  # namespace: it reaps what the tests start there
  cat >"$dir/root.sh" <<ROOT
set -e
mount --make-rprivate /
mount -t tmpfs -o mode=700 tmpfs "$dir/layers"
mkdir "$dir/layers/upper" "$dir/layers/work"
mount -t overlay overlay -o "lowerdir=/,upperdir=$dir/layers/upper,workdir=$dir/layers/work" "$dir/root"
for own in "$etc"/*; do   # each replaces the machine's whole: no link or file of the machine's stays in it
  rm -rf "$dir/root/etc/\${own##*/}"
  cp -a "\$own" "$dir/root/etc/"
done
mount --rbind /dev "$dir/root/dev"
mount -t proc proc "$dir/root/proc"
mount -t sysfs sysfs "$dir/root/sys"
mount -t tmpfs -o mode=755 tmpfs "$dir/root/run"
mount -t tmpfs -o mode=1777 tmpfs "$dir/root/tmp"
mkdir -p "$dir/root/run/sshd" "$dir/root$dir"
mount --bind "$dir" "$dir/root$dir"
exec chroot "$dir/root" /usr/sbin/sshd -D -e -f "$dir/sshd_config"
ROOT
  setsid ip netns exec "$name" unshare --pid --fork --mount sh "$dir/root.sh" </dev/null >>"$dir/sshd.log" 2>&1 &
  local i pid=
  for i in $(seq 1 100); do
    pid=
    for p in $(pgrep -f "sshd -D -e -f $dir/sshd_config" || true); do   # the one that is PID 1 in there
      [ "$(awk '/^NSpid/ {print $NF}' "/proc/$p/status" 2>/dev/null)" = 1 ] && pid=$p
    done
    [ -n "$pid" ] && (exec 3<>"/dev/tcp/$inner/22") 2>/dev/null && break
    pid=; sleep 0.1
  done
  [ -n "$pid" ] || { cat "$dir/sshd.log" >&2; die "sshd of $name did not listen on $inner:22 within 10 s"; }
  echo "$pid" >"/run/rdpdoctor-xrdp-host/$name.pid"
  # the host's own /run/xrdp (Debian's socksetup makes it for the unit): the machine's is not touched
  inside "$name" sh -c 'mkdir -p /run/xrdp && mount -t tmpfs -o mode=2775 tmpfs /run/xrdp &&
    chown root:xrdp /run/xrdp && mkdir -m 3777 /run/xrdp/sockdir && chown root:xrdp /run/xrdp/sockdir'
  # and its own /var/log, where xrdp writes as Debian's package set it up (xrdp:adm 640)
  inside "$name" sh -c 'mount -t tmpfs -o mode=755 tmpfs /var/log && touch /var/log/xrdp.log /var/log/xrdp-sesman.log &&
    chown xrdp:adm /var/log/xrdp.log && chown root:adm /var/log/xrdp-sesman.log && chmod 640 /var/log/xrdp*.log'
  xrdp_start "$name"
  echo "address=$inner"
  echo "user=$USER_NAME"
  echo "admin=$ADMIN_NAME"
  echo "etc=$(host_etc "$name")"
  echo "dir=$dir"
}

xrdp_start() {
  local name=$1 i port
  port=$(awk -F= '/^port=/ {print $2; exit}' "$(host_etc "$name")/xrdp/xrdp.ini"); port=${port##*:}
  # Debian's init script (what a host without systemd runs): xrdp as user xrdp with its pid file, and xrdp-sesman;
  # a remediation restarting xrdp later finds it by that pid file, as on a real host
  inside "$name" /etc/init.d/xrdp start </dev/null >/dev/null 2>&1 || die "/etc/init.d/xrdp start failed on $name"
  for i in $(seq 1 100); do
    inside "$name" ss -ltnH "sport = :$port" | grep -q . && return 0
    sleep 0.1
  done
  die "xrdp of $name does not listen on port $port within 10 s"
}

xrdp_stop() {
  local name=$1 i
  inside "$name" pkill -x xrdp || true
  for i in $(seq 1 100); do
    inside "$name" pgrep -x xrdp >/dev/null || return 0
    sleep 0.1
  done
  inside "$name" pkill -9 -x xrdp || true
}

instance() {
  local name=$1 id=$2 port=$3 validity=${4:-valid} how=${5:-absolute} dir i pid
  [[ $id =~ ^[a-z0-9]{1,10}$ ]] || die "id: 1-10 lower-case letters or digits"
  [[ $port =~ ^[0-9]{1,5}$ ]] || die "port: a number"
  pid1 "$name" >/dev/null
  dir=/run/rdpdoctor-xrdp-host/$name/$id
  rm -rf "$dir"; mkdir -p "$dir"
  if [ "$validity" = expired ]; then
    faketime '2020-01-01 00:00:00' openssl req -x509 -newkey rsa:2048 -nodes -keyout "$dir/key.pem" \
      -out "$dir/cert.pem" -days 30 -subj "/CN=$id.$name.lab.test" 2>/dev/null
  else
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "$dir/key.pem" -out "$dir/cert.pem" -days 30 \
      -subj "/CN=$id.$name.lab.test" 2>/dev/null
  fi
  chmod 600 "$dir/key.pem"
  sed -e "0,/^port=.*/s||port=tcp://:$port|" -e "s|^certificate=.*|certificate=$dir/cert.pem|" \
    -e "s|^key_file=.*|key_file=$dir/key.pem|" -e "s|^LogFile=.*|LogFile=$dir/xrdp.log|" \
    -e 's|^EnableSyslog=.*|EnableSyslog=false|' "$(host_etc "$name")/xrdp/xrdp.ini" >"$dir/xrdp.ini"
  if [ "$how" = mountns ]; then
    # the rest of a package's /etc/xrdp (rsakeys.ini, keymaps, sesman.ini) that its own /etc/xrdp needs
    find "$(host_etc "$name")/xrdp" -maxdepth 1 -type f ! -name 'xrdp.ini' ! -name '*.pem' -exec cp -p {} "$dir/" \;
    inside "$name" sh -c "unshare --mount --propagation private sh -c 'mount --bind $dir /etc/xrdp &&
      exec setsid /usr/sbin/xrdp --nodaemon </dev/null >/dev/null 2>&1' &"
  elif [ "$how" = relative ]; then
    inside "$name" sh -c "cd '$dir' && exec setsid /usr/sbin/xrdp --nodaemon --config xrdp.ini </dev/null >/dev/null 2>&1 &"
  else
    inside "$name" sh -c "setsid /usr/sbin/xrdp --nodaemon --config '$dir/xrdp.ini' </dev/null >/dev/null 2>&1 &"
  fi
  for i in $(seq 1 100); do
    pid=$(inside "$name" ss -ltnpH "sport = :$port" | sed -n 's/.*"xrdp",pid=\([0-9]*\).*/\1/p' | head -n 1)
    if [ -n "$pid" ]; then echo "pid=$pid"; echo "ini=$dir/xrdp.ini"; return 0; fi
    sleep 0.1
  done
  die "xrdp instance $id of $name does not listen on port $port within 10 s"
}

down() {
  local name=$1
  [[ $name =~ ^[a-z0-9]{1,10}$ ]] || die "name: 1-10 lower-case letters or digits"
  local pid; pid=$(cat "/run/rdpdoctor-xrdp-host/$name.pid" 2>/dev/null || true)
  [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true   # PID 1 gone: the kernel ends its namespace's processes
  ip netns pids "$name" 2>/dev/null | xargs -r kill -9 2>/dev/null || true
  ip link del "vh${name}" 2>/dev/null || true
  ip netns del "$name" 2>/dev/null || true
  rm -rf "/etc/netns/$name" "/run/rdpdoctor-xrdp-host/$name.pid"   # /etc/netns/NAME: what older versions made
  rm -rf "/run/rdpdoctor-xrdp-host/$name" 2>/dev/null || sleep 0.5   # mounts of a namespace that ends a moment late
  rm -rf "/run/rdpdoctor-xrdp-host/$name"
}

case "${1:-}" in
  up) [ $# -eq 3 ] || die "usage: up NAME INDEX"; up "$2" "$3" ;;
  in) [ $# -ge 3 ] || die "usage: in NAME CMD..."; name=$2; shift 2; inside "$name" "$@" ;;
  xrdp-start) xrdp_start "$2" ;;
  xrdp-stop) xrdp_stop "$2" ;;
  instance) [ $# -ge 4 ] || die "usage: instance NAME ID PORT [expired] [relative|mountns]"; instance "$2" "$3" "$4" "${5:-valid}" "${6:-absolute}" ;;
  down) down "$2" ;;
  *) die "usage: up NAME INDEX | in NAME CMD... | xrdp-start NAME | xrdp-stop NAME | instance NAME ID PORT | down NAME" ;;
esac
