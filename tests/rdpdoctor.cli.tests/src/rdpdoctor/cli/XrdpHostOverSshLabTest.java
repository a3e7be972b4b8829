package rdpdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import rdpdoctor.model.Host;
import rdpdoctor.model.Inventory;
import rdpdoctor.model.ModelFactory;
import rdpdoctor.model.persistence.InventoryStore;
import rdpdoctor.tests.harness.Command;
import rdpdoctor.tests.harness.LabHostExtension;

/**
 * Host-side evidence end to end on a Linux host as Debian lays out xrdp, in namespaces of its own (network, PID,
 * /etc): {@code rdpdoctor diagnose --ssh-user rdpdiag} logs in over real OpenSSH as a throwaway user, reads the real
 * xrdp's set-up, and each fault switched on the host is found with host evidence and linked to the network symptom it
 * causes.
 */
class XrdpHostOverSshLabTest {

	@RegisterExtension
	static final LabHostExtension LAB = new LabHostExtension("rdpdx1", 7).restoredAfterEach();

	@TempDir
	Path dir;

	private List<String> sshOptions(String... more) {
		List<String> args = new ArrayList<>(List.of("--ssh-user", LAB.host().user(), "--ssh-identity",
				LAB.host().clientKey().toString(), "--known-hosts", dir.resolve("known_hosts").toString()));
		args.addAll(List.of(more));
		return args;
	}

	private JsonObject diagnose(List<String> options) {
		List<String> args = new ArrayList<>(List.of("diagnose", LAB.host().address(), "--format", "json", "--timeout-ms",
				"3000"));
		args.addAll(options);
		CliRun cli = new CliRun();
		cli.run(args.toArray(String[]::new));
		return JsonParser.parseString(cli.out.toString(StandardCharsets.UTF_8)).getAsJsonObject()
				.getAsJsonArray("hosts").get(0).getAsJsonObject();
	}

	private JsonObject diagnose() {
		return diagnose(sshOptions("--accept-new-host-key"));
	}

	private static JsonObject probe(JsonObject diagnosis, String id) {
		for (JsonElement probe : diagnosis.getAsJsonArray("probes")) {
			if (probe.getAsJsonObject().get("id").getAsString().equals(id)) {
				return probe.getAsJsonObject();
			}
		}
		throw new AssertionError("no probe " + id + " in " + diagnosis);
	}

	private static JsonObject evidence(JsonObject diagnosis, String id) {
		return probe(diagnosis, id).getAsJsonObject("evidence");
	}

	private static List<String> causes(JsonObject diagnosis) {
		List<String> causes = new ArrayList<>();
		diagnosis.getAsJsonArray("findings").forEach(f -> causes.add(f.getAsJsonObject().get("cause").getAsString()));
		return causes;
	}

	private static JsonObject finding(JsonObject diagnosis, String cause) {
		for (JsonElement finding : diagnosis.getAsJsonArray("findings")) {
			if (finding.getAsJsonObject().get("cause").getAsString().equals(cause)) {
				return finding.getAsJsonObject();
			}
		}
		throw new AssertionError("no " + cause + " in " + causes(diagnosis));
	}

	private static void assertCausedBy(JsonObject diagnosis, String consequence, String cause) {
		assertEquals("[\"" + cause + "\"]", finding(diagnosis, consequence).getAsJsonArray("causedBy").toString(),
				consequence + " in " + causes(diagnosis));
		assertTrue(causes(diagnosis).indexOf(cause) < causes(diagnosis).indexOf(consequence), "the root cause first");
	}

	@Test
	void aHealthyXrdpIsReadAsTheThrowawayUserWithItsDebianLayoutAndFirewall() {
		JsonObject diagnosis = diagnose();

		assertEquals("OK", probe(diagnosis, "ssh").get("status").getAsString(), diagnosis.toString());
		assertEquals("LINUX", evidence(diagnosis, "ssh").get("system").getAsString());
		JsonObject xrdp = evidence(diagnosis, "xrdp");
		assertEquals("OK", probe(diagnosis, "xrdp").get("status").getAsString(), diagnosis.toString());
		assertEquals("/etc/xrdp/xrdp.ini", xrdp.get("ini").getAsString());
		assertEquals(3389, xrdp.get("port").getAsInt());
		assertTrue(xrdp.get("listensOnPort").getAsBoolean(), xrdp.toString());
		assertEquals("root:ssl-cert:640", xrdp.get("keyMode").getAsString());
		assertTrue(xrdp.get("keyReadableByXrdp").getAsBoolean(), "xrdp is in ssl-cert: " + xrdp);
		assertEquals("CN=rdpdx1.lab.test", xrdp.get("certSubject").getAsString());
		assertTrue(List.of("nft", "iptables").contains(xrdp.get("firewall").getAsString()),
				"read through the narrow sudo rule: " + xrdp);
		assertFalse(xrdp.get("firewallBlocks").getAsBoolean());
		List<String> causes = causes(diagnosis);
		for (String hostSide : List.of("RDP_SERVICE_STOPPED", "RDP_PORT_CHANGED", "CERT_UNUSABLE",
				"FIREWALL_RULE_DISABLED", "HOST_CERT_MISMATCH", "HOST_EVIDENCE_UNAVAILABLE")) {
			assertFalse(causes.contains(hostSide), causes.toString());
		}
		assertTrue(finding(diagnosis, "CERT_SELF_SIGNED").get("explanation").getAsString()
				.contains("xrdp.certSubject = CN=rdpdx1.lab.test"), "the certificate the host holds, beside");
	}

