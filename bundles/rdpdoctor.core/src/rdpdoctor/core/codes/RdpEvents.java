package rdpdoctor.core.codes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import rdpdoctor.core.Causes;

/**
 * Which causes a host's event supports, and why (facts/RDP.md, event channels): Schannel 36870 and the
 * RemoteConnectionManager's 1050-1059 for a certificate the listener cannot use, Schannel 36874/36888 for TLS
 * handshakes that fail, the Service Control Manager's 7036/7031/7034 for Remote Desktop Services stopping, the
 * LocalSessionManager's 24 for sessions left disconnected, xrdp's own log for a key it cannot read or a listener
 * that cannot start. Used by the engine (events read over SSH) and by readers of event files alike.
 */
public final class RdpEvents {

	/** The RemoteConnectionManager's "Remote Desktop Services: User authentication succeeded". */
	public static final int LOGON_SUCCEEDED = 1149;

	/**
	 * A cause an event supports.
	 *
	 * @param cause  the cause
	 * @param reason why, in a few words
	 */
	public record Signal(String cause, String reason) {
	}

	private static final Set<String> CERTIFICATE = Set.of(Causes.CERT_UNUSABLE, Causes.MACHINEKEYS_INACCESSIBLE,
			Causes.TLS_HANDSHAKE_FAILED, Causes.SECURITY_DOWNGRADE);

	private RdpEvents() {
	}

	/**
	 * @param eventId  the event's ID (0 for a Linux log line)
	 * @param provider its provider
	 * @param text     its message or data, one line
	 * @return the causes it supports
	 */
	public static List<Signal> signals(long eventId, String provider, String text) {
		String p = provider.toLowerCase(Locale.ROOT);
		String t = text.toLowerCase(Locale.ROOT);
		List<Signal> signals = new ArrayList<>();
		if (p.contains("schannel") && eventId == 36870) {
			CERTIFICATE.forEach(c -> signals.add(new Signal(c, "Schannel 36870: the TLS server credential's private"
					+ " key could not be used")));
		} else if ((p.contains("remoteconnectionmanager") || p.equals("termservice")) && eventId >= 1050
				&& eventId <= 1059) {
			CERTIFICATE.forEach(c -> signals.add(new Signal(c, "RemoteConnectionManager " + eventId
					+ ": the listener's certificate could not be created, replaced or used")));
		} else if (p.contains("schannel") && (eventId == 36874 || eventId == 36888 || eventId == 36871)) {
			signals.add(new Signal(Causes.TLS_HANDSHAKE_FAILED, "Schannel " + eventId + ": a TLS handshake failed"));
		} else if (p.contains("service control manager") && (eventId == 7036 && t.contains("remote desktop services")
				&& t.contains("stopped") || (eventId == 7031 || eventId == 7034) && t.contains("remote desktop"))) {
			signals.add(new Signal(Causes.RDP_SERVICE_STOPPED, "Service Control Manager " + eventId
					+ ": Remote Desktop Services stopped"));
			signals.add(new Signal(Causes.PORT_CLOSED, "Service Control Manager " + eventId
					+ ": Remote Desktop Services stopped, nothing listens"));
		} else if (p.contains("localsessionmanager") && eventId == 24) {
			signals.add(new Signal(Causes.STALE_SESSIONS, "LocalSessionManager 24: a session was left disconnected"));
		} else if (p.startsWith("xrdp") && (t.contains("private key") || t.contains("ssl_ctx_use")
				|| t.contains("certificate") && (t.contains("cannot") || t.contains("failed")))) {
			CERTIFICATE.forEach(c -> signals.add(new Signal(c, "xrdp's log: its certificate or key could not be"
					+ " used")));
		} else if ((p.startsWith("xrdp") || p.equals("systemd") && t.contains("xrdp")) && (t.contains("listen")
				&& t.contains("fail") || t.contains("stopped xrdp") || t.contains("xrdp.service: failed")
				|| t.contains("received termination signal"))) {
			signals.add(new Signal(Causes.RDP_SERVICE_STOPPED, "xrdp's log: it was stopped or could not listen"));
		}
		return signals;
	}
}
