package rdpdoctor.remediation.xrdp;

import rdpdoctor.remediation.RemediationIds;
import rdpdoctor.remediation.Snapshot;

/**
 * {@code start-rdp-service} for xrdp: starts xrdp (and xrdp-sesman) as the host manages them, waits for the port.
 * Rollback stops it again when it was stopped.
 */
public final class StartService extends XrdpServiceRemediation {

	@Override
	String id() {
		return RemediationIds.START_RDP_SERVICE;
	}

	@Override
	String summary(Facts facts) {
		return "Starts xrdp and xrdp-sesman the way the host manages them (systemctl start xrdp, or /etc/init.d/xrdp "
				+ "start) and waits up to 15 s for port " + facts.port() + ". Whether it starts at boot is not "
				+ "changed: if it was disabled, enable it (systemctl enable xrdp) once this is verified.";
	}

	@Override
	String apply(Facts facts) {
		return "if ! pgrep -x xrdp >/dev/null; then service_xrdp start; fi\nwait_listen \"$port\"\n";
	}

	@Override
	String afterRestore(Snapshot snapshot) {
		return XrdpShell.wasRunning(snapshot) ? "" : "service_xrdp stop\nwait_stopped\n";
	}
}
