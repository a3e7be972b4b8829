package rdpdoctor.ssh.host;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.ProbeContext;
import rdpdoctor.ssh.SshConnection;
import rdpdoctor.ssh.SshFailure;

/**
 * A login to a host with the SSH settings of a diagnosis run (user, port, identity, password, known hosts, host key
 * policy): the {@code ssh} probe logs in with it for the host probes, and work beyond the probes (remediation) logs in
 * the way the diagnosis did. SSH connections open at once in this JVM are bounded: a login takes a slot first.
 */
public final class HostLogin {

	private HostLogin() {
	}

	/**
	 * @param settings the run's settings
	 * @return the SSH user they name, if any
	 */
	public static Optional<String> user(DiagnosisSettings settings) {
		return SshAccess.user(settings);
	}

	/**
	 * Logs in with an SSH client of its own, stopped when the connection closes; the caller closes the connection.
	 *
	 * @param settings the run's settings (an SSH user among them)
	 * @param host     the host's name or address
	 * @param timeout  the time to connect and authenticate within
	 * @return the connection
	 * @throws SshFailure when no user is set, or the login fails (unknown or changed host key, authentication, ...)
	 */
	public static SshConnection connect(DiagnosisSettings settings, String host, Duration timeout)
			throws SshFailure {
		SshAccess.user(settings).orElseThrow(() -> new SshFailure(SshFailure.Kind.AUTHENTICATION_FAILED,
				host + ": no SSH user (--ssh-user): nothing can be changed on the host without logging in", null,
				null));
		return SshAccess.connectOnce(settings, host, timeout);
	}

	/**
	 * Logs in to a probe's host with the SSH client the run's hosts share (made on first use, stopped when the run
	 * ends); the password is offered to this login only.
	 *
	 * @param context the probe's context
	 * @param timeout the time to connect and authenticate within
	 * @return the connection, which the caller closes
	 * @throws SshFailure when the password file is refused, or the login fails
	 */
	public static SshConnection connect(ProbeContext context, Duration timeout) throws SshFailure {
		return SshAccess.connect(context, timeout);
	}

	/**
	 * Waits for one of the slots that bound the SSH connections open at once in this JVM.
	 *
	 * @param waitMillis how long to wait at most
	 * @return what gives the slot back (run it once the connection is closed), empty when none was free in time
	 * @throws InterruptedException when interrupted while waiting
	 */
	public static Optional<Runnable> takeSlot(long waitMillis) throws InterruptedException {
		return SshAccess.SLOTS.tryAcquire(Math.max(0, waitMillis), TimeUnit.MILLISECONDS)
				? Optional.of(SshAccess.SLOTS::release)
				: Optional.empty();
	}

	/** @return the slots free now, for messages */
	public static int freeSlots() {
		return SshAccess.SLOTS.availablePermits();
	}

	/**
	 * @param remainingMillis the time a probe has left
	 * @return the time to connect within: that, at most 15 s
	 */
	public static Duration connectTimeout(long remainingMillis) {
		return SshAccess.connectTimeout(remainingMillis);
	}
}
