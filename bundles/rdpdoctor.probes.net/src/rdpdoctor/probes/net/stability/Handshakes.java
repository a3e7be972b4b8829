package rdpdoctor.probes.net.stability;

import java.util.ArrayList;
import java.util.List;

import rdpdoctor.core.ProbeReport;
import rdpdoctor.probes.net.x224.NegotiationAttempt;

/** Timed short handshakes (TCP connect plus the X.224 exchange) and their statistics, as stability evidence. */
final class Handshakes {

	private final List<Double> connectMs = new ArrayList<>();
	private final List<Long> exchangeMs = new ArrayList<>();
	private final List<String> failed = new ArrayList<>();
	private int failures;
	private int resets;

	/** Records one handshake that was answered. */
	void answered(double connect, long exchange) {
		connectMs.add(Math.round(connect * 100) / 100.0); // two decimals
		exchangeMs.add(exchange);
	}

	/** Records the outcome of one attempt of this probe's own. */
	void add(NegotiationAttempt attempt) {
		if (attempt.transport() == NegotiationAttempt.Transport.ANSWERED) {
			answered(attempt.connectMicros() / 1000.0, attempt.millis());
			return;
		}
		failures++;
		resets += attempt.transport() == NegotiationAttempt.Transport.RESET ? 1 : 0;
		failed.add("#" + count() + " " + attempt.transport());
	}

	int count() {
		return connectMs.size() + failures;
	}

	/** Puts samples, failures, resets (and which failed), the connect times and the spread of whole handshakes. */
	void report(ProbeReport report) {
		report.put("samples", count()).put("failures", failures).put("resets", resets);
		if (!failed.isEmpty()) {
			report.put("failed", failed);
		}
		if (connectMs.isEmpty()) {
			return;
		}
		List<Double> connect = connectMs.stream().sorted().toList();
		List<Double> totals = totals();
		report.put("connectMsMin", connect.get(0)).put("connectMsMedian", connect.get(connect.size() / 2))
				.put("connectMsMax", connect.get(connect.size() - 1))
				.put("rttSpreadMs", round(connect.get(connect.size() - 1) - connect.get(0)))
				.put("exchangeMsMedian", exchangeMs.stream().sorted().toList().get(exchangeMs.size() / 2))
				.put("handshakeSpreadMs", round(totals.get(totals.size() - 1) - totals.get(0)))
				.put("handshakeIqrMs", iqr(totals)).put("handshakeMsMedian", totals.get(totals.size() / 2));
	}

	/** @return the connect times' range for a summary, or "" */
	String range() {
		if (connectMs.isEmpty()) {
			return "";
		}
		List<Double> connect = connectMs.stream().sorted().toList();
		return ", connect " + connect.get(0) + ".." + connect.get(connect.size() - 1) + " ms";
	}

	int failures() {
		return failures;
	}

	/** Totals (connect plus X.224 exchange) per handshake, in ms, sorted. */
	private List<Double> totals() {
		List<Double> totals = new ArrayList<>();
		for (int i = 0; i < connectMs.size(); i++) {
			totals.add(connectMs.get(i) + exchangeMs.get(i));
		}
		return totals.stream().sorted().toList();
	}

	/** The middle half's width: most handshakes must vary for it to grow, one stalled sample does not move it. */
	static double iqr(List<Double> sorted) {
		return round(sorted.get((3 * sorted.size()) / 4) - sorted.get(sorted.size() / 4));
	}

	private static double round(double ms) {
		return Math.round(ms * 100) / 100.0;
	}
}
