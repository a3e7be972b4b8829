package rdpdoctor.probes.net.stability;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

import rdpdoctor.core.IProbe;
import rdpdoctor.core.ProbeContext;
import rdpdoctor.core.ProbeReport;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.probes.net.io.Deadline;
import rdpdoctor.probes.net.x224.NegotiatedTarget;
import rdpdoctor.probes.net.x224.Negotiation;
import rdpdoctor.probes.net.x224.NegotiationAttempt;
import rdpdoctor.probes.net.x224.Protocols;

/**
 * Repeats a short handshake (TCP connect plus the X.224 exchange) N times (setting {@code stability.samples},
 * default 5, after one unrecorded warm-up) and records how steady it is: connect round-trip minimum, median and
 * maximum, the exchange's median, the spread and interquartile range of whole handshakes, failures and resets;
 * and, interleaved, the same handshake against a loopback reference ({@code localIqrMs}): the jitter this machine
 * adds by itself.
 */
public class StabilityProbe implements IProbe {

	/** Settings key for the number of handshakes. */
	public static final String SAMPLES_SETTING = "stability.samples";
	private static final int DEFAULT_SAMPLES = 5;
	private static final int MAX_SAMPLES = 100;

	@Override
	public void run(ProbeContext context, ProbeReport report) throws Exception {
		InetAddress address = NegotiatedTarget.address(context);
		int samples = samples(context);
		Deadline deadline = NegotiatedTarget.deadline(context);
		List<Double> connect = new ArrayList<>();
		List<Long> exchange = new ArrayList<>();
		int failures = 0;
		int resets = 0;
		List<String> failed = new ArrayList<>();
		// one unrecorded warm-up first: it pays for class loading and ARP, which are no property of the path
		try (Negotiation warmUp = Negotiation.run(address, context.target().port(), Protocols.MSTSC,
				deadline.atMost(deadline.remainingMillis() / (samples + 1)))) {
			warmUp.attempt();
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
			try (Negotiation negotiation = Negotiation.run(address, context.target().port(), Protocols.MSTSC,
					deadline.atMost(Math.max(200, deadline.remainingMillis() / (samples - i))))) {
				NegotiationAttempt attempt = negotiation.attempt();
				if (attempt.transport() == NegotiationAttempt.Transport.ANSWERED) {
					connect.add(Math.round(attempt.connectMicros() / 10.0) / 100.0); // ms, two decimals
					exchange.add(attempt.millis());
				} else {
					failures++;
					resets += attempt.transport() == NegotiationAttempt.Transport.RESET ? 1 : 0;
					failed.add("#" + (i + 1) + " " + attempt.transport());
				}
			}
		}
		int done = connect.size() + failures;
		report.put("samples", done).put("failures", failures).put("resets", resets);
		if (!failed.isEmpty()) {
			report.put("failed", failed);
		}
		String range = "";
		if (!connect.isEmpty()) {
			List<Double> sorted = connect.stream().sorted().toList();
			range = ", connect " + sorted.get(0) + ".." + sorted.get(sorted.size() - 1) + " ms";
			double median = sorted.get(sorted.size() / 2);
			report.put("connectMsMin", sorted.get(0)).put("connectMsMedian", median)
					.put("connectMsMax", sorted.get(sorted.size() - 1))
					.put("rttSpreadMs", Math.round((sorted.get(sorted.size() - 1) - sorted.get(0)) * 100) / 100.0)
					.put("exchangeMsMedian", exchange.stream().sorted().toList().get(exchange.size() / 2))
					.put("handshakeSpreadMs", spread(connect, exchange))
					.put("handshakeIqrMs", interquartile(connect, exchange))
					.put("handshakeMsMedian", median(connect, exchange));
		}
		if (!local.isEmpty()) {
			report.put("localIqrMs", iqr(local.stream().sorted().toList()));
		}
		report.status(ProbeStatus.OK, done + " handshakes, " + failures + " failed" + range);
	}

	/** Totals (connect plus X.224 exchange) per handshake, in ms, sorted. */
	private static List<Double> totals(List<Double> connect, List<Long> exchange) {
		List<Double> totals = new ArrayList<>();
		for (int i = 0; i < connect.size(); i++) {
			totals.add(connect.get(i) + exchange.get(i));
		}
		return totals.stream().sorted().toList();
	}

	private static double spread(List<Double> connect, List<Long> exchange) {
		List<Double> t = totals(connect, exchange);
		return Math.round((t.get(t.size() - 1) - t.get(0)) * 100) / 100.0;
	}

	/** The middle half's width: most handshakes must vary for it to grow, one stalled sample does not move it. */
	private static double interquartile(List<Double> connect, List<Long> exchange) {
		return iqr(totals(connect, exchange));
	}

	private static double iqr(List<Double> sorted) {
		return Math.round((sorted.get((3 * sorted.size()) / 4) - sorted.get(sorted.size() / 4)) * 100) / 100.0;
	}

	private static double median(List<Double> connect, List<Long> exchange) {
		List<Double> t = totals(connect, exchange);
		return t.get(t.size() / 2);
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
