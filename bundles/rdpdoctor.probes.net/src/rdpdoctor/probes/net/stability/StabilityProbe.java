package rdpdoctor.probes.net.stability;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

import rdpdoctor.core.IProbe;
import rdpdoctor.core.ProbeContext;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.ProbeReport;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.probes.net.io.Deadline;
import rdpdoctor.probes.net.x224.NegotiatedTarget;
import rdpdoctor.probes.net.x224.Negotiation;
import rdpdoctor.probes.net.x224.NegotiationAttempt;
import rdpdoctor.probes.net.x224.NegotiationMatrix;
import rdpdoctor.probes.net.x224.Protocols;

/**
 * How steady a short handshake (TCP connect plus the X.224 exchange) is over N samples (setting
 * {@code stability.samples}, default 5): connect round-trip minimum, median and maximum, the exchange's median, the
 * spread and interquartile range of whole handshakes, failures and resets; and, interleaved, the same handshake
 * against a loopback reference ({@code localIqrMs}): the jitter this machine adds by itself.
 * <p>
 * The negotiation matrix already made that handshake on fresh connections, one per request, and timed it: its
 * answered requests after the first are the first samples ({@code fromMatrix}), so a host is not connected to more
 * often than needed (the first request is the warm-up that pays for class loading and ARP). This probe makes the
 * rest itself, with the mstsc-like request; only its own attempts count as failures, since a server may refuse some
 * of the matrix's requests on purpose.
 * </p>
 */
public class StabilityProbe implements IProbe {

	/** Settings key for the number of handshakes. */
	public static final String SAMPLES_SETTING = "stability.samples";
	private static final int DEFAULT_SAMPLES = 5;
	private static final int MAX_SAMPLES = 100;

	@Override
	public void run(ProbeContext context, ProbeReport report) throws Exception {
		InetAddress address = NegotiatedTarget.address(context);
		int port = context.target().port();
		int samples = samples(context);
		Deadline deadline = NegotiatedTarget.deadline(context);
		Handshakes handshakes = new Handshakes();
		int fromMatrix = fromMatrix(context.outcome("x224").orElseThrow(), samples, handshakes);
		if (fromMatrix == 0) { // an unrecorded warm-up: class loading and ARP are no property of the path
			try (Negotiation warmUp = Negotiation.run(address, port, Protocols.MSTSC,
					deadline.atMost(deadline.remainingMillis() / (samples + 1)))) {
				warmUp.attempt();
			}
		}
		LoopbackReference reference = LoopbackReference.get();
		List<Double> local = new ArrayList<>();
		for (int i = 0; i < samples && !deadline.passed() && !context.isCancelled(); i++) {
			try (Negotiation here = Negotiation.run(InetAddress.getLoopbackAddress(), reference.port(),
					Protocols.MSTSC, deadline.atMost(200))) {
				if (here.attempt().transport() == NegotiationAttempt.Transport.ANSWERED) {
					local.add(here.attempt().connectMicros() / 1000.0 + here.attempt().millis());
				}
			}
			if (i < fromMatrix) {
				continue;
			}
			try (Negotiation negotiation = Negotiation.run(address, port, Protocols.MSTSC,
					deadline.atMost(Math.max(200, deadline.remainingMillis() / (samples - i))))) {
				handshakes.add(negotiation.attempt());
			}
		}
		handshakes.report(report);
		report.put("fromMatrix", fromMatrix);
		if (!local.isEmpty()) {
			report.put("localIqrMs", Handshakes.iqr(local.stream().sorted().toList()));
		}
		report.status(ProbeStatus.OK, handshakes.count() + " handshakes (" + fromMatrix + " of the matrix), "
				+ handshakes.failures() + " failed" + handshakes.range());
	}

	/** Takes up to {@code samples} answered requests of the matrix after its first; @return how many. */
	private static int fromMatrix(ProbeOutcome x224, int samples, Handshakes handshakes) {
		int taken = 0;
		for (String request : NegotiationMatrix.REQUESTS.keySet()) {
			Object connect = x224.evidence().get(request + ".connectMs");
			Object exchange = x224.evidence().get(request + ".ms");
			boolean answered = x224.text(request + ".transport").orElse("")
					.equals(NegotiationAttempt.Transport.ANSWERED.name());
			if (request.equals("mstsc") || !answered || !(connect instanceof Number c)
					|| !(exchange instanceof Number e)) {
				continue;
			}
			if (taken == samples) {
				break;
			}
			handshakes.answered(c.doubleValue(), e.longValue());
			taken++;
		}
		return taken;
	}

	private static int samples(ProbeContext context) {
		try {
			int n = Integer.parseInt(context.settings().extra().getOrDefault(SAMPLES_SETTING, "" + DEFAULT_SAMPLES));
			return Math.max(1, Math.min(MAX_SAMPLES, n));
		} catch (NumberFormatException e) {
			return DEFAULT_SAMPLES;
		}
	}
}
