package rdpdoctor.ui.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import rdpdoctor.core.WellKnownEvidence;
import rdpdoctor.core.inventory.InventoryWalk;
import rdpdoctor.core.inventory.RunRecords;
import rdpdoctor.core.report.FleetCounts;
import rdpdoctor.model.Evidence;
import rdpdoctor.model.FindingRecord;
import rdpdoctor.model.Host;
import rdpdoctor.model.HostStatus;
import rdpdoctor.model.Inventory;
import rdpdoctor.model.ProbeResult;
import rdpdoctor.model.ProbeRun;
import rdpdoctor.model.Severity;

/**
 * The dashboard's figures: hosts per status, hosts per cause (last runs), and when the certificates seen by the
 * last runs expire, per month.
 *
 * @param byStatus hosts per status, every status present
 * @param byCause  hosts per cause, most frequent first (notices among them)
 * @param severity the highest severity each cause was found with
 * @param expiry   certificates per bucket: "expired", then the next months ("2026-11"), then "later"
 */
public record FleetSummary(Map<HostStatus, Integer> byStatus, Map<String, Integer> byCause,
		Map<String, Severity> severity, Map<String, Integer> expiry) {

	/** The TLS probe's id and the evidence key of the certificate's end of validity. */
	static final String TLS_PROBE = WellKnownEvidence.TLS_PROBE;
	static final String NOT_AFTER = WellKnownEvidence.CERT_NOT_AFTER;

	/**
	 * @param inventory the inventory
	 * @param now       the present
	 * @param months    how many months the timeline shows
	 * @return the figures
	 */
	public static FleetSummary of(Inventory inventory, Instant now, int months) {
		FleetCounts counts = new FleetCounts(); // the same counting as the HTML report's
		Map<String, Severity> severity = new java.util.HashMap<>();
		for (Host host : InventoryWalk.hosts(inventory).toList()) {
			Optional<ProbeRun> last = RunRecords.last(host);
			last.ifPresent(run -> run.getFindings().forEach(f -> severity.merge(f.getCauseId(), f.getSeverity(),
					(a, b) -> a.getValue() >= b.getValue() ? a : b)));
			counts.add(String.valueOf(host.getName()), RunRecords.status(host),
					last.map(run -> run.getFindings().stream().map(FindingRecord::getCauseId).toList()).orElse(List.of()),
					last.flatMap(FleetSummary::notAfter).orElse(null), 0);
		}
		Map<String, Integer> expiry = timeline(now, months);
		YearMonth first = YearMonth.from(now.atZone(ZoneId.systemDefault()));
		counts.expiries().forEach(e -> expiry.merge(bucket(e.notAfter(), now, first, months), 1, Integer::sum));
		return new FleetSummary(counts.byStatus(), counts.byCause(), severity, expiry);
	}

	/**
	 * @return hosts per cause of a failure (ERROR or WARNING), most frequent first, then the more severe: what the
	 *         dashboard ranks
	 */
	public List<Map.Entry<String, Integer>> causes() {
		return byCause.entrySet().stream().filter(e -> !isNotice(e.getKey()))
				.sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
						.thenComparing(e -> -severityOf(e.getKey()).getValue()).thenComparing(Map.Entry::getKey))
				.toList();
	}

	/**
	 * @return hosts per notice: INFO findings (SSH could not be used, say) that tell about the diagnosis, not about a
	 *         failure; kept apart from the causes
	 */
	public List<Map.Entry<String, Integer>> notices() {
		return byCause.entrySet().stream().filter(e -> isNotice(e.getKey())).toList();
	}

	/** @return the highest severity the cause was found with (INFO when unknown) */
	public Severity severityOf(String cause) {
		return severity.getOrDefault(cause, Severity.INFO);
	}

	private boolean isNotice(String cause) {
		return severityOf(cause) == Severity.INFO;
	}

	/** @return how many hosts there are */
	public int hosts() {
		return byStatus.values().stream().mapToInt(Integer::intValue).sum();
	}

	private static Map<String, Integer> timeline(Instant now, int months) {
		Map<String, Integer> buckets = new LinkedHashMap<>();
		buckets.put("expired", 0);
		YearMonth month = YearMonth.from(now.atZone(ZoneId.systemDefault()));
		for (int i = 0; i < months; i++) {
			buckets.put(month.plusMonths(i).toString(), 0);
		}
		buckets.put("later", 0);
		return buckets;
	}

	private static String bucket(Instant end, Instant now, YearMonth first, int months) {
		if (end.isBefore(now)) {
			return "expired";
		}
		YearMonth month = YearMonth.from(end.atZone(ZoneId.systemDefault()));
		return month.isBefore(first.plusMonths(months)) ? month.toString() : "later";
	}

	private static Optional<Instant> notAfter(ProbeRun run) {
		for (ProbeResult result : run.getResults()) {
			if (TLS_PROBE.equals(result.getProbeId())) {
				for (Evidence evidence : result.getEvidence()) {
					if (NOT_AFTER.equals(evidence.getKey())) {
						try {
							return Optional.of(Instant.parse(evidence.getValue()));
						} catch (DateTimeParseException e) {
							return Optional.empty();
						}
					}
				}
			}
		}
		return Optional.empty();
	}
}
