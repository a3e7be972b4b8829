package rdpdoctor.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rdpdoctor.tests.harness.Command;
import rdpdoctor.tests.harness.OpenSshServer;
import rdpdoctor.tests.harness.Root;

/**
 * known_hosts judged as OpenSSH judges it, case by case against OpenSSH's own client in the same test
 * ({@code ssh -o StrictHostKeyChecking=yes} to a real sshd on a port other than 22): {@code @revoked} entries with
 * wildcards and ports, wildcard and negated patterns, hashed names, {@code @cert-authority} lines, a key of the same
 * type recorded for a pattern. Each verdict of RDP Doctor's client is OpenSSH's; a revoked key is named so.
 */
class KnownHostsAsOpenSshJudgesTest {

	@TempDir
	Path dir;
	private OpenSshServer server;
	private String hostKey;
	private String otherKey;
	private String otherType;

	@BeforeEach
	void startSshd() throws Exception {
		Root.require("/usr/sbin/sshd");
		server = new OpenSshServer(Files.createDirectories(dir.resolve("server")), "ed25519");
		hostKey = key(Files.readString(dir.resolve("server/host_key.pub")));
		otherKey = keygen("ed25519", "other");
		otherType = keygen("ecdsa", "other-type");
	}

	@AfterEach
	void stopSshd() {
		if (server != null) {
			server.close();
		}
	}

	private String keygen(String type, String name) throws IOException {
		Command made = Command.run(List.of("ssh-keygen", "-q", "-t", type, "-N", "", "-f",
				dir.resolve(name).toString()), Duration.ofSeconds(20), Map.of());
		assertEquals(0, made.exitCode(), made.output());
		return key(Files.readString(dir.resolve(name + ".pub")));
	}

	private static String key(String publicKeyLine) {
		String[] fields = publicKeyLine.strip().split(" ");
		return fields[0] + " " + fields[1];
	}

	@Test
	void everyVerdictIsOpenSshs() throws Exception {
		int port = server.port();
		String self = "[127.0.0.1]:" + port;
		String wildPort = "[127.0.0.?]:" + String.valueOf(port).substring(0, String.valueOf(port).length() - 1) + "?";
		Map<String, String> cases = new LinkedHashMap<>();
		cases.put("recorded", self + " " + hostKey);
		cases.put("revoked by *", self + " " + hostKey + "\n@revoked * " + hostKey);
		cases.put("revoked by [host]:*", "@revoked [127.0.0.1]:* " + hostKey);
		cases.put("revoked for another host", "@revoked 10.0.0.1 " + hostKey + "\n" + self + " " + hostKey);
		cases.put("* holds it", "* " + hostKey);
		cases.put("* holds another", "* " + otherKey);
		cases.put("? wildcards with a port hold another", wildPort + " " + otherKey);
		cases.put("negated", "*,!" + self + " " + otherKey);
		cases.put("port 22 entry only", "127.0.0.1 " + otherKey);
		cases.put("another type recorded", self + " " + otherType);
		cases.put("another type and the key", self + " " + otherType + "\n" + self + " " + hostKey);
		cases.put("cert-authority", "@cert-authority * " + hostKey);
		cases.put("empty", "");
		cases.put("upper case name", "[127.0.0.1]:" + port + ",EXAMPLE " + hostKey);
		Map<String, String> ours = new LinkedHashMap<>();
		Map<String, String> openSsh = new LinkedHashMap<>();
		for (Map.Entry<String, String> c : cases.entrySet()) {
			Path file = dir.resolve("known_hosts-" + ours.size());
			Files.writeString(file, c.getValue() + "\n", StandardCharsets.UTF_8);
			openSsh.put(c.getKey(), openSshVerdict(file, port));
			ours.put(c.getKey(), ourVerdict(file, port));
		}
		Path hashed = dir.resolve("known_hosts-hashed");
		Files.writeString(hashed, self + " " + hostKey + "\n");
		Command hashing = Command.run(List.of("ssh-keygen", "-H", "-f", hashed.toString()), Duration.ofSeconds(20),
				Map.of());
		assertEquals(0, hashing.exitCode(), hashing.output());
		assertTrue(Files.readString(hashed).startsWith("|1|"), "ssh-keygen -H hashed the name");
		openSsh.put("hashed", openSshVerdict(hashed, port));
		ours.put("hashed", ourVerdict(hashed, port));

		assertEquals(openSsh, ours);
		assertEquals("REVOKED", ours.get("revoked by *"), "the cases reach each verdict: " + ours);
		assertEquals("CHANGED", ours.get("? wildcards with a port hold another"));
		assertEquals("KNOWN", ours.get("hashed"));
		assertEquals("UNKNOWN", ours.get("negated"));
	}

