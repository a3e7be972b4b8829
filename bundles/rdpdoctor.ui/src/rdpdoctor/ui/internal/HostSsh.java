package rdpdoctor.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.Target;
import rdpdoctor.core.WellKnownEvidence;
import rdpdoctor.core.settings.DiagnosisSetting;
import rdpdoctor.model.Host;
import rdpdoctor.ssh.SshPasswords;

/**
 * The SSH side of a workbench diagnosis: each host's own SSH user and port (the host editor's fields) over the
 * preferences', and the passwords offered for each user (kept in secure storage, or typed when the keys were
 * refused), handed to the run as {@link SshPasswords} tokens and withdrawn when it is over.
 */
final class HostSsh {

	private static final int DEFAULT_PORT = 22;
	private final Map<Target, Map<String, String>> own = new LinkedHashMap<>();
	private final Map<Target, String> users = new LinkedHashMap<>();
	private final Map<String, String> tokens = new ConcurrentHashMap<>();

	/**
	 * @param hosts    the run's hosts by target
	 * @param settings the run's settings (the preferences' SSH user among them)
	 */
	HostSsh(Map<Target, List<Host>> hosts, DiagnosisSettings settings) {
		String runUser = settings.extra().getOrDefault(DiagnosisSetting.SSH_USER.key(), "").strip();
		hosts.forEach((target, entries) -> {
			Host host = entries.get(0);
			Map<String, String> mine = new LinkedHashMap<>();
			String user = host.getSshUser() == null || host.getSshUser().isBlank() ? runUser : host.getSshUser()
					.strip();
			if (!user.isEmpty()) {
				mine.put(DiagnosisSetting.SSH_USER.key(), user);
				users.put(target, user);
				if (host.getSshPort() != DEFAULT_PORT && host.getSshPort() > 0 && host.getSshPort() <= 65535) {
					mine.put(DiagnosisSetting.SSH_PORT.key(), String.valueOf(host.getSshPort()));
				}
			}
			own.put(target, mine);
		});
		for (String user : Set.copyOf(users.values())) {
			SshCredentials.kept(user).ifPresent(password -> givePassword(user, password));
		}
	}

	/**
	 * @param target a host of the run
	 * @return its own settings: SSH user and port, the token of its user's password
	 */
	Map<String, String> settingsOf(Target target) {
		Map<String, String> settings = new LinkedHashMap<>(own.getOrDefault(target, Map.of()));
		Optional.ofNullable(users.get(target)).map(tokens::get).ifPresent(t -> settings.put(SshPasswords.SETTING,
				t));
		return settings;
	}

	/**
	 * @param user     an SSH user
	 * @param password its password, offered to this run's hosts that log in as it
	 */
	void givePassword(String user, String password) {
		Optional.ofNullable(tokens.put(user, SshPasswords.offer(password))).ifPresent(SshPasswords::withdraw);
	}

	/**
	 * @param refused hosts whose keys were refused
	 * @return those that had no password to try, by SSH user
	 */
	Map<String, List<Target>> withoutPassword(List<Target> refused) {
		Map<String, List<Target>> byUser = new LinkedHashMap<>();
		for (Target target : refused) {
			String user = users.get(target);
			if (user != null && !tokens.containsKey(user)) {
				byUser.computeIfAbsent(user, u -> new ArrayList<>()).add(target);
			}
		}
		return byUser;
	}

	/**
	 * @param target a host of the run
	 * @return whether its user's password may still be asked for (none was offered for it)
	 */
	boolean mayAsk(Target target) {
		String user = users.get(target);
		return user != null && !tokens.containsKey(user);
	}

	/**
	 * @param diagnosis a host's diagnosis
	 * @return whether its SSH login failed for want of an accepted key or password
	 */
	static boolean keysRefused(HostDiagnosis diagnosis) {
		return diagnosis.outcomes().stream().filter(o -> o.probeId().equals(WellKnownEvidence.SSH_PROBE))
				.map(ProbeOutcome::evidence).anyMatch(e -> "AUTHENTICATION_FAILED".equals(String.valueOf(e.get(
						WellKnownEvidence.SSH_FAILURE))));
	}

	/** Forgets the passwords offered to this run. */
	void withdraw() {
		tokens.values().forEach(SshPasswords::withdraw);
		tokens.clear();
	}
}
