package rdpdoctor.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import rdpdoctor.core.Finding;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.WellKnownEvidence;
import rdpdoctor.model.HostStatus;

/** One pass over a run's hosts: counts by status and cause, and every certificate's expiry, for report headers. */
public final class Summary {

	/**
	 * A certificate's end of validity.
	 *
	 * @param target   the host
	 * @param notAfter ISO-8601 instant
	 * @param daysLeft days until then (negative when past)
	 */
	public record Expiry(String target, String notAfter, long daysLeft) {
	}

	private final Map<HostStatus, Integer> byStatus = new EnumMap<>(HostStatus.class);
	private final Map<String, Integer> byCause = new TreeMap<>();
	private final List<Expiry> expiries = new ArrayList<>();
	private int hosts;

	/**
	 * @param diagnoses the hosts
	 * @return their summary
	 */
	public static Summary of(Iterable<HostDiagnosis> diagnoses) {
		Summary summary = new Summary();
		for (HostDiagnosis d : diagnoses) {
			summary.add(d);
		}
		summary.expiries.sort((a, b) -> Long.compare(a.daysLeft(), b.daysLeft()));
		return summary;
	}

	private void add(HostDiagnosis d) {
		hosts++;
		byStatus.merge(d.status(), 1, Integer::sum);
		for (Finding f : d.findings()) {
			byCause.merge(f.cause(), 1, Integer::sum);
		}
		ProbeOutcome tls = d.outcomesById().get(WellKnownEvidence.TLS_PROBE);
		if (tls != null && tls.evidence().containsKey(WellKnownEvidence.CERT_NOT_AFTER)) {
			expiries.add(new Expiry(d.target().toString(), String.valueOf(tls.evidence().get(WellKnownEvidence.CERT_NOT_AFTER)),
					tls.number(WellKnownEvidence.CERT_DAYS_LEFT).orElse(0L)));
		}
	}

	/** @return how many hosts */
	public int hosts() {
		return hosts;
	}

	/** @return hosts per status, in status order */
	public Map<HostStatus, Integer> byStatus() {
		return byStatus;
	}

	/** @return hosts per cause, by cause ID */
	public Map<String, Integer> byCause() {
		return byCause;
	}

	/** @return certificates, soonest expiry first */
	public List<Expiry> expiries() {
		return expiries;
	}
}
