package rdpdoctor.core.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import rdpdoctor.core.Finding;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.WellKnownEvidence;
import rdpdoctor.model.HostStatus;

/**
 * The figures of a fleet, counted once for every view that shows them (the HTML report's header and charts, the
 * workbench's dashboard): hosts per status, hosts per cause, and every certificate's end of validity.
 */
public final class FleetCounts {

	/**
	 * A certificate's end of validity.
	 *
	 * @param target   the host
	 * @param notAfter when it ends
	 * @param daysLeft whole days from the diagnosis until then (negative when past)
	 */
	public record Expiry(String target, Instant notAfter, long daysLeft) {
	}

	private final Map<HostStatus, Integer> byStatus = new EnumMap<>(HostStatus.class);
	private final Map<String, Integer> byCause = new HashMap<>();
	private final List<Expiry> expiries = new ArrayList<>();
	private int hosts;

	/** Empty counts: every status at 0. */
	public FleetCounts() {
		for (HostStatus status : HostStatus.values()) {
			byStatus.put(status, 0);
		}
	}

	/**
	 * @param diagnoses the hosts' diagnoses
	 * @return their counts
	 */
	public static FleetCounts of(Iterable<HostDiagnosis> diagnoses) {
		FleetCounts counts = new FleetCounts();
		for (HostDiagnosis d : diagnoses) {
			counts.add(d);
		}
		return counts;
	}

	/** @param diagnosis one host's diagnosis, counted */
	public void add(HostDiagnosis diagnosis) {
		ProbeOutcome tls = diagnosis.outcomesById().get(WellKnownEvidence.TLS_PROBE);
		Instant notAfter = tls != null && tls.evidence().get(WellKnownEvidence.CERT_NOT_AFTER) instanceof Instant end
				? end
				: null;
		long daysLeft = tls == null ? 0 : tls.number(WellKnownEvidence.CERT_DAYS_LEFT).orElse(0L);
		add(diagnosis.target().toString(), diagnosis.status(),
				diagnosis.findings().stream().map(Finding::cause).toList(), notAfter, daysLeft);
	}

	/**
	 * Counts one host, however its diagnosis is held.
	 *
	 * @param target   the host
	 * @param status   its status
	 * @param causes   the causes found (a cause found twice counts once)
	 * @param notAfter its certificate's end of validity, or null
	 * @param daysLeft whole days until then
	 */
	public void add(String target, HostStatus status, Collection<String> causes, Instant notAfter, long daysLeft) {
		hosts++;
		byStatus.merge(status, 1, Integer::sum);
		causes.stream().distinct().forEach(cause -> byCause.merge(cause, 1, Integer::sum));
		if (notAfter != null) {
			expiries.add(new Expiry(target, notAfter, daysLeft));
		}
	}

	/** @return how many hosts */
	public int hosts() {
		return hosts;
	}

	/** @return hosts per status, every status present, in status order */
	public Map<HostStatus, Integer> byStatus() {
		return byStatus;
	}

	/** @return hosts per cause, most frequent first, then by cause id */
	public Map<String, Integer> byCause() {
		Map<String, Integer> sorted = new LinkedHashMap<>();
		byCause.entrySet().stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}

	/** @return every certificate's end of validity, soonest first */
	public List<Expiry> expiries() {
		List<Expiry> sorted = new ArrayList<>(expiries);
		sorted.sort(Comparator.comparing(Expiry::notAfter));
		return sorted;
	}
}
