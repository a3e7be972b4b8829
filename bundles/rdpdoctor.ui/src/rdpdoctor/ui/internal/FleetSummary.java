package rdpdoctor.ui.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import rdpdoctor.core.WellKnownEvidence;
import rdpdoctor.core.inventory.InventoryWalk;
import rdpdoctor.core.inventory.RunRecords;
import rdpdoctor.model.Evidence;
import rdpdoctor.model.Host;
import rdpdoctor.model.HostStatus;
import rdpdoctor.model.Inventory;
import rdpdoctor.model.ProbeResult;
import rdpdoctor.model.ProbeRun;

/**
 * The dashboard's figures: hosts per status, hosts per cause (last runs), and when the certificates seen by the
 * last runs expire, per month.
 *
 * @param byStatus hosts per status, every status present
 * @param byCause  hosts per cause, most frequent first
 * @param expiry   certificates per bucket: "expired", then the next months ("2026-11"), then "later"
 */
public record FleetSummary(Map<HostStatus, Integer> byStatus, Map<String, Integer> byCause,
		Map<String, Integer> expiry) {

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
		Map<HostStatus, Integer> byStatus = new EnumMap<>(HostStatus.class);
		for (HostStatus status : HostStatus.values()) {
			byStatus.put(status, 0);
		}
		Map<String, Integer> causes = new HashMap<>();
		Map<String, Integer> expiry = timeline(now, months);
		YearMonth first = YearMonth.from(now.atZone(ZoneId.systemDefault()));
		List<Host> hosts = InventoryWalk.hosts(inventory).toList();
		for (Host host : hosts) {
			byStatus.merge(RunRecords.status(host), 1, Integer::sum);
			RunRecords.last(host).ifPresent(run -> {
				run.getFindings().stream().map(f -> f.getCauseId()).distinct()
						.forEach(c -> causes.merge(c, 1, Integer::sum));
				notAfter(run).ifPresent(end -> expiry.merge(bucket(end, now, first, months), 1, Integer::sum));
			});
		}
		Map<String, Integer> byCause = new LinkedHashMap<>();
		causes.entrySet().stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.forEach(e -> byCause.put(e.getKey(), e.getValue()));
		return new FleetSummary(byStatus, byCause, expiry);
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

	private static java.util.Optional<Instant> notAfter(ProbeRun run) {
		for (ProbeResult result : run.getResults()) {
			if (TLS_PROBE.equals(result.getProbeId())) {
				for (Evidence evidence : result.getEvidence()) {
					if (NOT_AFTER.equals(evidence.getKey())) {
						try {
							return java.util.Optional.of(Instant.parse(evidence.getValue()));
						} catch (DateTimeParseException e) {
							return java.util.Optional.empty();
						}
					}
				}
			}
		}
		return java.util.Optional.empty();
	}
}