	@Test
	void aStoppedXrdpIsTheRootCauseOfTheClosedPort() throws IOException {
		LAB.host().stopXrdp();

		JsonObject diagnosis = diagnose();

		assertEquals(0, evidence(diagnosis, "xrdp").get("processes").getAsInt());
		assertCausedBy(diagnosis, "PORT_CLOSED", "RDP_SERVICE_STOPPED");
		// xrdp's own log, read over the same connection, says it was told to stop
		assertEquals("OK", probe(diagnosis, "events").get("status").getAsString());
		assertTrue(finding(diagnosis, "RDP_SERVICE_STOPPED").get("explanation").getAsString().contains(
				"Supported by the host's events: xrdp's log: it was stopped or could not listen"),
				finding(diagnosis, "RDP_SERVICE_STOPPED").toString());
	}

	@Test
	void xrdpMovedToAnotherPortIsTheRootCauseOfTheClosedPort() throws IOException {
		LAB.host().stopXrdp();
		LAB.host().setIni("port", "3390");
		LAB.host().startXrdp();

		JsonObject diagnosis = diagnose();

		assertEquals(3390, evidence(diagnosis, "xrdp").get("port").getAsInt());
		assertTrue(evidence(diagnosis, "xrdp").get("listensOnPort").getAsBoolean());
		assertCausedBy(diagnosis, "PORT_CLOSED", "RDP_PORT_CHANGED");
	}

	@Test
	void aDropRuleOnTheRdpPortIsTheRootCauseOfTheFilteredPort() throws IOException {
		LAB.host().run("iptables", "-I", "INPUT", "-p", "tcp", "--dport", "3389", "-j", "DROP");

		JsonObject diagnosis = diagnose();

		JsonObject xrdp = evidence(diagnosis, "xrdp");
		assertTrue(xrdp.get("firewallBlocks").getAsBoolean(), xrdp.toString());
		String rule = xrdp.getAsJsonArray("firewallRules").get(0).getAsString(); // nft's words for iptables-nft's rule
		assertTrue(rule.contains("dport 3389") && rule.toLowerCase(java.util.Locale.ROOT).contains("drop"), rule);
		assertCausedBy(diagnosis, "PORT_FILTERED", "FIREWALL_RULE_DISABLED");
	}

	@Test
	void anExpiredCertificateFileIsShownBesideTheExpiredCertificateTheNetworkSaw() throws IOException {
		Path cert = dir.resolve("cert.pem");
		Path key = dir.resolve("key.pem");
		Command made = Command.run(List.of("faketime", "2020-01-01 00:00:00", "openssl", "req", "-x509", "-newkey",
				"rsa:2048", "-nodes", "-keyout", key.toString(), "-out", cert.toString(), "-days", "30", "-subj",
				"/CN=rdpdx1.lab.test"), Duration.ofSeconds(60), Map.of());
		assertEquals(0, made.exitCode(), made.output());
		Files.writeString(LAB.host().etcXrdp().resolve("cert.pem"), Files.readString(cert));
		Files.writeString(LAB.host().etcXrdp().resolve("key.pem"), Files.readString(key)); // keeps root:ssl-cert 640

		JsonObject diagnosis = diagnose();

		String notAfter = evidence(diagnosis, "xrdp").get("certNotAfter").getAsString();
		assertTrue(notAfter.startsWith("2020-01-31T00:00:"), notAfter); // faketime's clock runs on from 00:00:00
		JsonObject expired = finding(diagnosis, "CERT_EXPIRED");
		assertTrue(expired.getAsJsonArray("evidence").toString().contains("xrdp.certNotAfter"), expired.toString());
		assertEquals("[\"reset-rdp-certificate\"]", expired.getAsJsonArray("remediations").toString(),
				"the remediation plugin.xml declares for the cause on LINUX, named by the engine");
		assertTrue(expired.get("explanation").getAsString().contains("xrdp.certNotAfter = " + notAfter),
				expired.toString());
		assertFalse(causes(diagnosis).contains("HOST_CERT_MISMATCH"), "the same certificate on both sides");
	}

