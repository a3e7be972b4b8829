package rdpdoctor.remediation.internal;

import java.time.Duration;

import rdpdoctor.ssh.CommandResult;
import rdpdoctor.ssh.SshFailure;

/** Runs a plan's scripts on its host. */
@FunctionalInterface
public interface ScriptRunner {

	/**
	 * @param script   the script, exactly as the plan shows it
	 * @param deadline how long it may run
	 * @return what it gave
	 * @throws SshFailure when the connection fails
	 */
	CommandResult run(String script, Duration deadline) throws SshFailure;
}
