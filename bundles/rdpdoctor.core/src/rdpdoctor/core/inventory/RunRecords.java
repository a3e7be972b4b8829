package rdpdoctor.core.inventory;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import rdpdoctor.core.EvidenceValue;
import rdpdoctor.core.Finding;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.Target;
import rdpdoctor.model.Evidence;
import rdpdoctor.model.EvidenceType;
import rdpdoctor.model.FindingRecord;
import rdpdoctor.model.Host;
import rdpdoctor.model.HostStatus;
import rdpdoctor.model.ModelFactory;
import rdpdoctor.model.ProbeResult;
import rdpdoctor.model.ProbeRun;

/**
 * Diagnoses kept in the inventory, the one place where the API's {@link HostDiagnosis} and the model's
 * {@link ProbeRun} (its storage) meet: a diagnosis becomes a run of its host (probe results with typed evidence,
 * findings that reference the evidence they cite) and a run becomes the diagnosis again, losing nothing; the last two
 * runs tell what changed.
 */
public final class RunRecords {

	/**
	 * What changed between a host's previous run and its last one.
	 *
	 * @param before   status of the previous run, NEVER_PROBED when there is none
	 * @param now      status of the last run, NEVER_PROBED when there is none
	 * @param appeared causes found now and not before
	 * @param resolved causes found before and not now
	 */
	public record Change(HostStatus before, HostStatus now, Set<String> appeared, Set<String> resolved) {

		/** @return whether the status or any cause changed (a first run counts as a change) */
		public boolean changed() {
			return before != now || !appeared.isEmpty() || !resolved.isEmpty();
		}

		/**
		 * @return e.g. "HEALTHY → FAILING; new: CERT_EXPIRED; gone: PORT_CLOSED", "first diagnosis" or "unchanged
		 *         since the previous run"
		 */
		public String describe() {
			if (!changed()) {
				return "unchanged since the previous run";
			}
			if (before == HostStatus.NEVER_PROBED) {
				return "first diagnosis";
			}
			StringBuilder text = new StringBuilder(before == now ? "still " + now : before + " \u2192 " + now);
			if (!appeared.isEmpty()) {
				text.append("; new: ").append(String.join(", ", appeared));
			}
			if (!resolved.isEmpty()) {
				text.append("; gone: ").append(String.join(", ", resolved));
			}
			return text.toString();
		}
	}

	private RunRecords() {
	}

	/**
	 * @param diagnosis a finished diagnosis
	 * @return the same as a model object, not yet attached to a host
	 */
	public static ProbeRun toRun(HostDiagnosis diagnosis) {
		ModelFactory factory = ModelFactory.eINSTANCE;
		ProbeRun run = factory.createProbeRun();
		run.setStarted(Date.from(diagnosis.started()));
		run.setFinished(Date.from(diagnosis.finished()));
		run.setTarget(diagnosis.target().toString());
		run.setAddress(diagnosis.address());
		run.setPort(diagnosis.target().port());
		run.setStatus(diagnosis.status());
		Map<String, Evidence> byReference = new HashMap<>();
		for (ProbeOutcome outcome : diagnosis.outcomes()) {
			ProbeResult result = factory.createProbeResult();
			result.setProbeId(outcome.probeId());
			result.setStatus(outcome.status());
			result.setDurationMs(outcome.durationMs());
			result.setMessage(outcome.message());
			outcome.evidence().forEach((key, value) -> {
				Evidence evidence = evidence(key, value);
				result.getEvidence().add(evidence);
				byReference.put(outcome.probeId() + "." + key, evidence);
			});
			run.getResults().add(result);
		}
		for (Finding found : diagnosis.findings()) {
			FindingRecord finding = factory.createFindingRecord();
			finding.setCauseId(found.cause());
			finding.setSeverity(found.severity());
			finding.setConfidence(found.confidence());
			finding.setTitle(found.title());
			finding.setExplanation(found.explanation());
			found.evidence().stream().map(byReference::get).filter(e -> e != null).forEach(finding.getEvidence()::add);
			finding.getCitations().addAll(found.evidence());
			finding.getRemediationIds().addAll(found.remediations());
			finding.getConsidered().addAll(found.considered());
			finding.getCausedBy().addAll(found.causedBy());
			run.getFindings().add(finding);
		}
		return run;
	}

