package rdpdoctor.ssh;

/** Asks the user whether to trust a host key seen for the first time ({@link HostKeyPolicy#ASK}). */
@FunctionalInterface
public interface HostKeyPrompt {

	/**
	 * Called from an SSH I/O thread while the connection waits; must answer within the connect timeout.
	 *
	 * @param key the key the host presented
	 * @return whether to trust it (it is then recorded in known_hosts)
	 */
	boolean trust(HostKey key);
}