	@Test
	void aNewKeyIsNotRecordedThroughALinkAndAnUnwritableFileIsSaid() throws Exception {
		Path target = dir.resolve("elsewhere");
		Path link = Files.createSymbolicLink(dir.resolve("known_hosts-link"), target);
		SshFailure refused = connectFailure(link, HostKeyPolicy.ACCEPT_NEW);
		assertTrue(refused.getMessage().contains("symbolic link"), refused.getMessage());
		assertTrue(!Files.exists(target), "nothing created through a dangling link");

		Path folder = Files.createDirectories(dir.resolve("readonly"));
		Path file = folder.resolve("known_hosts");
		Files.writeString(file, "");
		file.toFile().setWritable(false, false);
		folder.toFile().setWritable(false, false);
		if (!Files.isWritable(file)) { // root may write anyway; then nothing here is unwritable
			SshFailure unwritable = connectFailure(file, HostKeyPolicy.ACCEPT_NEW);
			assertTrue(unwritable.getMessage().contains("cannot be recorded"), unwritable.getMessage());
		}
	}

	private SshFailure connectFailure(Path knownHosts, HostKeyPolicy policy) throws Exception {
		SshSettings settings = settings(knownHosts).withPolicy(policy, null);
		try (SshConnector connector = new SshConnector(settings);
				SshConnection connection = connector.connect("127.0.0.1", server.port(), null)) {
			throw new AssertionError("connected: " + connection.serverVersion());
		} catch (SshFailure e) {
			return e;
		}
	}

	private SshSettings settings(Path knownHosts) {
		return SshSettings.defaults(dir.resolve("home")).withKnownHosts(knownHosts)
				.withIdentities(List.of(server.clientKey())).withDefaultUser("root")
				.withConnectTimeout(Duration.ofSeconds(10)).withAgent(java.util.Optional.empty());
	}

	private String ourVerdict(Path knownHosts, int port) throws Exception {
		try (SshConnector connector = new SshConnector(settings(knownHosts));
				SshConnection connection = connector.connect("127.0.0.1", port, null)) {
			return "KNOWN";
		} catch (SshFailure e) {
			return switch (e.kind()) {
			case HOST_KEY_REVOKED -> {
				assertTrue(e.getMessage().contains("REVOKED HOST KEY"), e.getMessage());
				yield "REVOKED";
			}
			case HOST_KEY_CHANGED -> "CHANGED";
			case UNKNOWN_HOST_KEY -> "UNKNOWN";
			default -> e.kind() + ": " + e.getMessage();
			};
		}
	}

	private String openSshVerdict(Path knownHosts, int port) throws IOException {
		Command ssh = Command.run(List.of("ssh", "-F", "/dev/null", "-o", "StrictHostKeyChecking=yes", "-o",
				"UserKnownHostsFile=" + knownHosts, "-o", "GlobalKnownHostsFile=/dev/null", "-o", "BatchMode=yes", "-o",
				"IdentitiesOnly=yes", "-o", "ConnectTimeout=10", "-i", server.clientKey().toString(), "-p",
				String.valueOf(port), "root@127.0.0.1", "true"), Duration.ofSeconds(30), Map.of());
		String said = ssh.output();
		if (ssh.exitCode() == 0) {
			return "KNOWN";
		}
		if (said.contains("REVOKED HOST KEY")) {
			return "REVOKED";
		}
		if (said.contains("HOST IDENTIFICATION HAS CHANGED")) {
			return "CHANGED";
		}
		return said.contains("Host key verification failed") ? "UNKNOWN" : "ssh " + ssh.exitCode() + ": " + said;
	}
}
