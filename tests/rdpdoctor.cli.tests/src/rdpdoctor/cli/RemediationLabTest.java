package rdpdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import rdpdoctor.ssh.host.HostSystem;
import rdpdoctor.tests.harness.Command;
import rdpdoctor.tests.harness.LabHostExtension;

/**
 * Remediation end to end on a Linux host as Debian lays out xrdp (releng/lab/xrdp-LAB.host().sh, namespaces of its own):
 * each fault is diagnosed, fixed with {@code rdpdoctor remediate --apply --yes} over real OpenSSH as the host's admin
 * user (sudo), verified by a fresh diagnosis, and rolled back with {@code --rollback}, after which the diagnosis
 * finds the fault again. Refusals change nothing on the host (its /etc/xrdp compared byte for byte).
 */
class RemediationLabTest {

	@RegisterExtension
	static final LabHostExtension LAB = new LabHostExtension("rdpfx1", 9).restoredAfterEach();

	@TempDir
	Path dir;

	private List<String> ssh(String user) {
		return new ArrayList<>(List.of("--ssh-user", user, "--ssh-identity", LAB.host().clientKey().toString(),
				"--known-hosts", dir.resolve("known_hosts").toString(), "--accept-new-host-key", "--timeout-ms",
				"3000", "--journal", dir.resolve("journal").toString()));
	}

	private CliRun cli(List<String> args) {
		CliRun cli = new CliRun();
		cli.code = cli.run(args.toArray(String[]::new));
		return cli;
	}

	private CliRun remediate(String cause, String... more) {
		List<String> args = new ArrayList<>(List.of("remediate", LAB.host().address(), "--cause", cause));
		args.addAll(List.of(more));
		args.addAll(ssh(LAB.host().adminUser()));
		return cli(args);
	}

	private CliRun rollback(String action) {
		List<String> args = new ArrayList<>(List.of("remediate", "--rollback", action));
		args.addAll(ssh(LAB.host().adminUser()));
		return cli(args);
	}

	private List<String> causes() {
		List<String> args = new ArrayList<>(List.of("diagnose", LAB.host().address(), "--format", "json"));
		args.addAll(ssh(LAB.host().user()));
		args.removeAll(List.of("--journal", dir.resolve("journal").toString()));
		CliRun cli = cli(args);
		JsonObject diagnosis = JsonParser.parseString(cli.out.toString(StandardCharsets.UTF_8)).getAsJsonObject()
				.getAsJsonArray("hosts").get(0).getAsJsonObject();
		List<String> causes = new ArrayList<>();
		diagnosis.getAsJsonArray("findings").forEach(f -> causes.add(f.getAsJsonObject().get("cause").getAsString()));
		return causes;
	}

	private static String text(CliRun cli) {
		return cli.out.toString(StandardCharsets.UTF_8) + cli.err.toString(StandardCharsets.UTF_8);
	}

	private JsonArray journal() {
		CliRun cli = cli(List.of("journal", "--format", "json", "--journal", dir.resolve("journal").toString()));
		assertEquals(0, cli.code, text(cli));
		return JsonParser.parseString(cli.out.toString(StandardCharsets.UTF_8)).getAsJsonObject()
				.getAsJsonArray("entries");
	}

	private static String action(CliRun cli) {
		String out = cli.out.toString(StandardCharsets.UTF_8);
		int at = out.indexOf("--rollback ");
		assertTrue(at > 0, out);
		return out.substring(at + "--rollback ".length()).lines().findFirst().orElseThrow().strip();
	}

	/** Diagnosed, fixed and verified, gone from a fresh diagnosis, rolled back, diagnosed again; journaled. */
	private String fixVerifyRollBack(String cause) {
		assertTrue(causes().contains(cause), "the fault is diagnosed first: " + causes());
		CliRun fixed = remediate(cause, "--apply", "--yes");
		assertEquals(0, fixed.code, text(fixed));
		assertTrue(text(fixed).contains("fixed and verified"), text(fixed));
		assertFalse(causes().contains(cause), "a fresh diagnosis no longer finds " + cause);
		String action = action(fixed);
		CliRun undone = rollback(action);
		assertEquals(0, undone.code, text(undone));
		assertTrue(causes().contains(cause), "the rollback brings the fault back: " + causes());
		List<String> steps = new ArrayList<>();
		for (JsonElement entry : journal()) {
			if (entry.getAsJsonObject().get("action").getAsString().equals(action)) {
				steps.add(entry.getAsJsonObject().get("step").getAsString());
			}
		}
		assertEquals(List.of("PLANNED", "SNAPSHOT_TAKEN", "APPLY_STARTED", "APPLIED", "VERIFIED", "ROLLBACK_STARTED",
				"ROLLED_BACK"), steps);
		return action;
	}

