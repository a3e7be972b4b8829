package rdpdoctor.ssh;

/**
 * What to do with a host whose key is not in known_hosts yet. A key that differs from the one known_hosts records for
 * the host is refused whatever the policy: that is how a man in the middle looks.
 */
public enum HostKeyPolicy {
	/** Refuse the connection, naming the key's fingerprint so that the user can check it and accept it. */
	REFUSE_NEW,
	/** Accept the key and record it in known_hosts ({@code --accept-new-host-key}, OpenSSH's "accept-new"). */
	ACCEPT_NEW,
	/** Ask the {@link HostKeyPrompt} (the workbench shows the fingerprint in a dialog); record the key if accepted. */
	ASK
}
