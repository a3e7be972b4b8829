package rdpdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import rdpdoctor.tests.harness.Command;
import rdpdoctor.tests.harness.FreePorts;
import rdpdoctor.tests.harness.OpenSshServer;
import rdpdoctor.tests.harness.Root;

/**
 * Host-side evidence end to end on loopback: {@code rdpdoctor diagnose --ssh-user root ...} against a real OpenSSH
 * server and a real xrdp with a configuration of the test's given by --xrdp-ini; host keys refused, accepted and
 * changed. The faults on a host laid out as Debian's are in {@link XrdpHostOverSshLabTest}.
 */
class HostEvidenceLabTest {

	@TempDir
	Path dir;

	private OpenSshServer sshd;
	private Process xrdp;
	private int rdpPort;
	private Path ini;

	@BeforeEach
	void startSshdAndXrdp() throws Exception {
		Root.require("/usr/sbin/sshd");
		Root.require("/usr/sbin/xrdp");
		sshd = new OpenSshServer(Files.createDirectories(dir.resolve("sshd")), "ed25519");
		rdpPort = FreePorts.closedTcpPort();
		Path cert = dir.resolve("cert.pem");
		Path key = dir.resolve("key.pem");
		Command made = Command.run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
				key.toString(), "-out", cert.toString(), "-days", "30", "-subj", "/CN=xrdp.lab.test"),
				Duration.ofSeconds(30), Map.of());
		assertEquals(0, made.exitCode(), made.output());
		Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--")); // the xrdp user reads it
		ini = dir.resolve("xrdp.ini");
		Files.writeString(ini, iniFor(rdpPort, cert, key), StandardCharsets.UTF_8);
		startXrdp();
	}

	/** Debian's xrdp.ini with this test's port, certificate, key and log. */
	private String iniFor(int port, Path cert, Path key) throws IOException {
		List<String> lines = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of("/etc/xrdp/xrdp.ini"), StandardCharsets.UTF_8)) {
			if (line.startsWith("port=") && lines.stream().noneMatch(l -> l.startsWith("port="))) {
				lines.add("port=tcp://127.0.0.1:" + port);
			} else if (line.startsWith("certificate=")) {
				lines.add("certificate=" + cert);
			} else if (line.startsWith("key_file=")) {
				lines.add("key_file=" + key);
			} else if (line.startsWith("LogFile=")) {
				lines.add("LogFile=" + dir.resolve("xrdp.log"));
			} else if (line.startsWith("EnableSyslog=")) {
				lines.add("EnableSyslog=false");
			} else {
				lines.add(line);
			}
		}
		return String.join("\n", lines) + "\n";
	}

	private void startXrdp() throws IOException, InterruptedException {
		xrdp = new ProcessBuilder("/usr/sbin/xrdp", "--nodaemon", "--config", ini.toString()).redirectErrorStream(true)
				.redirectOutput(dir.resolve("xrdp.out").toFile()).start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (System.nanoTime() < deadline) {
			try (Socket probe = new Socket()) {
				probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), rdpPort), 200);
				return;
			} catch (IOException notYet) {
				Thread.sleep(50);
			}
		}
		throw new IOException("xrdp does not listen on " + rdpPort + ": " + Files.readString(dir.resolve("xrdp.out")));
	}

	@AfterEach
	void stop() throws InterruptedException {
		if (xrdp != null) {
			xrdp.descendants().forEach(ProcessHandle::destroy);
			xrdp.destroy();
			xrdp.waitFor(10, TimeUnit.SECONDS);
		}
		if (sshd != null) {
			sshd.close();
		}
	}

	private JsonObject diagnose(int port, String... more) {
		List<String> args = new ArrayList<>(List.of("diagnose", "127.0.0.1:" + port, "--format", "json",
				"--timeout-ms", "10000", "--ssh-user", "root", "--ssh-port", String.valueOf(sshd.port()),
				"--ssh-identity", sshd.clientKey().toString(), "--known-hosts", dir.resolve("known_hosts").toString(),
				"--xrdp-ini", ini.toString()));
		args.addAll(List.of(more));
		CliRun cli = new CliRun();
		cli.run(args.toArray(String[]::new));
		return JsonParser.parseString(cli.out.toString(StandardCharsets.UTF_8)).getAsJsonObject()
				.getAsJsonArray("hosts").get(0).getAsJsonObject();
	}

	private static JsonObject probe(JsonObject host, String id) {
		for (var probe : host.getAsJsonArray("probes")) {
			if (probe.getAsJsonObject().get("id").getAsString().equals(id)) {
				return probe.getAsJsonObject();
			}
		}
		throw new AssertionError("no probe " + id + " in " + host);
	}

	private static List<String> causes(JsonObject host) {
		List<String> causes = new ArrayList<>();
		host.getAsJsonArray("findings").forEach(f -> causes.add(f.getAsJsonObject().get("cause").getAsString()));
		return causes;
	}

	@Test
	void aHealthyXrdpIsReadOverSshWithItsPortCertificateAndListener() {
		JsonObject host = diagnose(rdpPort, "--accept-new-host-key");

		assertEquals("OK", probe(host, "ssh").get("status").getAsString(), host.toString());
		JsonObject evidence = probe(host, "xrdp").getAsJsonObject("evidence");
		assertEquals("OK", probe(host, "xrdp").get("status").getAsString(), host.toString());
		assertEquals(ini.toString(), evidence.get("ini").getAsString());
		assertEquals(rdpPort, evidence.get("port").getAsInt());
		assertTrue(evidence.get("listensOnPort").getAsBoolean(), evidence.toString());
		assertTrue(evidence.get("keyMatchesCertificate").getAsBoolean(), evidence.toString());
		assertEquals("CN=xrdp.lab.test", evidence.get("certSubject").getAsString());
		assertFalse(causes(host).contains("RDP_SERVICE_STOPPED") || causes(host).contains("RDP_PORT_CHANGED")
				|| causes(host).contains("CERT_UNUSABLE") || causes(host).contains("HOST_CERT_MISMATCH"),
				causes(host).toString());
	}

	@Test
	void anUnknownHostKeyIsRefusedWithoutTheFlagAndNothingIsReadOnTheHost() throws Exception {
		JsonObject host = diagnose(rdpPort);

		JsonObject ssh = probe(host, "ssh");
		assertEquals("FAILED", ssh.get("status").getAsString());
		assertEquals("UNKNOWN_HOST_KEY", ssh.getAsJsonObject("evidence").get("failure").getAsString());
		assertTrue(ssh.getAsJsonObject("evidence").get("hostKey").getAsString().endsWith(sshd.hostKeyFingerprint()));
		assertEquals("SKIPPED", probe(host, "xrdp").get("status").getAsString());
		assertFalse(Files.exists(dir.resolve("known_hosts")));
		assertEquals(List.of("HOST_EVIDENCE_UNAVAILABLE"), causes(host).stream().filter(c -> c.startsWith("HOST_")
				|| c.startsWith("SSH_")).toList(), "the user is told why, and what to do");
	}

	@Test
	void aChangedHostKeyIsAWarningFindingAndNothingIsRead() throws Exception {
		diagnose(rdpPort, "--accept-new-host-key");
		sshd.replaceHostKey("ecdsa");

		JsonObject host = diagnose(rdpPort, "--accept-new-host-key");

		assertEquals("HOST_KEY_CHANGED", probe(host, "ssh").getAsJsonObject("evidence").get("failure").getAsString());
		assertTrue(causes(host).contains("SSH_HOST_KEY_CHANGED"), causes(host).toString());
		assertEquals("SKIPPED", probe(host, "xrdp").get("status").getAsString());
	}
}
