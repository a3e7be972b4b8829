package com.example;

import rdpdoctor.remediation.IRemediation;
import rdpdoctor.remediation.Plan;
import rdpdoctor.remediation.RemediationHost;
import rdpdoctor.remediation.RemediationRefused;
import rdpdoctor.remediation.Snapshot;
import rdpdoctor.ssh.host.HostSystem;

/**
 * The remediation of docs/extending.md: starts xrdp-sesman (a cause a third party's rule names, SESMAN_STOPPED). It
 * only writes scripts: RDP Doctor shows them, runs them as root on the host and journals every step.
 */
public class RestartSesman implements IRemediation {

	private static final String FAIL = "fail() { printf 'rdpdoctor: %s\\n' \"$*\" >&2; exit 3; }\n";

	@Override
	public Plan plan(RemediationHost host) throws RemediationRefused {
		if (host.system() != HostSystem.LINUX) {
			throw new RemediationRefused(host.target().host() + " runs " + host.system() + ": xrdp-sesman is Linux's");
		}
		String precondition = FAIL + "command -v xrdp-sesman >/dev/null || fail \"xrdp-sesman is not installed\"\n"
				+ "exit 0\n";
		String snapshot = "if pgrep -x xrdp-sesman >/dev/null; then r=yes; else r=no; fi\n"
				+ "printf 'value\\trunning\\t%s\\n' \"$(printf %s \"$r\" | base64)\"\n";
		String apply = FAIL + "pgrep -x xrdp-sesman >/dev/null && exit 0\n"
				+ "if [ -d /run/systemd/system ]; then systemctl start xrdp-sesman; else /etc/init.d/xrdp start; fi "
				+ "</dev/null >/dev/null 2>&1 || fail \"xrdp-sesman did not start\"\nexit 0\n";
		return new Plan("com.example.restart-sesman", host.cause(), host.target().host(), host.system(),
				"Starts xrdp-sesman, which logs users on to their sessions; xrdp itself is not touched.", false,
				precondition, snapshot, apply);
	}

	@Override
	public String rollback(Plan plan, Snapshot snapshot) {
		boolean wasRunning = snapshot.find("value", "running").map(e -> e.text().equals("yes")).orElse(true);
		return wasRunning ? "exit 0\n" : "pkill -x xrdp-sesman; exit 0\n";
	}
}
