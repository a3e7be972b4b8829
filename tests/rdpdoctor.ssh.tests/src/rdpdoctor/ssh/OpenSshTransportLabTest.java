package rdpdoctor.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rdpdoctor.tests.harness.OpenSshServer;
import rdpdoctor.tests.harness.Root;

/**
 * The SSH transport against a real OpenSSH server (sshd 9.2 on loopback, its own host key and authorized_keys):
 * known_hosts policies, the OpenSSH client configuration, commands with exit status, deadlines and bounded output,
 * one connection for many commands. The fingerprints are checked against ssh-keygen's.
 */
class OpenSshTransportLabTest {

	@TempDir
	Path dir;

	private OpenSshServer server;
	private SshSettings settings;

	@BeforeEach
	void startSshd() throws Exception {
		Root.require("/usr/sbin/sshd");
		Path serverDir = Files.createDirectories(dir.resolve("server"));
		server = new OpenSshServer(serverDir, "ed25519");
		settings = SshSettings.defaults(dir.resolve("home")).withIdentities(List.of(server.clientKey()))
				.withDefaultUser("root").withConnectTimeout(Duration.ofSeconds(10))
				.withAgent(java.util.Optional.empty()); // the test's own agent only, never the caller's
	}

	@AfterEach
	void stopSshd() {
		if (server != null) {
			server.close();
		}
	}

	@Test
	void anUnknownHostKeyIsRefusedNamingItsFingerprintAsSshKeygenPrintsIt() throws Exception {
		try (SshConnector connector = new SshConnector(settings)) {
			SshFailure refused = assertThrows(SshFailure.class,
					() -> connector.connect("127.0.0.1", server.port(), null));

			assertEquals(SshFailure.Kind.UNKNOWN_HOST_KEY, refused.kind(), refused.getMessage());
			HostKey key = refused.presented().orElseThrow();
			assertEquals(server.hostKeyFingerprint(), key.fingerprint());
			assertEquals("ssh-ed25519", key.type());
			assertTrue(refused.getMessage().startsWith("127.0.0.1:" + server.port() + ": "), refused.getMessage());
			assertTrue(refused.getMessage().contains(key.fingerprint()), refused.getMessage());
			assertFalse(Files.exists(settings.knownHosts()), "nothing is recorded when the key is refused");
		}
	}

	@Test
	void acceptNewRecordsTheKeyAndTheNextConnectionPassesTheStrictCheck() throws Exception {
		try (SshConnector accepting = new SshConnector(settings.withPolicy(HostKeyPolicy.ACCEPT_NEW, null));
				SshConnection first = accepting.connect("127.0.0.1", server.port(), null)) {
			assertTrue(first.serverVersion().startsWith("SSH-2.0-OpenSSH_"), first.serverVersion());
		}
		String recorded = Files.readString(settings.knownHosts(), StandardCharsets.UTF_8);
		assertTrue(recorded.contains("[127.0.0.1]:" + server.port() + " ssh-ed25519 "), recorded);

		try (SshConnector strict = new SshConnector(settings);
				SshConnection again = strict.connect("127.0.0.1", server.port(), null)) {
			assertEquals("root\n", again.run("id -un", Duration.ofSeconds(10), 1024).stdout());
		}
	}

	@Test
	void aChangedHostKeyIsRefusedLoudlyEvenWhenNewKeysAreAccepted() throws Exception {
		try (SshConnector accepting = new SshConnector(settings.withPolicy(HostKeyPolicy.ACCEPT_NEW, null));
				SshConnection first = accepting.connect("127.0.0.1", server.port(), null)) {
			assertTrue(first.isOpen());
		}
		byte[] knownBefore = Files.readAllBytes(settings.knownHosts());
		server.replaceHostKey("ecdsa");

		try (SshConnector accepting = new SshConnector(settings.withPolicy(HostKeyPolicy.ACCEPT_NEW, null))) {
			SshFailure refused = assertThrows(SshFailure.class,
					() -> accepting.connect("127.0.0.1", server.port(), null));
			assertEquals(SshFailure.Kind.HOST_KEY_CHANGED, refused.kind(), refused.getMessage());
			assertTrue(refused.getMessage().contains("THE HOST KEY HAS CHANGED"), refused.getMessage());
			assertTrue(refused.getMessage().contains(server.hostKeyFingerprint()), refused.getMessage());
		}
		assertEquals(new String(knownBefore, StandardCharsets.UTF_8),
				Files.readString(settings.knownHosts(), StandardCharsets.UTF_8), "known_hosts is left as it was");
	}

