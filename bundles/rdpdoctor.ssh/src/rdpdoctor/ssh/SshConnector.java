package rdpdoctor.ssh;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.config.hosts.ConfigFileHostEntryResolver;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.future.ConnectFuture;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.keyprovider.FileKeyPairProvider;

/**
 * Opens SSH connections the way OpenSSH's client would, with Apache MINA SSHD: the user's configuration (HostName,
 * Port, User, IdentityFile), known_hosts with the chosen policy for new keys (a changed key is always refused), key
 * files and an optional password. One connector serves many connections; close it when done. Ed25519 keys (the
 * default of today's OpenSSH) need BouncyCastle beside SSHD: the bundle imports it so that it is always there.
 */
public final class SshConnector implements AutoCloseable {

	private final SshClient client;
	private final SshSettings settings;

	/**
	 * Starts the SSH client (no connection yet).
	 *
	 * @param settings how to connect
	 */
	public SshConnector(SshSettings settings) {
		this.settings = settings;
		client = SshClient.setUpDefaultClient();
		client.setKeyExchangeFactories(KeyExchangeOrder.preferred(client.getKeyExchangeFactories()));
		client.setServerKeyVerifier(HostKeyCheck.verifier(settings));
		client.setHostConfigEntryResolver(Files.isRegularFile(settings.userConfig())
				? new ConfigFileHostEntryResolver(settings.userConfig())
				: HostConfigEntryResolver.EMPTY);
		List<Path> keys = settings.identities().stream().filter(Files::isRegularFile).toList();
		if (!keys.isEmpty()) {
			client.setKeyIdentityProvider(new FileKeyPairProvider(keys));
		}
		settings.agent().filter(Files::exists).ifPresent(socket -> client.setAgentFactory(UnixSocketAgent.factory(
				socket)));
		client.start();
	}

	/**
	 * Connects and authenticates, within the settings' connect timeout.
	 *
	 * @param host a host name, an address or an alias of the OpenSSH configuration
	 * @param port the port (it wins over the configuration's, as {@code ssh -p} does), or 0 for the configuration's
	 *             Port, 22 when it gives none
	 * @param user the user, or null for the configuration's or the settings' default
	 * @return the connection, to run commands on and close
	 * @throws SshFailure naming the host: unknown or changed host key, authentication failed, unreachable, timeout
	 */
	public SshConnection connect(String host, int port, String user) throws SshFailure {
		return connect(host, port, user, settings.connectTimeout());
	}

	/**
	 * As {@link #connect(String, int, String)}, within a deadline of the caller's.
	 *
	 * @param host    a host name, an address or an alias of the OpenSSH configuration
	 * @param port    the port, or 0 for the configuration's (22 when it gives none)
	 * @param user    the user, or null for the configuration's or the settings' default
	 * @param timeout how long connecting and authenticating may take
	 * @return the connection, to run commands on and close
	 * @throws SshFailure naming the host: unknown or changed host key, authentication failed, unreachable, timeout
	 */
	public SshConnection connect(String host, int port, String user, java.time.Duration timeout) throws SshFailure {
		return connect(host, port, user, timeout, settings.password());
	}

	/**
	 * As {@link #connect(String, int, String, java.time.Duration)}, offering this password instead of the settings':
	 * a connector shared by many hosts keeps no password; the session holds it until it closes.
	 *
	 * @param host     a host name, an address or an alias of the OpenSSH configuration
	 * @param port     the port, or 0 for the configuration's (22 when it gives none)
	 * @param user     the user, or null for the configuration's or the settings' default
	 * @param timeout  how long connecting and authenticating may take
	 * @param password the password to offer, if any
	 * @return the connection, to run commands on and close
	 * @throws SshFailure naming the host: unknown or changed host key, authentication failed, unreachable, timeout
	 */
	public SshConnection connect(String host, int port, String user, java.time.Duration timeout,
			java.util.Optional<String> password) throws SshFailure {
		String login = user != null ? user : Files.isRegularFile(settings.userConfig()) ? null : settings.defaultUser();
		long deadline = System.nanoTime() + timeout.toNanos();
		// who and where, as the messages name them: the configuration's port and user when none was given
		String where = (login != null ? login + "@" : "") + host + (port > 0 ? ":" + port : "");
		ClientSession session = null;
		AtomicReference<SshFailure> refused = new AtomicReference<>();
		try {
			ConnectFuture future = client.connect(login, host, port,
					AttributeRepository.ofKeyValuePair(HostKeyCheck.REFUSAL, refused), null);
			session = future.verify(timeout).getSession();
			password.ifPresent(session::addPasswordIdentity);
			session.auth().verify(remaining(deadline, where));
			return new SshConnection(session, where);
		} catch (SshFailure e) {
			close(session);
			throw e;
		} catch (IOException | UnresolvedAddressException e) {
			close(session);
			throw refused.get() != null ? refused.get() : classify(e, where);
		}
	}

	/**
	 * One connection with an SSH client of its own, stopped when the connection closes (or at once when it fails):
	 * for a single login outside a diagnosis run, leaving no client, threads or password behind.
	 *
	 * @param settings how to connect
	 * @param host     a host name, an address or an alias of the OpenSSH configuration
	 * @param port     the port, or 0 for the configuration's (22 when it gives none)
	 * @param user     the user, or null for the configuration's or the settings' default
	 * @param timeout  how long connecting and authenticating may take
	 * @return the connection; closing it stops its client
	 * @throws SshFailure as {@link #connect(String, int, String, java.time.Duration)}
	 */
	public static SshConnection connectOnce(SshSettings settings, String host, int port, String user,
			java.time.Duration timeout) throws SshFailure {
		SshConnector connector = new SshConnector(settings);
		try {
			return connector.connect(host, port, user, timeout).owning(connector);
		} catch (SshFailure | RuntimeException e) {
			connector.close();
			throw e;
		}
	}

	private static java.time.Duration remaining(long deadline, String where) throws SshFailure {
		long left = deadline - System.nanoTime();
		if (left <= 0) {
			throw new SshFailure(SshFailure.Kind.TIMEOUT, where + ": no SSH session within the deadline",
					null, null);
		}
		return java.time.Duration.ofNanos(left);
	}

	private static SshFailure classify(Throwable e, String where) {
		where = where + ": ";
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof ConnectException || t instanceof NoRouteToHostException || t instanceof UnknownHostException
					|| t instanceof UnresolvedAddressException) {
				return new SshFailure(SshFailure.Kind.UNREACHABLE, where + "no SSH connection (" + describe(t) + ")",
						null, e);
			}
		}
		String message = describe(e);
		if (message.contains("No more authentication methods")) {
			return new SshFailure(SshFailure.Kind.AUTHENTICATION_FAILED, where + "no key or password offered was"
					+ " accepted (" + message + ")", null, e);
		}
		if (message.toLowerCase(java.util.Locale.ROOT).contains("timeout")
				|| message.toLowerCase(java.util.Locale.ROOT).contains("timed out")) {
			return new SshFailure(SshFailure.Kind.TIMEOUT, where + "no SSH session within the deadline (" + message
					+ ")", null, e);
		}
		return new SshFailure(SshFailure.Kind.PROTOCOL, where + message, null, e);
	}

	private static String describe(Throwable t) {
		return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
	}

	private static void close(ClientSession session) {
		if (session != null) {
			session.close(true);
		}
	}

	/** Stops the SSH client; connections still open are closed. */
	@Override
	public void close() {
		client.stop();
	}
}
