package rdpdoctor.tests.harness;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real OpenSSH server on loopback for host-side tests: {@code /usr/sbin/sshd -D -e} with its own configuration,
 * host key and authorized_keys in a folder of the test's, accepting root by key only. Needs root (sshd's privilege
 * separation) and the openssh-server package.
 */
public final class OpenSshServer implements AutoCloseable {

	private static final Duration LIMIT = Duration.ofSeconds(20);

	private final Path dir;
	private final int port;
	private Process sshd;

	/**
	 * Makes a host key of the given type, a client key (ed25519) allowed to log in as root, and starts sshd.
	 *
	 * @param dir         a folder of the test's
	 * @param hostKeyType the host key's type for ssh-keygen, e.g. {@code ed25519}, {@code ecdsa}, {@code rsa}
	 * @throws IOException when a key cannot be made or sshd does not listen within 20 s
	 */
	public OpenSshServer(Path dir, String hostKeyType) throws IOException {
		this.dir = dir;
		this.port = FreePorts.closedTcpPort();
		keygen(hostKeyType, dir.resolve("host_key"));
		keygen("ed25519", dir.resolve("client_key"));
		Files.copy(dir.resolve("client_key.pub"), dir.resolve("authorized_keys"));
		Files.writeString(dir.resolve("sshd_config"), String.join("\n", "Port " + port, "ListenAddress 127.0.0.1",
				"HostKey " + dir.resolve("host_key"), "PidFile " + dir.resolve("sshd.pid"),
				"AuthorizedKeysFile " + dir.resolve("authorized_keys"), "StrictModes no", "UsePAM no",
				"PasswordAuthentication no", "KbdInteractiveAuthentication no", "PermitRootLogin prohibit-password",
				"AllowUsers root", "LogLevel VERBOSE", ""), StandardCharsets.UTF_8);
		Files.createDirectories(Path.of("/run/sshd")); // sshd's privilege separation folder, as its package makes it
		start();
	}

	private static void keygen(String type, Path key) throws IOException {
		Command made = Command.run(List.of("ssh-keygen", "-q", "-t", type, "-N", "", "-C", "rdpdoctor-test", "-f",
				key.toString()), LIMIT, Map.of());
		if (made.exitCode() != 0) {
			throw new IOException("ssh-keygen -t " + type + " failed: " + made.output());
		}
	}

	private void start() throws IOException {
		sshd = new ProcessBuilder("/usr/sbin/sshd", "-D", "-e", "-f", dir.resolve("sshd_config").toString())
				.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("sshd.log").toFile()))
				.start();
		if (!ServerProcesses.awaitListening(sshd, new InetSocketAddress(InetAddress.getLoopbackAddress(), port), LIMIT)) {
			boolean ended = !sshd.isAlive();
			close();
			throw new IOException(ended ? "sshd ended: " + log()
					: "sshd does not listen on port " + port + " after " + LIMIT.toSeconds() + " s: " + log());
		}
	}

	/**
	 * Stops sshd, makes it a new host key of the given type and starts it again on the same port: what a reinstalled
	 * host, or a man in the middle, looks like.
	 *
	 * @param type the new key's type
	 * @throws IOException as the constructor
	 */
	public void replaceHostKey(String type) throws IOException {
		stop();
		Files.delete(dir.resolve("host_key"));
		Files.delete(dir.resolve("host_key.pub"));
		keygen(type, dir.resolve("host_key"));
		start();
	}

	/**
	 * Restarts sshd on the same port offering only the given key exchanges ({@code KexAlgorithms}): a server older
	 * or stricter than the package's.
	 *
	 * @param algorithms the key exchange names, comma separated, as sshd_config takes them
	 * @throws IOException as the constructor
	 */
	public void offerOnlyKeyExchanges(String algorithms) throws IOException {
		stop();
		Path config = dir.resolve("sshd_config");
		// sshd takes a keyword's first value: the one of an earlier call goes
		List<String> lines = new java.util.ArrayList<>(Files.readAllLines(config, StandardCharsets.UTF_8));
		lines.removeIf(line -> line.startsWith("KexAlgorithms "));
		lines.add("KexAlgorithms " + algorithms);
		Files.write(config, lines, StandardCharsets.UTF_8);
		start();
	}

	/** @return the port sshd listens on, on 127.0.0.1 */
	public int port() {
		return port;
	}

	/** @return the private key allowed to log in as root */
	public Path clientKey() {
		return dir.resolve("client_key");
	}

	/**
	 * @return the host key's fingerprint as {@code ssh-keygen -lf} prints it ({@code SHA256:...}): an independent
	 *         reading of what the client should show
	 * @throws IOException when ssh-keygen fails
	 */
	public String hostKeyFingerprint() throws IOException {
		Command listed = Command.run(List.of("ssh-keygen", "-l", "-E", "sha256", "-f",
				dir.resolve("host_key.pub").toString()), LIMIT, Map.of());
		if (listed.exitCode() != 0) {
			throw new IOException("ssh-keygen -l failed: " + listed.output());
		}
		return listed.output().trim().split(" ")[1];
	}

	/**
	 * @return sshd's log so far
	 * @throws IOException when it cannot be read
	 */
	public String log() throws IOException {
		Path log = dir.resolve("sshd.log");
		return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
	}

	private void stop() {
		if (sshd != null && sshd.isAlive()) {
			sshd.descendants().forEach(ProcessHandle::destroy);
			ServerProcesses.stop(sshd, Duration.ofSeconds(10));
		}
	}

	/** Stops sshd (and the sessions it forked). */
	@Override
	public void close() {
		stop();
	}
}