	@Test
	void anExpiredCertificateIsRenewedVerifiedAndTheOldOneRestoredByRollback() throws IOException {
		Path cert = dir.resolve("cert.pem");
		Path key = dir.resolve("key.pem");
		Command made = Command.run(List.of("faketime", "2020-01-01 00:00:00", "openssl", "req", "-x509", "-newkey",
				"rsa:2048", "-nodes", "-keyout", key.toString(), "-out", cert.toString(), "-days", "30", "-subj",
				"/CN=rdpfx1.lab.test"), Duration.ofSeconds(60), Map.of());
		assertEquals(0, made.exitCode(), made.output());
		Files.write(LAB.host().etcXrdp().resolve("cert.pem"), Files.readAllBytes(cert));
		Files.write(LAB.host().etcXrdp().resolve("key.pem"), Files.readAllBytes(key)); // keeps root:ssl-cert 640
		String expired = sha256(LAB.host().etcXrdp().resolve("cert.pem"));

		fixVerifyRollBack("CERT_EXPIRED");

		assertEquals(expired, sha256(LAB.host().etcXrdp().resolve("cert.pem")), "the old certificate, byte for byte");
		assertEquals("rw-r-----", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(
				LAB.host().etcXrdp().resolve("key.pem"))), "the key's mode as it was");
	}

	@Test
	void aTlsOnlySecurityLayerIsSetToNegotiateAndBack() throws IOException {
		LAB.host().setIni("security_layer", "tls");
		String before = Files.readString(LAB.host().etcXrdp().resolve("xrdp.ini"));

		fixVerifyRollBack("SECURITY_LAYER_TLS_REQUIRED");

		assertEquals(before, Files.readString(LAB.host().etcXrdp().resolve("xrdp.ini")));
	}

	@Test
	void aDropRuleIsLiftedByAnAcceptRuleAndTheRollbackRemovesExactlyThat() throws IOException {
		LAB.host().run("iptables", "-I", "INPUT", "-p", "tcp", "--dport", "3389", "-j", "DROP");
		String before = LAB.host().run("iptables", "-S", "INPUT");

		fixVerifyRollBack("FIREWALL_RULE_DISABLED");

		assertEquals(before, LAB.host().run("iptables", "-S", "INPUT"), "the chain as it was");
	}

	@Test
	void aStoppedXrdpIsStartedAndStoppedAgainByRollback() throws IOException {
		LAB.host().stopXrdp();

		fixVerifyRollBack("RDP_SERVICE_STOPPED");

		assertTrue(LAB.host().run("sh", "-c", "pgrep -x xrdp || true").isBlank(), "stopped again");
	}

	@Test
	void xrdpOnAnotherPortIsMovedBackToTheClientsPort() throws IOException {
		LAB.host().stopXrdp();
		LAB.host().setIni("port", "3390");
		LAB.host().startXrdp();

		fixVerifyRollBack("RDP_PORT_CHANGED");

		assertTrue(Files.readString(LAB.host().etcXrdp().resolve("xrdp.ini")).contains("\nport=3390\n"));
	}

	@Test
	void aSecondApplyFindsNothingToFixAndThePlanAloneChangesNothing() throws IOException {
		LAB.host().setIni("security_layer", "tls");
		Map<String, String> files = etcXrdp();

		CliRun plan = remediate("SECURITY_LAYER_TLS_REQUIRED", "--plan");

		assertEquals(0, plan.code, text(plan));
		assertTrue(text(plan).contains("ini_set security_layer negotiate"), "the exact script is shown: " + text(plan));
		assertEquals(files, etcXrdp());
		assertEquals(0, journal().size(), "a plan is not an action");
		assertEquals(0, remediate("SECURITY_LAYER_TLS_REQUIRED", "--apply", "--yes").code);
		CliRun again = remediate("SECURITY_LAYER_TLS_REQUIRED", "--apply", "--yes");
		assertEquals(0, again.code, text(again));
		assertTrue(text(again).contains("nothing to fix"), text(again));
	}

	@Test
	void refusalsChangeNothingOnTheHost() throws IOException {
		LAB.host().setIni("security_layer", "tls");
		Map<String, String> files = etcXrdp();

		CliRun noUser = cli(List.of("remediate", LAB.host().address(), "--cause", "SECURITY_LAYER_TLS_REQUIRED", "--apply",
				"--yes"));
		assertEquals(2, noUser.code, text(noUser));
		assertTrue(text(noUser).contains("needs --ssh-user"), text(noUser));

		List<String> unknownKey = new ArrayList<>(List.of("remediate", LAB.host().address(), "--cause",
				"SECURITY_LAYER_TLS_REQUIRED", "--apply", "--yes"));
		unknownKey.addAll(ssh(LAB.host().adminUser()));
		unknownKey.remove("--accept-new-host-key");
		CliRun refusedKey = cli(unknownKey);
		assertEquals(2, refusedKey.code, text(refusedKey));
		assertTrue(text(refusedKey).contains("refused, nothing changed"), text(refusedKey));

		CliRun notAsked = remediate("SECURITY_LAYER_TLS_REQUIRED", "--apply");
		assertEquals(2, notAsked.code, "no terminal to confirm and no --yes: " + text(notAsked));

		CliRun notRoot = cli(withUser(LAB.host().user(), "SECURITY_LAYER_TLS_REQUIRED"));
		assertEquals(2, notRoot.code, "the read-only user has no sudo for this: " + text(notRoot));
		assertTrue(text(notRoot).contains("precondition failed"), text(notRoot));

		assertEquals(files, etcXrdp(), "nothing changed on the host");
		assertTrue(causes().contains("SECURITY_LAYER_TLS_REQUIRED"));
	}

	@Test
	void aBlockInANativeNftTableIsRefusedWithTheTableNamed() throws IOException {
		// an nft table of the admin's own, which an iptables rule cannot lift
		LAB.host().run("nft", "add table inet rdpguard");
		LAB.host().run("nft", "add chain inet rdpguard input { type filter hook input priority 0 ; }");
		LAB.host().run("nft", "add rule inet rdpguard input tcp dport 3389 drop");
		try {
			String rules = LAB.host().run("iptables", "-S", "INPUT");
			assertTrue(causes().contains("FIREWALL_RULE_DISABLED"), "diagnosed from the nft ruleset");

			CliRun refused = remediate("FIREWALL_RULE_DISABLED", "--apply", "--yes");

			assertEquals(2, refused.code, text(refused));
			assertTrue(text(refused).contains("precondition failed") && text(refused).contains("inet rdpguard"),
					text(refused));
			assertEquals(rules, LAB.host().run("iptables", "-S", "INPUT"), "no rule added");
			assertEquals("REFUSED", journal().get(journal().size() - 1).getAsJsonObject().get("step").getAsString());
		} finally {
			LAB.host().run("nft", "delete table inet rdpguard");
		}
	}

	@Test
	void theExtensionGuidesThirdPartyRemediationRunsThroughTheSameJournaledRun() throws Exception {
		LAB.host().run("sh", "-c", "pkill -x xrdp-sesman; n=0; while pgrep -x xrdp-sesman >/dev/null && [ $n -lt 50 ]; "
				+ "do n=$((n+1)); sleep 0.1; done");
		rdpdoctor.core.DiagnosisSettings settings = rdpdoctor.core.DiagnosisSettings.defaults()
				.withExtra(rdpdoctor.core.settings.DiagnosisSetting.SSH_USER.key(), LAB.host().adminUser())
				.withExtra(rdpdoctor.core.settings.DiagnosisSetting.SSH_IDENTITY.key(), LAB.host().clientKey().toString())
				.withExtra(rdpdoctor.core.settings.DiagnosisSetting.SSH_KNOWN_HOSTS.key(),
						dir.resolve("known_hosts").toString())
				.withExtra(rdpdoctor.core.settings.DiagnosisSetting.SSH_ACCEPT_NEW_HOST_KEY.key(), "true");
		rdpdoctor.core.HostDiagnosis none = new rdpdoctor.core.HostDiagnosis(new rdpdoctor.core.Target(LAB.host().address(),
				3389), "", rdpdoctor.model.HostStatus.FAILING, List.of(), List.of(), java.time.Instant.now(),
				java.time.Instant.now());
		com.example.RestartSesman sample = new com.example.RestartSesman();
		rdpdoctor.remediation.Plan plan = sample.plan(new rdpdoctor.remediation.RemediationHost(none.target(),
				"SESMAN_STOPPED", HostSystem.LINUX, none));

		rdpdoctor.remediation.internal.RemediationRun.Outcome outcome;
		try (rdpdoctor.ssh.SshConnection connection = rdpdoctor.ssh.host.HostLogin.connect(settings,
				LAB.host().address(), Duration.ofSeconds(20))) {
			outcome = new rdpdoctor.remediation.internal.RemediationRun(new rdpdoctor.remediation.internal.Journal(dir.resolve(
					"journal")), "test").apply(plan, sample, new rdpdoctor.remediation.internal.HostScripts(connection,
							HostSystem.LINUX), () -> new rdpdoctor.remediation.internal.Verification(!LAB.host().run("sh", "-c",
									"pgrep -x xrdp-sesman || true").isBlank(), "xrdp-sesman runs"),
							Duration.ofSeconds(60));
		}

		assertEquals(rdpdoctor.remediation.internal.JournalEntry.Step.VERIFIED, outcome.step(), outcome.message());
		assertFalse(LAB.host().run("sh", "-c", "pgrep -x xrdp-sesman || true").isBlank(), "started on the host");
	}

	private List<String> withUser(String user, String cause) {
		List<String> args = new ArrayList<>(List.of("remediate", LAB.host().address(), "--cause", cause, "--apply",
				"--yes"));
		args.addAll(ssh(user));
		return args;
	}

	private Map<String, String> etcXrdp() throws IOException {
		Map<String, String> files = new TreeMap<>();
		for (String file : List.of("xrdp.ini", "cert.pem", "key.pem")) {
			files.put(file, sha256(LAB.host().etcXrdp().resolve(file)));
		}
		return files;
	}

	private static String sha256(Path file) throws IOException {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