	/** @return the model's form of one evidence value: its type, its text, a list's elements each with theirs */
	private static Evidence evidence(String key, Object value) {
		Evidence evidence = ModelFactory.eINSTANCE.createEvidence();
		evidence.setKey(key);
		evidence.setType(EvidenceValue.type(value));
		evidence.setValue(EvidenceValue.text(value));
		if (value instanceof List<?> list) {
			list.forEach(item -> evidence.getItems().add(evidence(null, item)));
		}
		return evidence;
	}

	/**
	 * The other way: a run kept in the inventory as the diagnosis it was made from, with nothing lost (typed evidence,
	 * every citation, the causes considered).
	 *
	 * @param run a run of the inventory
	 * @return the diagnosis
	 * @throws IllegalArgumentException when the run's target or evidence cannot be read back
	 */
	public static HostDiagnosis toDiagnosis(ProbeRun run) {
		Target parsed = Target.parse(run.getTarget(), Target.DEFAULT_RDP_PORT);
		Host host = run.eContainer() instanceof Host h ? h : null;
		Target target = new Target(parsed.host(), parsed.port(), host == null ? "" : host.getAddress());
		List<ProbeOutcome> outcomes = new ArrayList<>();
		for (ProbeResult result : run.getResults()) {
			Map<String, Object> evidence = new LinkedHashMap<>();
			result.getEvidence().forEach(e -> evidence.put(e.getKey(), value(e)));
			outcomes.add(new ProbeOutcome(result.getProbeId(), result.getStatus(), result.getDurationMs(),
					result.getMessage(), evidence));
		}
		List<Finding> findings = new ArrayList<>();
		for (FindingRecord f : run.getFindings()) {
			findings.add(new Finding(f.getCauseId(), f.getSeverity(), f.getConfidence(), f.getTitle(),
					f.getExplanation(), f.getCitations(), f.getRemediationIds(), f.getConsidered(), f.getCausedBy()));
		}
		return new HostDiagnosis(target, run.getAddress() == null ? "" : run.getAddress(), run.getStatus(), findings,
				outcomes, run.getStarted().toInstant(), run.getFinished().toInstant());
	}

	private static Object value(Evidence evidence) {
		List<Map.Entry<EvidenceType, String>> items = evidence.getItems().stream()
				.map(item -> Map.entry(item.getType(), item.getValue())).toList();
		return EvidenceValue.parse(evidence.getType(), evidence.getValue(), items);
	}

	/**
	 * Adds a run to a host, dropping its oldest runs beyond {@code keep}.
	 *
	 * @param host the host
	 * @param run  its new run
	 * @param keep how many runs to keep, at least 1
	 */
	public static void record(Host host, ProbeRun run, int keep) {
		List<ProbeRun> runs = host.getRuns();
		runs.add(run);
		while (runs.size() > Math.max(1, keep)) {
			runs.remove(0);
		}
	}

	/**
	 * @param host a host
	 * @return its last run, if it was ever diagnosed
	 */
	public static Optional<ProbeRun> last(Host host) {
		List<ProbeRun> runs = host.getRuns();
		return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
	}

	/**
	 * @param host a host
	 * @return the status of its last run, NEVER_PROBED when it has none
	 */
	public static HostStatus status(Host host) {
		return last(host).map(ProbeRun::getStatus).orElse(HostStatus.NEVER_PROBED);
	}

	/**
	 * @param host a host
	 * @return what its last run changed compared with the run before it
	 */
	public static Change change(Host host) {
		List<ProbeRun> runs = host.getRuns();
		ProbeRun now = runs.isEmpty() ? null : runs.get(runs.size() - 1);
		ProbeRun before = runs.size() < 2 ? null : runs.get(runs.size() - 2);
		Set<String> nowCauses = causes(now);
		Set<String> beforeCauses = causes(before);
		Set<String> appeared = new TreeSet<>(nowCauses);
		appeared.removeAll(beforeCauses);
		Set<String> resolved = new TreeSet<>(beforeCauses);
		resolved.removeAll(nowCauses);
		return new Change(statusOf(before), statusOf(now), appeared, resolved);
	}

	private static HostStatus statusOf(ProbeRun run) {
		return run == null ? HostStatus.NEVER_PROBED : run.getStatus();
	}

	private static Set<String> causes(ProbeRun run) {
		Set<String> causes = new TreeSet<>();
		if (run != null) {
			run.getFindings().forEach(f -> causes.add(f.getCauseId()));
		}
		return causes;
	}
}
