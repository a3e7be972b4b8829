package rdpdoctor.core;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import rdpdoctor.model.HostStatus;
import rdpdoctor.model.Severity;

/**
 * The diagnosis of one target: the address it resolved to, its status, findings ranked most important first,
 * and every probe outcome.
 *
 * @param target   the target
 * @param address  the address that was probed, empty when none was resolved
 * @param status   HEALTHY, DEGRADED, FAILING or UNREACHABLE
 * @param findings ranked: severity first, then confidence
 * @param outcomes probe outcomes in the order the probes ran
 * @param started  when the diagnosis began, to the millisecond (as every stored form keeps it)
 * @param finished when it ended, to the millisecond
 */
public record HostDiagnosis(Target target, String address, HostStatus status, List<Finding> findings,
		List<ProbeOutcome> outcomes, Instant started, Instant finished) {

	/** Most severe first, then most confident, then by cause ID so the order is stable. */
	public static final Comparator<Finding> RANKING = Comparator
			.comparing(Finding::severity, Comparator.comparingInt(Severity::getValue).reversed())
			.thenComparing(Comparator.comparingDouble(Finding::confidence).reversed())
			.thenComparing(Finding::cause);

	/** Copies the lists. */
	public HostDiagnosis {
		address = address == null ? "" : address;
		findings = List.copyOf(findings);
		outcomes = List.copyOf(outcomes);
		started = started.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
		finished = finished.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
	}

	/**
	 * The status the catalog gives to a set of findings: UNREACHABLE when a cause means no RDP answer, FAILING
	 * with an ERROR, DEGRADED with a WARNING, HEALTHY otherwise.
	 *
	 * @param findings the findings
	 * @return the status
	 */
	public static HostStatus statusOf(List<Finding> findings) {
		if (findings.stream().anyMatch(f -> Causes.UNREACHABLE.contains(f.cause()))) {
			return HostStatus.UNREACHABLE;
		}
		if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
			return HostStatus.FAILING;
		}
		if (findings.stream().anyMatch(f -> f.severity() == Severity.WARNING)) {
			return HostStatus.DEGRADED;
		}
		return HostStatus.HEALTHY;
	}

	/** @return whether any finding is an ERROR (the command line's exit code 1) */
	public boolean hasError() {
		return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
	}

	/** @return outcomes by probe id */
	public Map<String, ProbeOutcome> outcomesById() {
		return outcomes.stream().collect(java.util.stream.Collectors.toMap(ProbeOutcome::probeId, o -> o,
				(a, b) -> b, java.util.LinkedHashMap::new));
	}
}
