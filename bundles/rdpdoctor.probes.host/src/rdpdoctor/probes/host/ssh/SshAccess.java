package rdpdoctor.probes.host.ssh;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.settings.DiagnosisSetting;
import rdpdoctor.ssh.HostKeyPolicy;
import rdpdoctor.ssh.PasswordFiles;
import rdpdoctor.ssh.SshConnector;
import rdpdoctor.ssh.SshFailure;
import rdpdoctor.ssh.SshPasswords;
import rdpdoctor.ssh.SshSettings;

/**
 * The SSH settings of a diagnosis run, from its {@link DiagnosisSetting}s, and one connector per distinct settings
 * for the life of the application (a connector runs the SSH client's threads; hosts share it).
 */
final class SshAccess {

	/** The environment variable holding the SSH password (never the command line). */
	static final String PASSWORD_VARIABLE = "RDPDOCTOR_SSH_PASSWORD";
	private static final Map<SshSettings, SshConnector> CONNECTORS = new ConcurrentHashMap<>();
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
	 * @param settings the run's settings
	 * @return the connector for them
	 * @throws SshFailure when the password file is refused
	 */
	static SshConnector connector(DiagnosisSettings settings) throws SshFailure {
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
		String passwordFile = extra.get(DiagnosisSetting.SSH_PASSWORD_FILE.key());
		String variable = System.getenv(PASSWORD_VARIABLE);
		Optional<String> given = Optional.ofNullable(extra.get(SshPasswords.SETTING)).flatMap(SshPasswords::password);
		if (given.isPresent()) { // asked for in the workbench, or kept in its secure storage
			ssh = ssh.withPassword(given.get());
		} else if (passwordFile != null) {
			ssh = ssh.withPassword(PasswordFiles.read(Path.of(passwordFile)));
		} else if (variable != null && !variable.isEmpty()) {
			ssh = ssh.withPassword(variable);
		}
		if ("true".equals(extra.get(DiagnosisSetting.SSH_ACCEPT_NEW_HOST_KEY.key()))) {
			ssh = ssh.withPolicy(HostKeyPolicy.ACCEPT_NEW, null);
		}
		SshSettings shared = ssh.withDefaultUser(user(settings).orElse(ssh.defaultUser()))
				.withConnectTimeout(LONGEST_CONNECT);
		return CONNECTORS.computeIfAbsent(shared, SshAccess::started);
	}

	private static SshConnector started(SshSettings settings) {
		if (CONNECTORS.isEmpty()) {
			// the client's threads wait in native code (epoll) until it stops, and the JVM's exit waits 300 ms for
			// such threads: stopped first, the exit does not wait
			Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("rdpdoctor ssh stop").unstarted(() -> {
				CONNECTORS.values().forEach(SshConnector::close);
			}));
		}
		return new SshConnector(settings);
	}

	/** @return the time to connect within: the probe's time left, at most 15 s */
	static Duration connectTimeout(long remainingMillis) {
		return Duration.ofMillis(Math.max(1, Math.min(remainingMillis, LONGEST_CONNECT.toMillis())));
	}
}
