package rdpdoctor.core;

/**
 * A read-only check of one target, contributed through the extension point {@code rdpdoctor.core.probes}.
 * <p>
 * The engine runs each probe in its own thread with a deadline ({@link ProbeContext#remainingMillis()}); a probe
 * must bound every wait by it (socket timeouts, read sizes) and stop when interrupted. Throwing is allowed: the
 * engine records the crash as an {@code ERROR} outcome of this probe and goes on with the others.
 * </p>
 */
public interface IProbe {

	/**
	 * Probes the target and writes what it sees into the report.
	 *
	 * @param context the target, settings, deadline and the outcomes of the probes this one requires
	 * @param report  where to put evidence and the final status
	 * @throws Exception any failure of the probe itself (not of the target)
	 */
	void run(ProbeContext context, ProbeReport report) throws Exception;
}
