package rdpdoctor.probes.net.stability;

import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;

import rdpdoctor.core.IProbe;
import rdpdoctor.core.ProbeContext;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.ProbeReport;
import rdpdoctor.core.settings.DiagnosisSetting;
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
 * spread and interquartile range of whole handshakes, failures and resets; and the interquartile range of the same
 * handshake against a loopback reference over the time since the matrix started ({@code localIqrMs},
 * {@code localSamples}: at least 5), the jitter this machine added by itself meanwhile.
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
	public static final String SAMPLES_SETTING = DiagnosisSetting.STABILITY_SAMPLES.key();
	private static final int DEFAULT_SAMPLES = 5;
	private static final int MAX_SAMPLES = 100;
	/** The fewest loopback handshakes the reference's spread is taken from. */
	private static final int MIN_REFERENCE = 5;

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
		reference.use();
		long windowStart = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(sinceTheMatrix(context));
		for (int i = fromMatrix; i < samples && !deadline.passed() && !context.isCancelled(); i++) {
			try (Negotiation negotiation = Negotiation.run(address, port, Protocols.MSTSC,
					deadline.atMost(Math.max(200, deadline.remainingMillis() / (samples - i))))) {
				handshakes.add(negotiation.attempt());
			}
		}
		handshakes.report(report);
		report.put("fromMatrix", fromMatrix);
		reference.use();
		List<Double> local = reference.since(windowStart);
		for (int i = local.size(); i < MIN_REFERENCE && !deadline.passed() && !context.isCancelled(); i++) {
			reference.handshake().ifPresent(local::add); // the sampler had only started: measured here
		}
		report.put("localSamples", local.size());
		if (!local.isEmpty()) {
			report.put("localIqrMs", Handshakes.iqr(local.stream().sorted().toList()));
		}
		report.status(ProbeStatus.OK, handshakes.count() + " handshakes (" + fromMatrix + " of the matrix), "
				+ handshakes.failures() + " failed" + handshakes.range());
	}

	/** @return the time since the negotiation matrix started: the probes after it ran about one after the other */
	private static long sinceTheMatrix(ProbeContext context) {
		long ms = 0;
		for (String probe : List.of("x224", "tls", "tlsversions", "ntlm")) {
			ms += context.outcome(probe).map(ProbeOutcome::durationMs).orElse(0L);
		}
		return ms;
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
