package rdpdoctor.core;

import java.util.Map;
import java.util.Optional;

/**
 * What a rule reads: one target and the outcomes of all its probes.
 *
 * @param target   the target
 * @param settings the run's settings
 * @param outcomes every probe outcome by probe id
 */
public record RuleContext(Target target, DiagnosisSettings settings, Map<String, ProbeOutcome> outcomes) {

	/** Copies the outcomes. */
	public RuleContext {
		outcomes = Map.copyOf(outcomes);
	}

	/**
	 * @param probeId a probe id
	 * @return its outcome, if it ran
	 */
	public Optional<ProbeOutcome> outcome(String probeId) {
		return Optional.ofNullable(outcomes.get(probeId));
	}
}