	@Test
	void askingShowsTheFingerprintAndAnAnswerOfNoRefuses() throws Exception {
		List<HostKey> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
		try (SshConnector asking = new SshConnector(settings.withPolicy(HostKeyPolicy.ASK, key -> {
			asked.add(key);
			return false;
		}))) {
			SshFailure refused = assertThrows(SshFailure.class, () -> asking.connect("127.0.0.1", server.port(), null));
			assertEquals(SshFailure.Kind.UNKNOWN_HOST_KEY, refused.kind());
		}
		assertEquals(1, asked.size());
		assertEquals(server.hostKeyFingerprint(), asked.get(0).fingerprint());
	}

	@Test
	void theOpenSshConfigurationGivesHostNamePortUserAndKey() throws Exception {
		Path config = dir.resolve("ssh_config");
		Files.writeString(config, String.join("\n", "Host lab-host", "  HostName 127.0.0.1", "  Port " + server.port(),
				"  User root", "  IdentityFile " + server.clientKey(), ""));
		SshSettings configured = settings.withUserConfig(config).withIdentities(List.of())
				.withPolicy(HostKeyPolicy.ACCEPT_NEW, null);

		try (SshConnector connector = new SshConnector(configured);
				SshConnection connection = connector.connect("lab-host", 0, null)) {
			assertEquals("root\n", connection.run("id -un", Duration.ofSeconds(10), 1024).stdout());
		}
	}

	@Test
	void commandsGiveExitStatusOutputAndErrorsOverOneConnection() throws Exception {
		try (SshConnector connector = new SshConnector(settings.withPolicy(HostKeyPolicy.ACCEPT_NEW, null));
				SshConnection connection = connector.connect("127.0.0.1", server.port(), null)) {
			String script = "echo \"it's ünïcode\"; echo oops >&2; exit 3";
			CommandResult result = connection.run(RemoteShell.POSIX.command(script), Duration.ofSeconds(10), 1024);
			assertEquals(3, result.exitStatus());
			assertEquals("it's ünïcode\n", result.stdout());
			assertEquals("oops\n", result.stderr());
			assertFalse(result.truncated() || result.timedOut());
			for (int i = 0; i < 5; i++) {
				assertTrue(connection.run("true", Duration.ofSeconds(10), 16).succeeded());
			}
		}
		assertEquals(1, server.log().split("Accepted publickey for root", -1).length - 1,
				"six commands, one login: " + server.log());
	}

	@Test
	void openSsh92AgreesOnCurve25519AndAServerOfferingOnlySntrup761OrNistCurvesStillConnects() throws Exception {
		SshSettings accepting = settings.withPolicy(HostKeyPolicy.ACCEPT_NEW, null);
		try (SshConnector connector = new SshConnector(accepting);
				SshConnection connection = connector.connect("127.0.0.1", server.port(), null)) {
			// sshd 9.2 offers sntrup761x25519 first too: the client's order decides, and it offers curve25519 first
			assertEquals("curve25519-sha256", connection.keyExchange());
		}
		for (String only : List.of("sntrup761x25519-sha512@openssh.com", "ecdh-sha2-nistp256")) {
			server.offerOnlyKeyExchanges(only);
			try (SshConnector connector = new SshConnector(accepting);
					SshConnection connection = connector.connect("127.0.0.1", server.port(), null)) {
				assertEquals(only, connection.keyExchange());
				assertEquals("root\n", connection.run("id -un", Duration.ofSeconds(10), 1024).stdout());
			}
		}
	}

