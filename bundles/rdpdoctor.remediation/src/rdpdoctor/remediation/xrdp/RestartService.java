package rdpdoctor.remediation.xrdp;

import rdpdoctor.remediation.RemediationIds;
import rdpdoctor.remediation.Snapshot;

/**
 * {@code restart-rdp-service} for xrdp: restarts an xrdp that accepts connections but does not answer. Nothing on disk
 * changes; a restart cannot be undone, so the rollback only makes sure xrdp runs.
 */
public final class RestartService extends XrdpServiceRemediation {

	@Override
	String id() {
		return RemediationIds.RESTART_RDP_SERVICE;
	}

	@Override
	String summary(Facts facts) {
		return "Restarts xrdp the way the host manages it (systemctl restart xrdp, or /etc/init.d/xrdp restart) and "
				+ "waits up to 15 s for port " + facts.port() + ". Connections being set up are dropped; running "
				+ "sessions live in xrdp-sesman's processes and stay.";
	}

	@Override
	String apply(Facts facts) {
		return "service_xrdp restart\nwait_listen \"$port\"\n";
	}

	@Override
	String afterRestore(Snapshot snapshot) {
		return "if ! pgrep -x xrdp >/dev/null; then service_xrdp start; fi\n";
	}
}
