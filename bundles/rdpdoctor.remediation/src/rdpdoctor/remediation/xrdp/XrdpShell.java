package rdpdoctor.remediation.xrdp;

import java.util.regex.Pattern;

import rdpdoctor.remediation.RemediationRefused;
import rdpdoctor.remediation.Snapshot;
import rdpdoctor.ssh.RemoteShell;

/**
 * The POSIX sh pieces the xrdp remediations share: reading and writing one key of xrdp.ini's [Globals] (written
 * beside and renamed, owner and mode kept), restarting xrdp the way the host manages it (systemd, else Debian's
 * /etc/init.d/xrdp), waiting for the port with a deadline, snapshot lines, and restoring files from a snapshot.
 */
final class XrdpShell {

	/** Paths the scripts touch: absolute, plain characters (no quoting games with the host's own text). */
	private static final Pattern SAFE_PATH = Pattern.compile("/[A-Za-z0-9_./-]{1,255}");

	/** Shared functions; every script starts with them. */
	static final String FUNCTIONS = """
			set -u
			PATH=/usr/sbin:/usr/bin:/sbin:/bin
			fail() { printf 'rdpdoctor: %s\\n' "$*" >&2; exit 3; }
			ini_get() { # KEY: its value in [Globals], as xrdp reads it (spaces around = ignored)
			  awk -v k="$1" '/^[ \\t]*\\[/ { g = tolower($0) ~ /^[ \\t]*\\[globals\\]/; next }
			    g { i = index($0, "="); if (i == 0) next; key = substr($0, 1, i - 1); gsub(/[ \\t]/, "", key)
			        if (tolower(key) == k) { v = substr($0, i + 1); gsub(/^[ \\t]+|[ \\t\\r]+$/, "", v); print v; exit } }' "$ini"
			}
			ini_set() { # KEY VALUE: in [Globals], the key's line replaced (or added at the section's end)
			  [ -L "$ini" ] && fail "$ini is a link: not replaced"
			  tmp="$ini.rdpdoctor-new"; rm -f "$tmp"
			  awk -v k="$1" -v v="$2" '
			    /^[ \\t]*\\[/ { if (g && !done) { print k "=" v; done = 1 }; g = tolower($0) ~ /^[ \\t]*\\[globals\\]/; print; next }
			    g && !done { i = index($0, "="); if (i > 0) { key = substr($0, 1, i - 1); gsub(/[ \\t]/, "", key)
			      if (tolower(key) == k) { print k "=" v; done = 1; next } } }
			    { print }
			    END { if (g && !done) print k "=" v }' "$ini" >"$tmp" || { rm -f "$tmp"; fail "cannot write $tmp"; }
			  chown --reference="$ini" "$tmp" && chmod --reference="$ini" "$tmp" && mv -f "$tmp" "$ini" \\
			    || { rm -f "$tmp"; fail "cannot replace $ini"; }
			}
			service_xrdp() { # start|stop|restart, as the host manages xrdp; its output kept off the SSH channel
			  log=$(mktemp) || fail "mktemp failed"
			  if [ -d /run/systemd/system ] && command -v systemctl >/dev/null; then
			    systemctl "$1" xrdp </dev/null >"$log" 2>&1
			  elif [ -x /etc/init.d/xrdp ]; then
			    /etc/init.d/xrdp "$1" </dev/null >"$log" 2>&1
			  else
			    rm -f "$log"; fail "neither systemd nor /etc/init.d/xrdp: $1 xrdp by hand"
			  fi
			  rc=$?; cat "$log" >&2; rm -f "$log"
			  [ "$rc" = 0 ] || fail "xrdp $1 failed (exit status $rc)"
			}
			same_instance() { # the diagnosed process still serves the port with the same xrdp.ini
			  [ -n "$pid" ] || return 0
			  [ "$(cat /proc/$pid/comm 2>/dev/null)" = xrdp ] || fail "PID $pid is no longer xrdp: diagnose again"
			  if tr '\\000' '\\n' </proc/$pid/cmdline | grep -qxE -- '-c|--config' \
			    && ! tr '\\000' '\\n' </proc/$pid/cmdline | grep -qxF -- "$ini"; then
			    fail "PID $pid no longer runs with $ini: diagnose again"
			  fi
			  out=$(ss -ltnpH "sport = :$port" 2>/dev/null)
			  case $out in *pid=*) case $out in *"pid=$pid,"*) ;; *) fail "port $port is no longer served by PID $pid: diagnose again" ;; esac ;; esac
			}
			managed_instance() { # the host's xrdp service manages this instance and it is the only one
			  [ "$only" = yes ] || fail "$ini is not the only xrdp the service manages: restart it by hand"
			  [ -n "$pid" ] || return 0
			  f=/run/xrdp/xrdp.pid; [ -f "$f" ] || f=/var/run/xrdp/xrdp.pid   # the pid file has no newline
			  [ "$(tr -dc 0-9 <"$f" 2>/dev/null)" = "$pid" ] && return 0
			  [ "$(systemctl show -p MainPID --value xrdp 2>/dev/null)" = "$pid" ] && return 0
			  fail "PID $pid is not the xrdp the xrdp service manages: restart it by hand"
			}
			listening() { ss -ltnH "sport = :$1" 2>/dev/null | grep -q .; }
			wait_listen() { # PORT: at most 15 s
			  n=0; while [ $n -lt 75 ]; do listening "$1" && return 0; n=$((n + 1)); sleep 0.2; done
			  fail "xrdp does not listen on port $1 within 15 s"
			}
			wait_stopped() { # at most 15 s
			  n=0; while [ $n -lt 75 ]; do pgrep -x xrdp >/dev/null || return 0; n=$((n + 1)); sleep 0.2; done
			  fail "xrdp still runs 15 s after it was stopped"
			}
			b64() { base64 -w0 2>/dev/null || base64 | tr -d '\\n'; }
			snap_file() { # PATH: a link, a file (content, uid:gid:mode) or its absence
			  if [ -L "$1" ]; then printf 'link\\t%s\\t%s\\n' "$1" "$(readlink "$1" | tr -d '\\n' | b64)"
			  elif [ -f "$1" ]; then printf 'file\\t%s\\t%s\\t%s\\n' "$1" "$(b64 <"$1")" "$(stat -c '%u:%g:%a' "$1")"
			  else printf 'absent\\t%s\\t\\n' "$1"; fi
			}
			snap_value() { printf 'value\\t%s\\t%s\\n' "$1" "$(printf '%s' "$2" | b64)"; }
			snap_running() { if pgrep -x xrdp >/dev/null; then snap_value running yes; else snap_value running no; fi; }
			restore_file() { # PATH BASE64 UID:GID:MODE, written beside and renamed
			  t="$1.rdpdoctor-rollback"; rm -f "$t"
			  printf '%s' "$2" | base64 -d >"$t" && chown "${3%:*}" "$t" && chmod "${3##*:}" "$t" && mv -f "$t" "$1" \\
			    || { rm -f "$t"; fail "cannot restore $1"; }
			}
			restore_link() { # PATH TARGET
			  t="$1.rdpdoctor-rollback"; rm -f "$t"
			  ln -s "$2" "$t" && mv -Tf "$t" "$1" || { rm -f "$t"; fail "cannot restore the link $1"; }
			}
			""";

