package rdpdoctor.core;

import java.util.Map;
import java.util.Optional;

/**
 * What a running probe may know: its target, the settings, its deadline and the outcomes of earlier probes.
 */
public interface ProbeContext {

	/** @return the target being probed */
	Target target();

	/** @return the run's settings */
	DiagnosisSettings settings();

	/** @return milliseconds left until this probe's deadline, at least 1 while running */
	long remainingMillis();

	/** @return whether the run was cancelled; long probes should stop early when it is */
	boolean isCancelled();

	/**
	 * @param probeId the id of a probe that ran before this one (normally one this probe requires)
	 * @return its outcome, if it ran
	 */
	Optional<ProbeOutcome> outcome(String probeId);

	/** @return every outcome known so far, by probe id */
	Map<String, ProbeOutcome> outcomes();
}
