package rdpdoctor.probes.host.ssh;

import java.time.Duration;
import java.util.Optional;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.ssh.SshConnection;
import rdpdoctor.ssh.SshFailure;

/**
 * A login to a host with the SSH settings of a diagnosis run (user, port, identity, password, known hosts, host key
 * policy), for work beyond the host probes: remediation logs in the way the diagnosis did.
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
}