	@Test
	void aKeyXrdpCannotReadIsTheRootCauseOfTheDowngrade() throws IOException {
		// Debian's own trap: xrdp runs as user xrdp, the key is root:ssl-cert 640 and xrdp is not in ssl-cert
		LAB.host().stopXrdp();
		List<String> groups = Files.readAllLines(LAB.host().groupFile()).stream()
				.map(l -> l.startsWith("ssl-cert:") ? l.replaceAll("(?<=[:,])xrdp(,|$)", "").replaceAll(",$", "") : l)
				.toList();
		Files.write(LAB.host().groupFile(), groups);
		LAB.host().startXrdp();

		JsonObject diagnosis = diagnose();

		assertFalse(evidence(diagnosis, "xrdp").get("keyReadableByXrdp").getAsBoolean());
		assertCausedBy(diagnosis, "SECURITY_DOWNGRADE", "CERT_UNUSABLE");
	}

	@Test
	void aTlsOnlySecurityLayerIsShownWithTheIniSettingBesideIt() throws IOException {
		LAB.host().setIni("security_layer", "tls"); // xrdp reads its ini again for each connection

		JsonObject diagnosis = diagnose();

		assertEquals("tls", evidence(diagnosis, "xrdp").get("securityLayer").getAsString());
		JsonObject tlsOnly = finding(diagnosis, "SECURITY_LAYER_TLS_REQUIRED");
		assertTrue(tlsOnly.getAsJsonArray("evidence").toString().contains("xrdp.securityLayer"), tlsOnly.toString());
	}

	@Test
	void anUnknownHostKeyIsRefusedAndNothingIsReadOrRecorded() throws IOException {
		JsonObject diagnosis = diagnose(sshOptions());

		assertEquals("UNKNOWN_HOST_KEY", evidence(diagnosis, "ssh").get("failure").getAsString());
		assertTrue(evidence(diagnosis, "ssh").get("hostKey").getAsString().endsWith(LAB.host().hostKeyFingerprint()));
		assertEquals("SKIPPED", probe(diagnosis, "xrdp").get("status").getAsString());
		assertFalse(Files.exists(dir.resolve("known_hosts")));
		assertTrue(causes(diagnosis).contains("HOST_EVIDENCE_UNAVAILABLE"), causes(diagnosis).toString());
		assertTrue(causes(diagnosis).contains("CERT_SELF_SIGNED"), "still diagnosed from the network");
	}

	/** The threads of MINA SSHD clients (sshd-SshClient[id]-nio2-thread-N, -timer-thread-N) alive now. */
	private static java.util.Set<String> sshClientThreads() {
		return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
				.filter(name -> name.startsWith("sshd-SshClient")).collect(java.util.stream.Collectors.toSet());
	}