	@Test
	void aCommandPastItsDeadlineIsEndedAndEndlessOutputIsCut() throws Exception {
		try (SshConnector connector = new SshConnector(settings.withPolicy(HostKeyPolicy.ACCEPT_NEW, null));
				SshConnection connection = connector.connect("127.0.0.1", server.port(), null)) {
			CommandResult slow = connection.run("sleep 30", Duration.ofSeconds(1), 1024);
			assertTrue(slow.timedOut());
			assertEquals(-1, slow.exitStatus());
			assertTrue(slow.took().compareTo(Duration.ofSeconds(5)) < 0, slow.took().toString());

			CommandResult flood = connection.run("head -c 5000000 /dev/zero | tr '\\0' x", Duration.ofSeconds(20),
					65_536);
			assertTrue(flood.truncated());
			assertEquals(65_536, flood.stdout().length());
			assertEquals(0, flood.exitStatus(), "the rest was read and dropped, so the command could finish");
		}
	}

	@Test
	void aKeyHeldOnlyByARunningSshAgentLogsIn() throws Exception {
		Path socket = dir.resolve("agent.sock");
		Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString()).redirectErrorStream(true)
				.redirectOutput(dir.resolve("agent.log").toFile()).start();
		try {
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (!Files.exists(socket) && System.nanoTime() < deadline) {
				Thread.sleep(20);
			}
			var added = rdpdoctor.tests.harness.Command.run(List.of("ssh-add", server.clientKey().toString()),
					Duration.ofSeconds(10), java.util.Map.of("SSH_AUTH_SOCK", socket.toString()));
			assertEquals(0, added.exitCode(), added.output());
			SshSettings agentOnly = settings.withIdentities(List.of()).withAgent(java.util.Optional.of(socket))
					.withPolicy(HostKeyPolicy.ACCEPT_NEW, null);

			try (SshConnector connector = new SshConnector(agentOnly);
					SshConnection connection = connector.connect("127.0.0.1", server.port(), null)) {
				assertEquals("root\n", connection.run("id -un", Duration.ofSeconds(10), 1024).stdout());
			}
			try (SshConnector connector = new SshConnector(agentOnly.withAgent(java.util.Optional.empty()))) {
				assertEquals(SshFailure.Kind.AUTHENTICATION_FAILED, assertThrows(SshFailure.class,
						() -> connector.connect("127.0.0.1", server.port(), null)).kind(), "without the agent, no key");
			}
		} finally {
			agent.destroy();
			agent.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
		}
	}

	@Test
	void aClosedPortIsUnreachableNamingHostAndPort() throws Exception {
		int closed = rdpdoctor.tests.harness.FreePorts.closedTcpPort();
		try (SshConnector connector = new SshConnector(settings)) {
			SshFailure failure = assertThrows(SshFailure.class, () -> connector.connect("127.0.0.1", closed, null));
			assertEquals(SshFailure.Kind.UNREACHABLE, failure.kind(), failure.getMessage());
			assertTrue(failure.getMessage().matches("(\\w+@)?127\\.0\\.0\\.1:" + closed + ": .*"), failure.getMessage());
		}
	}

	@Test
	void aWrongKeyFailsAuthentication() throws Exception {
		Path stranger = dir.resolve("stranger");
		rdpdoctor.tests.harness.Command.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f",
				stranger.toString()), Duration.ofSeconds(20), java.util.Map.of());
		try (SshConnector connector = new SshConnector(settings.withIdentities(List.of(stranger))
				.withPolicy(HostKeyPolicy.ACCEPT_NEW, null))) {
			SshFailure failure = assertThrows(SshFailure.class,
					() -> connector.connect("127.0.0.1", server.port(), null));
			assertEquals(SshFailure.Kind.AUTHENTICATION_FAILED, failure.kind(), failure.getMessage());
		}
	}
}
