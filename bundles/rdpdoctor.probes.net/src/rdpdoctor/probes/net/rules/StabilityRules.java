package rdpdoctor.probes.net.rules;

import java.util.List;

import rdpdoctor.core.Causes;
import rdpdoctor.core.Finding;
import rdpdoctor.core.IRule;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.RuleContext;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.model.Severity;

/**
 * NETWORK_UNSTABLE: some handshakes of the {@code stability} probe failed while others succeeded, or the time of
 * whole handshakes (connect plus X.224 exchange) varies across most of them: an interquartile range above 50 ms and
 * above a quarter of the median (jitter and retransmissions). A steady path, fast or slow, varies far less, and one
 * handshake stalled by this machine's own load does not move the interquartile range, and the interquartile range
 * of the same handshake against a loopback reference, measured in between, is subtracted first.
 */
public class StabilityRules implements IRule {

	/** An interquartile range below this is never called unstable. */
	static final long MIN_IQR_MS = 50;

	@Override
	public List<Finding> evaluate(RuleContext context) {
		ProbeOutcome s = context.outcome("stability").orElse(null);
		if (s == null || s.status() != ProbeStatus.OK) {
			return List.of();
		}
		long samples = s.number("samples").orElse(0L);
		long failures = s.number("failures").orElse(0L);
		double spread = decimal(s, "handshakeSpreadMs");
		// less the jitter this machine adds itself (measured against a loopback reference in the same run)
		double iqr = decimal(s, "handshakeIqrMs") - decimal(s, "localIqrMs");
		double median = decimal(s, "handshakeMsMedian");
		boolean someFailed = failures > 0 && failures < samples;
		boolean spreadWide = iqr > Math.max(MIN_IQR_MS, median / 4);
		if (!someFailed && !spreadWide) {
			return List.of();
		}
		return List.of(Finding.of(Causes.NETWORK_UNSTABLE, Severity.WARNING).confidence(someFailed ? 0.85 : 0.7)
				.title("The path to " + context.target() + " is unstable")
				.explanation("Of " + samples + " short handshakes, " + failures + " failed" + (someFailed ? " "
						+ s.evidence().getOrDefault("failed", "") : "") + ", and the TCP connect took "
						+ decimal(s, "connectMsMin") + " to " + decimal(s, "connectMsMax") + " ms; whole handshakes "
						+ "varied by " + spread + " ms, the middle half by " + iqr + " ms more than the same handshake "
						+ "on this machine's loopback, around a median of " + median + " ms (evidence "
						+ "stability.failures, stability.handshakeIqrMs, stability.localIqrMs). Packet "
						+ "loss or congestion on the way (a VPN, Wi-Fi, an overloaded link) breaks RDP's handshake "
						+ "and sessions: mstsc shows 0x904 or 0x108, FreeRDP ERRCONNECT_ACTIVATION_TIMEOUT. On the "
						+ "host, RemoteDesktopServices-RdpCoreTS events 133/137/143 record dropped transports. Fix: "
						+ "the network path (VPN MTU, Wi-Fi, link load); the NIC's power saving (NIC_POWER_SAVING).")
				.evidence("stability.failures", "stability.handshakeIqrMs", "stability.localIqrMs",
						"stability.handshakeMsMedian").build());
	}

	private static double decimal(ProbeOutcome outcome, String key) {
		return outcome.evidence().get(key) instanceof Number n ? n.doubleValue() : 0;
	}
}
