package rdpdoctor.ssh;

import java.time.Duration;

/**
 * What a remote command gave.
 *
 * @param exitStatus its exit status, or -1 when it gave none (killed by the deadline, or the server did not say)
 * @param stdout     its standard output, decoded as UTF-8, at most the limit asked for
 * @param stderr     its standard error, likewise
 * @param truncated  whether output was cut at the limit
 * @param timedOut   whether the deadline ended it
 * @param took       how long it ran
 */
public record CommandResult(int exitStatus, String stdout, String stderr, boolean truncated, boolean timedOut,
		Duration took) {

	/** @return whether it ended by itself with exit status 0 */
	public boolean succeeded() {
		return exitStatus == 0 && !timedOut;
	}
}