	@Test
	void aWrongPasswordIsAClearFailureAndTheRightOneLogsIn() throws IOException, InterruptedException {
		java.util.Set<String> before = sshClientThreads();
		Path wrong = dir.resolve("wrong");
		Files.writeString(wrong, "not-" + LAB.host().password() + "\n");
		Files.setPosixFilePermissions(wrong, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
		List<String> byPassword = List.of("--ssh-user", LAB.host().user(), "--known-hosts",
				dir.resolve("known_hosts").toString(), "--accept-new-host-key", "--ssh-password-file");

		List<String> withWrong = new ArrayList<>(byPassword);
		withWrong.add(wrong.toString());
		JsonObject refused = diagnose(withWrong);
		assertEquals("AUTHENTICATION_FAILED", evidence(refused, "ssh").get("failure").getAsString(),
				refused.toString());
		assertTrue(probe(refused, "ssh").get("message").getAsString().contains(LAB.host().user()), refused.toString());

		List<String> withRight = new ArrayList<>(byPassword);
		withRight.add(LAB.host().passwordFile().toString());
		JsonObject in = diagnose(withRight);
		assertEquals("OK", probe(in, "ssh").get("status").getAsString(), in.toString());
		assertEquals("OK", probe(in, "xrdp").get("status").getAsString());

		java.util.Set<String> left = sshClientThreads();
		for (int i = 0; i < 50 && !before.containsAll(left); i++) { // a stopped client's threads end soon after
			Thread.sleep(100);
			left = sshClientThreads();
		}
		left.removeAll(before);
		assertEquals(java.util.Set.of(), left, "each run stops the SSH client it made: no threads, settings or "
				+ "password outlive the diagnosis");
	}

	@Test
	void aBatchUsesEachInventoryHostsOwnSshUserAndPort() throws IOException {
		Inventory inventory = ModelFactory.eINSTANCE.createInventory();
		Host own = ModelFactory.eINSTANCE.createHost();
		own.setName(LAB.host().address());
		own.setSshUser(LAB.host().user()); // the run's --ssh-user and --ssh-port below are wrong for this host
		own.setSshPort(2222);
		Host plain = ModelFactory.eINSTANCE.createHost();
		plain.setName("plain");
		plain.setAddress(LAB.host().address());
		inventory.getHosts().addAll(List.of(own, plain));
		Path file = dir.resolve("fleet.rdpdoctor");
		InventoryStore.save(inventory, file);
		Path report = dir.resolve("report.json");

		CliRun cli = new CliRun();
		cli.run("batch", "--inventory", file.toString(), "--report", report.toString(), "--timeout-ms", "3000",
				"--ssh-user", "nobody", "--ssh-port", "23", "--ssh-identity", LAB.host().clientKey().toString(),
				"--known-hosts", dir.resolve("known_hosts").toString(), "--accept-new-host-key");

		JsonObject json = JsonParser.parseString(Files.readString(report)).getAsJsonObject();
		JsonObject ownHost = null;
		JsonObject plainHost = null;
		for (JsonElement h : json.getAsJsonArray("hosts")) {
			String target = h.getAsJsonObject().get("target").getAsString();
			if (target.startsWith("plain")) {
				plainHost = h.getAsJsonObject();
			} else {
				ownHost = h.getAsJsonObject();
			}
		}
		assertEquals("OK", probe(ownHost, "ssh").get("status").getAsString(), ownHost.toString());
		assertEquals(LAB.host().user(), evidence(ownHost, "ssh").get("user").getAsString());
		assertEquals("OK", probe(ownHost, "xrdp").get("status").getAsString());
		assertEquals("UNREACHABLE", evidence(plainHost, "ssh").get("failure").getAsString(),
				"the run's port 23 for the host without its own: " + plainHost);
	}

	@Test
	void thePasswordIsFoundInNoOutputReportCheckpointOrLog() throws IOException {
		String password = LAB.host().password();
		java.io.ByteArrayOutputStream logged = new java.io.ByteArrayOutputStream();
		java.io.PrintStream stderr = System.err;
		java.io.PrintStream stdout = System.out;
		List<String> outputs = new ArrayList<>();
		Path file = dir.resolve("fleet.rdpdoctor");
		Inventory inventory = ModelFactory.eINSTANCE.createInventory();
		Host one = ModelFactory.eINSTANCE.createHost();
		one.setName(LAB.host().address());
		inventory.getHosts().add(one);
		InventoryStore.save(inventory, file);
		try (java.io.PrintStream capture = new java.io.PrintStream(logged, true, StandardCharsets.UTF_8)) {
			System.setErr(capture); // the SSH library's own log goes here
			System.setOut(capture);
			List<String> login = List.of("--ssh-user", LAB.host().user(), "--known-hosts",
					dir.resolve("known_hosts").toString(), "--accept-new-host-key", "--ssh-password-file",
					LAB.host().passwordFile().toString(), "--timeout-ms", "3000");
			for (String format : List.of("text", "json", "table")) {
				List<String> args = new ArrayList<>(List.of("diagnose", LAB.host().address(), "--format", format));
				args.addAll(login);
				CliRun cli = new CliRun();
				cli.run(args.toArray(String[]::new));
				outputs.add(cli.out.toString(StandardCharsets.UTF_8) + cli.err.toString(StandardCharsets.UTF_8));
				assertTrue(format.equals("table") || outputs.get(outputs.size() - 1).contains("logged in as rdpdiag"),
						"logged in: " + outputs);
			}
			for (String report : List.of("report.html", "report.json", "report.csv", "report.xml")) {
				List<String> args = new ArrayList<>(List.of("batch", "--inventory", file.toString(), "--report",
						dir.resolve(report).toString()));
				args.addAll(login);
				CliRun cli = new CliRun();
				cli.run(args.toArray(String[]::new));
				outputs.add(cli.out.toString(StandardCharsets.UTF_8) + cli.err.toString(StandardCharsets.UTF_8));
			}
		} finally {
			System.setErr(stderr);
			System.setOut(stdout);
		}
		outputs.add(logged.toString(StandardCharsets.UTF_8));
		for (String output : outputs) {
			assertFalse(output.contains(password), "the password in an output");
		}
		List<Path> written;
		try (var files = Files.walk(dir)) {
			written = files.filter(Files::isRegularFile).toList();
		}
		assertTrue(written.stream().anyMatch(f -> f.getFileName().toString().equals("report.html")), written.toString());
		for (Path written1 : written) {
			assertFalse(new String(Files.readAllBytes(written1), StandardCharsets.ISO_8859_1).contains(password),
					"the password in " + written1);
		}
		assertTrue(Files.readString(dir.resolve("report.json")).contains("\"user\": \"rdpdiag\"")
				|| Files.readString(dir.resolve("report.json")).contains("\"user\":\"rdpdiag\""), "the run logged in");
	}
}
