package rdpdoctor.remediation;

import java.util.Optional;

import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.Target;
import rdpdoctor.ssh.host.HostSystem;

/**
 * The host a plan is written for.
 *
 * @param target    the target as diagnosed (its port is the one clients use)
 * @param cause     the cause to fix
 * @param system    what the host runs, as the {@code ssh} probe found
 * @param diagnosis the diagnosis that found the cause; its evidence came from the host and is untrusted: quote it
 */
public record RemediationHost(Target target, String cause, HostSystem system, HostDiagnosis diagnosis) {

	/**
	 * @param probe the probe's id
	 * @param key   the evidence key
	 * @return the evidence, as text, if the probe gave it
	 */
	public Optional<String> evidence(String probe, String key) {
		ProbeOutcome outcome = diagnosis.outcomesById().get(probe);
		return outcome == null ? Optional.empty() : outcome.text(key);
	}
}
