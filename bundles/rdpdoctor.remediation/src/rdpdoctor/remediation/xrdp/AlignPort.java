package rdpdoctor.remediation.xrdp;

import rdpdoctor.remediation.RemediationIds;
import rdpdoctor.remediation.Snapshot;

/**
 * {@code align-rdp-port} for xrdp: {@code port=} of [Globals] set to the port clients use (the target's), xrdp
 * restarted; refused when another program listens there. The old xrdp.ini is in the snapshot.
 */
public final class AlignPort extends XrdpRemediation {

	@Override
	String id() {
		return RemediationIds.ALIGN_RDP_PORT;
	}

	@Override
	String summary(Facts facts) {
		return "Sets port=" + facts.wantedPort() + " in [Globals] of " + facts.ini() + " (xrdp listens on "
				+ facts.port() + " now; clients use " + facts.wantedPort() + "), written beside and renamed, then "
				+ "restarts xrdp through its service (the host's only xrdp: connections being set up are dropped, live "
				+ "sessions stay with xrdp-sesman) and waits for port " + facts.wantedPort() + ". Firewall rules for the port are not "
				+ "changed.";
	}

	@Override
	String precondition(Facts facts) {
		return "[ -L \"$ini\" ] && fail \"$ini is a link: not replaced (edit it where it points)\"\n"
				+ "if [ \"$port\" != \"$wanted_port\" ] && listening \"$wanted_port\"; then\n"
				+ "  fail \"another program listens on port $wanted_port\"\nfi\n";
	}

	@Override
	boolean restarts() {
		return true;
	}

	@Override
	String snapshot(Facts facts) {
		return "snap_file \"$ini\"\n";
	}

	@Override
	String apply(Facts facts) {
		return "ini_set port \"$wanted_port\"\nservice_xrdp restart\nwait_listen \"$wanted_port\"\n";
	}

	@Override
	String afterRestore(Snapshot snapshot) {
		return "service_xrdp restart\nwait_listen \"$port\"\n";
	}
}
