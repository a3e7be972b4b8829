package rdpdoctor.remediation;

/**
 * A fix for one or more causes on one kind of host, contributed to {@code rdpdoctor.remediation.remediations}. It only
 * writes scripts: RDP Doctor shows them, runs the precondition, keeps the snapshot, applies with a deadline, verifies
 * by diagnosing again and rolls back from the snapshot ({@link RemediationRun}). A remediation never lowers security
 * as a side effect; one that does so on purpose (a temporary step) is contributed with {@code workaround="true"} and
 * says so in its plan. Scripts run as root (POSIX, through {@code sudo -n}) or as the administrator logged in
 * (PowerShell), read from standard input; exit status 0 is success, 3 a precondition that failed (its reason on
 * standard error).
 */
public interface IRemediation {

	/**
	 * Writes the plan for a host: no command runs here.
	 *
	 * @param host the host, its system and the diagnosis that found the cause
	 * @return the plan
	 * @throws RemediationRefused when this host cannot be fixed this way (say why, and what to do instead)
	 */
	Plan plan(RemediationHost host) throws RemediationRefused;

	/**
	 * Writes the script that puts back what the snapshot holds.
	 *
	 * @param plan     the plan that was applied
	 * @param snapshot what its snapshot script read before
	 * @return the rollback script, in the plan's shell
	 */
	String rollback(Plan plan, Snapshot snapshot);
}
