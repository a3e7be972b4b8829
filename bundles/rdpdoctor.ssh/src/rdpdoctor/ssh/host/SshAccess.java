package rdpdoctor.ssh.host;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.ProbeContext;
import rdpdoctor.core.settings.DiagnosisSetting;
import rdpdoctor.ssh.HostKeyPolicy;
import rdpdoctor.ssh.PasswordFiles;
import rdpdoctor.ssh.SshConnection;
import rdpdoctor.ssh.SshConnector;
import rdpdoctor.ssh.SshFailure;
import rdpdoctor.ssh.SshPasswords;
import rdpdoctor.ssh.SshSettings;

/**
 * The SSH settings of a diagnosis run, from its {@link DiagnosisSetting}s, and logins with them: the hosts of one run
 * share an SSH client (its threads), which the engine stops when the run ends; a login outside a run has a client of
 * its own. No client keeps a password: each login is offered it.
 */
final class SshAccess {

	/** The environment variable holding the SSH password (never the command line). */
	static final String PASSWORD_VARIABLE = "RDPDOCTOR_SSH_PASSWORD";
	private static final Duration LONGEST_CONNECT = Duration.ofSeconds(15);
	/**
	 * SSH connections open at once in this JVM: a login and its shells cost the host and this machine far more than
	 * a network probe, and 60 at once on 2 cores left every probe waiting for sshd (BENCHMARKS.md); a host waits for a
	 * slot within its SSH probe's deadline.
	 */
	static final Semaphore SLOTS = new Semaphore(Math.max(8, 4 * Runtime.getRuntime().availableProcessors()), true);

	private SshAccess() {
	}

	/** @return the user to log in as, if host-side evidence was asked for */
	static Optional<String> user(DiagnosisSettings settings) {
		return Optional.ofNullable(settings.extra().get(DiagnosisSetting.SSH_USER.key())).filter(u -> !u.isBlank());
	}

	/** @return the port asked for, 0 for the configuration's */
	static int port(DiagnosisSettings settings) {
		String port = settings.extra().get(DiagnosisSetting.SSH_PORT.key());
		return port == null ? 0 : Integer.parseInt(port);
	}

	/**
	 * Logs in to a host for a probe, with the SSH client the run's hosts share (made on first use, stopped when the
	 * run ends); the password is offered to this login only, never kept in what is shared.
	 *
	 * @param context the probe's context
	 * @param timeout the time to connect and authenticate within
	 * @return the connection, which the caller closes
	 * @throws SshFailure when the password file is refused, or the login fails
	 */
	static SshConnection connect(ProbeContext context, Duration timeout) throws SshFailure {
		DiagnosisSettings settings = context.settings();
		SshSettings shared = sshSettings(settings);
		SshConnector connector = context.shared(shared, SshConnector.class, () -> new SshConnector(shared));
		return connector.connect(context.target().host(), port(settings), user(settings).orElse(null), timeout,
				password(settings));
	}

	/**
	 * Logs in once, with an SSH client of its own that stops when the connection closes.
	 *
	 * @param settings the run's settings
	 * @param host     the host
	 * @param timeout  the time to connect and authenticate within
	 * @return the connection, which the caller closes
	 * @throws SshFailure when the password file is refused, or the login fails
	 */
	static SshConnection connectOnce(DiagnosisSettings settings, String host, Duration timeout) throws SshFailure {
		SshSettings ssh = sshSettings(settings);
		Optional<String> password = password(settings);
		if (password.isPresent()) {
			ssh = ssh.withPassword(password.get());
		}
		return SshConnector.connectOnce(ssh, host, port(settings), user(settings).orElse(null), timeout);
	}

	/** The SSH settings of a run, without its password. */
	private static SshSettings sshSettings(DiagnosisSettings settings) {
		Map<String, String> extra = settings.extra();
		SshSettings ssh = SshSettings.defaults(Path.of(System.getProperty("user.home", "/")));
		String config = extra.get(DiagnosisSetting.SSH_CONFIG.key());
		if (config != null) {
			ssh = ssh.withUserConfig(Path.of(config));
		}
		String knownHosts = extra.get(DiagnosisSetting.SSH_KNOWN_HOSTS.key());
		if (knownHosts != null) {
			ssh = ssh.withKnownHosts(Path.of(knownHosts));
		}
		String identity = extra.get(DiagnosisSetting.SSH_IDENTITY.key());
		if (identity != null) {
			ssh = ssh.withIdentities(List.of(Path.of(identity)));
		}
		if ("true".equals(extra.get(DiagnosisSetting.SSH_ACCEPT_NEW_HOST_KEY.key()))) {
			ssh = ssh.withPolicy(HostKeyPolicy.ACCEPT_NEW, null);
		}
		return ssh.withDefaultUser(user(settings).orElse(ssh.defaultUser())).withConnectTimeout(LONGEST_CONNECT);
	}

	/**
	 * The password to offer: the workbench's (asked for, or from its secure storage), else the password file's, else
	 * {@value #PASSWORD_VARIABLE}'s; read at each login, so a withdrawn one is offered no more.
	 */
	private static Optional<String> password(DiagnosisSettings settings) throws SshFailure {
		Map<String, String> extra = settings.extra();
		Optional<String> given = Optional.ofNullable(extra.get(SshPasswords.SETTING)).flatMap(SshPasswords::password);
		if (given.isPresent()) {
			return given;
		}
		String passwordFile = extra.get(DiagnosisSetting.SSH_PASSWORD_FILE.key());
		if (passwordFile != null) {
			return Optional.of(PasswordFiles.read(Path.of(passwordFile)));
		}
		String variable = System.getenv(PASSWORD_VARIABLE);
		return variable != null && !variable.isEmpty() ? Optional.of(variable) : Optional.empty();
	}

	/** @return the time to connect within: the probe's time left, at most 15 s */
	static Duration connectTimeout(long remainingMillis) {
		return Duration.ofMillis(Math.max(1, Math.min(remainingMillis, LONGEST_CONNECT.toMillis())));
	}
}
