package rdpdoctor.ssh;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How RDP Doctor connects over SSH.
 *
 * @param userConfig     the OpenSSH client configuration (HostName, Port, User, IdentityFile are honoured); may be
 *                       missing
 * @param knownHosts     the known_hosts file checked, and appended to when a new key is accepted
 * @param identities     private key files offered besides those of the configuration (unencrypted keys)
 * @param defaultUser    the user when neither the target nor the configuration names one
 * @param password       a password to offer, if any (from secure storage, {@code RDPDOCTOR_SSH_PASSWORD} or a
 *                       password file, never from the command line)
 * @param policy         what to do with a host key seen for the first time
 * @param prompt         asked under {@link HostKeyPolicy#ASK}; may be null otherwise
 * @param connectTimeout the deadline for connecting and authenticating
 * @param agent          the UNIX socket of the user's SSH agent ({@code SSH_AUTH_SOCK}), if one runs: its keys are
 *                       offered too, and they never leave it
 */
public record SshSettings(Path userConfig, Path knownHosts, List<Path> identities, String defaultUser,
		Optional<String> password, HostKeyPolicy policy, HostKeyPrompt prompt, Duration connectTimeout,
		Optional<Path> agent) {

	/** Checks the values. */
	public SshSettings {
		Objects.requireNonNull(userConfig, "userConfig");
		Objects.requireNonNull(knownHosts, "knownHosts");
		identities = List.copyOf(identities);
		Objects.requireNonNull(defaultUser, "defaultUser");
		Objects.requireNonNull(password, "password");
		Objects.requireNonNull(policy, "policy");
		if (policy == HostKeyPolicy.ASK && prompt == null) {
			throw new IllegalArgumentException("the ASK policy needs a prompt");
		}
		if (connectTimeout.isNegative() || connectTimeout.isZero()) {
			throw new IllegalArgumentException("the connect timeout must be positive");
		}
		Objects.requireNonNull(agent, "agent");
	}

	/**
	 * @param home the user's home folder
	 * @return OpenSSH's places under it (~/.ssh/config, ~/.ssh/known_hosts, the default keys), the current user,
	 *         no password, new keys refused, 15 s to connect, the agent of {@code SSH_AUTH_SOCK} if set
	 */
	public static SshSettings defaults(Path home) {
		Path ssh = home.resolve(".ssh");
		List<Path> keys = List.of(ssh.resolve("id_ed25519"), ssh.resolve("id_ecdsa"), ssh.resolve("id_rsa"));
		String agent = System.getenv("SSH_AUTH_SOCK");
		return new SshSettings(ssh.resolve("config"), ssh.resolve("known_hosts"), keys,
				System.getProperty("user.name", "root"), Optional.empty(), HostKeyPolicy.REFUSE_NEW, null,
				Duration.ofSeconds(15), agent == null || agent.isBlank() ? Optional.empty() : Optional.of(Path.of(agent)));
	}

	/** @return these settings with the agent at this socket, or none */
	public SshSettings withAgent(Optional<Path> socket) {
		return new SshSettings(userConfig, knownHosts, identities, defaultUser, password, policy, prompt,
				connectTimeout, socket);
	}

	/** @return these settings with another known_hosts file */
	public SshSettings withKnownHosts(Path file) {
		return new SshSettings(userConfig, file, identities, defaultUser, password, policy, prompt,
				connectTimeout, agent);
	}

	/** @return these settings with another OpenSSH client configuration */
	public SshSettings withUserConfig(Path file) {
		return new SshSettings(file, knownHosts, identities, defaultUser, password, policy, prompt,
				connectTimeout, agent);
	}

	/** @return these settings offering these key files */
	public SshSettings withIdentities(List<Path> files) {
		return new SshSettings(userConfig, knownHosts, files, defaultUser, password, policy, prompt,
				connectTimeout, agent);
	}

	/** @return these settings with another default user */
	public SshSettings withDefaultUser(String user) {
		return new SshSettings(userConfig, knownHosts, identities, user, password, policy, prompt,
				connectTimeout, agent);
	}

	/** @return these settings offering this password */
	public SshSettings withPassword(String secret) {
		return new SshSettings(userConfig, knownHosts, identities, defaultUser, Optional.of(secret), policy, prompt,
				connectTimeout, agent);
	}

	/** @return these settings with another host key policy (and prompt, for ASK) */
	public SshSettings withPolicy(HostKeyPolicy newPolicy, HostKeyPrompt newPrompt) {
		return new SshSettings(userConfig, knownHosts, identities, defaultUser, password, newPolicy, newPrompt,
				connectTimeout, agent);
	}

	/** @return these settings with another connect deadline */
	public SshSettings withConnectTimeout(Duration timeout) {
		return new SshSettings(userConfig, knownHosts, identities, defaultUser, password, policy, prompt,
				timeout, agent);
	}

	/** @return the settings for logs and messages: whether a password is set, never the password */
	@Override
	public String toString() {
		return "SshSettings[userConfig=" + userConfig + ", knownHosts=" + knownHosts + ", identities=" + identities
				+ ", defaultUser=" + defaultUser + ", password=" + (password.isPresent() ? "(set)" : "(none)")
				+ ", policy=" + policy + ", connectTimeout=" + connectTimeout + ", agent=" + agent + "]";
	}
}
