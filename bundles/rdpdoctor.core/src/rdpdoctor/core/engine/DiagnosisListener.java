package rdpdoctor.core.engine;

import rdpdoctor.core.HostDiagnosis;

/** Told of each host's diagnosis as soon as it is done, from the engine's threads. */
@FunctionalInterface
public interface DiagnosisListener {

	/** @param diagnosis a finished host */
	void hostDone(HostDiagnosis diagnosis);
}
