package rdpdoctor.core.engine;

import java.util.List;
import java.util.Optional;

/**
 * The remediations declared for a cause (the contributions to {@code rdpdoctor.remediation.remediations}, where each
 * names the causes it fixes and the system it is for): the engine names them in each finding, so that the mapping from
 * cause to remediation is declared once.
 */
@FunctionalInterface
public interface RemediationLookup {

	/** No remediation declared for any cause. */
	RemediationLookup NONE = (cause, system) -> List.of();

	/**
	 * @param cause  a finding's cause
	 * @param system the host's system as the {@code ssh} probe found it ({@code LINUX}, {@code WINDOWS}, {@code OTHER}),
	 *               empty when no one logged in
	 * @return the ids of the remediations declared for the cause on that system (on any system when it is unknown),
	 *         each once, in contribution order
	 */
	List<String> forCause(String cause, Optional<String> system);
}
