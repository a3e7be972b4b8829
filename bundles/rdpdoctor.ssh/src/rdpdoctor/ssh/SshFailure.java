package rdpdoctor.ssh;

import java.io.IOException;
import java.util.Optional;

/** An SSH connection that could not be made or used, with what kind of failure it was and a message naming the host. */
public class SshFailure extends IOException {

	private static final long serialVersionUID = 1L;

	/** What went wrong. */
	public enum Kind {
		/** The host's key is not in known_hosts and was not accepted. */
		UNKNOWN_HOST_KEY,
		/** The host presented another key than known_hosts records: refused. */
		HOST_KEY_CHANGED,
		/** The host presented a key known_hosts marks {@code @revoked}: refused. */
		HOST_KEY_REVOKED,
		/** No offered key or password was accepted. */
		AUTHENTICATION_FAILED,
		/** No connection (refused, unreachable, name unknown). */
		UNREACHABLE,
		/** A deadline passed. */
		TIMEOUT,
		/** A password file that anyone but its owner may read, or that cannot be read. */
		BAD_PASSWORD_FILE,
		/** Anything else the SSH layer reported. */
		PROTOCOL
	}

	private final Kind kind;
	private final transient HostKey presented;

	/**
	 * @param kind      what went wrong
	 * @param message   what to tell the user, naming the host
	 * @param presented the host key involved, or null
	 * @param cause     the underlying exception, or null
	 */
	public SshFailure(Kind kind, String message, HostKey presented, Throwable cause) {
		super(message, cause);
		this.kind = kind;
		this.presented = presented;
	}

	/** @return what went wrong */
	public Kind kind() {
		return kind;
	}

	/** @return the host key involved (unknown or changed), if any */
	public Optional<HostKey> presented() {
		return Optional.ofNullable(presented);
	}
}