	private XrdpShell() {
	}

	/**
	 * @param snapshot a snapshot taken with {@code snap_running}
	 * @return whether xrdp ran then (yes when the snapshot does not say)
	 */
	static boolean wasRunning(Snapshot snapshot) {
		return snapshot.find("value", "running").map(e -> e.text().equals("yes")).orElse(true);
	}

	/**
	 * @param what a name for the message
	 * @param path a path the host reported
	 * @return it, single-quoted for sh
	 * @throws RemediationRefused when it is not a plain absolute path
	 */
	static String path(String what, String path) throws RemediationRefused {
		if (!SAFE_PATH.matcher(path).matches() || path.contains("/../") || path.endsWith("/..")) {
			throw new RemediationRefused(what + " '" + rdpdoctor.core.Untrusted.terminal(path)
					+ "' is not a plain absolute path: left alone, change it by hand");
		}
		return RemoteShell.quote(path);
	}

	/**
	 * @param snapshot a snapshot of files
	 * @return the script lines that restore each file, link or absence it holds
	 */
	static String restoreFiles(Snapshot snapshot) {
		StringBuilder script = new StringBuilder();
		for (Snapshot.Entry entry : snapshot.entries()) {
			String path = RemoteShell.quote(entry.name());
			switch (entry.kind()) {
			case "file" -> script.append("restore_file ").append(path).append(' ')
					.append(RemoteShell.quote(entry.base64())).append(' ')
					.append(RemoteShell.quote(entry.attributes())).append('\n');
			case "link" -> script.append("restore_link ").append(path).append(' ')
					.append(RemoteShell.quote(entry.text())).append('\n');
			case "absent" -> script.append("rm -f ").append(path).append('\n');
			default -> {
				// values are restored by the remediation itself
			}
			}
		}
		return script.toString();
	}
}
