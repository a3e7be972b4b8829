package rdpdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import rdpdoctor.tests.harness.LabHostExtension;

/**
 * A Linux host that runs several xrdp instances, each started with its own {@code --config} (its own port,
 * certificate, key, security layer and LogFile), none of them on /etc/xrdp, whose package files are left with
 * defaults that would be wrong for every instance (an unreadable key, port 3389): every port is diagnosed over real
 * OpenSSH from the instance that serves it, a port no readable set-up can be tied to is HOST_EVIDENCE_AMBIGUOUS, and an
 * expired certificate is fixed, verified and rolled back on its instance while every other instance keeps running
 * with the same PID. Real xrdp in namespaces of the lab host's own (releng/lab/xrdp-LAB.host().sh).
 */
class XrdpInstancesLabTest {

	@RegisterExtension
	static final LabHostExtension LAB = new LabHostExtension("rdpmi1", 15);
	private static Map<String, String> valid;
	private static Map<String, String> expired;
	private static Map<String, String> relative;

	@TempDir
	Path dir;

	@BeforeAll
	static void up() throws IOException {
		LAB.host().stopXrdp(); // the package's xrdp on /etc/xrdp runs no more; its files stay, with a key xrdp cannot read
		LAB.host().run("chmod", "600", "/etc/xrdp/key.pem");
		valid = LAB.host().startInstance("valid", 3390, false, "absolute");
		expired = LAB.host().startInstance("expired", 3391, true, "absolute");
		relative = LAB.host().startInstance("relative", 3392, false, "relative");
		LAB.host().startInstance("contained", 3393, true, "mountns");
	}

	private List<String> ssh(String user) {
		return new ArrayList<>(List.of("--ssh-user", user, "--ssh-identity", LAB.host().clientKey().toString(),
				"--known-hosts", dir.resolve("known_hosts").toString(), "--accept-new-host-key", "--timeout-ms", "3000"));
	}

	private static CliRun cli(List<String> args) {
		CliRun cli = new CliRun();
		cli.code = cli.run(args.toArray(String[]::new));
		return cli;
	}

	private JsonObject diagnose(int port, String... more) {
		List<String> args = new ArrayList<>(List.of("diagnose", LAB.host().address() + ":" + port, "--format", "json"));
		args.addAll(ssh(LAB.host().user()));
		args.addAll(Arrays.asList(more));
		CliRun cli = cli(args);
		return JsonParser.parseString(cli.out.toString(StandardCharsets.UTF_8)).getAsJsonObject()
				.getAsJsonArray("hosts").get(0).getAsJsonObject();
	}

	private static JsonObject evidence(JsonObject diagnosis, String probe) {
		for (JsonElement p : diagnosis.getAsJsonArray("probes")) {
			if (p.getAsJsonObject().get("id").getAsString().equals(probe)) {
				return p.getAsJsonObject().getAsJsonObject("evidence");
			}
		}
		throw new AssertionError("no probe " + probe + " in " + diagnosis);
	}

	private static List<String> causes(JsonObject diagnosis) {
		List<String> causes = new ArrayList<>();
		diagnosis.getAsJsonArray("findings").forEach(f -> causes.add(f.getAsJsonObject().get("cause").getAsString()));
		return causes;
	}

	private static final List<String> FALSE_CAUSES = List.of("RDP_PORT_CHANGED", "CERT_UNUSABLE", "HOST_CERT_MISMATCH",
			"RDP_SERVICE_STOPPED", "SECURITY_LAYER_TLS_REQUIRED", "HOST_EVIDENCE_AMBIGUOUS");

	@Test
	void eachPortIsDiagnosedFromTheInstanceThatServesIt() {
		JsonObject healthy = diagnose(3390);
		JsonObject xrdp = evidence(healthy, "xrdp");
		assertEquals(valid.get("pid"), xrdp.get("pid").getAsString(), xrdp.toString());
		assertEquals(valid.get("ini"), xrdp.get("ini").getAsString());
		assertEquals("option", xrdp.get("configFrom").getAsString());
		assertEquals(3390, xrdp.get("port").getAsInt());
		assertEquals("/usr/sbin/xrdp", xrdp.get("binary").getAsString());
		// xrdp finds sesman through its compiled-in folder's sesman.ini, whatever its --config: the package's here
		assertEquals("/etc/xrdp/sesman.ini", xrdp.get("sesmanIni").getAsString(), xrdp.toString());
		assertEquals("/var/log/xrdp-sesman.log", xrdp.get("sesmanLogFile").getAsString());
		assertEquals(5, xrdp.getAsJsonArray("instances").size(), "four running and the package's: " + xrdp);
		assertTrue(causes(healthy).stream().noneMatch(FALSE_CAUSES::contains), causes(healthy).toString());
		assertFalse(causes(healthy).contains("CERT_EXPIRED"), causes(healthy).toString());

		JsonObject old = diagnose(3391);
		JsonObject oldXrdp = evidence(old, "xrdp");
		assertEquals(expired.get("pid"), oldXrdp.get("pid").getAsString(), oldXrdp.toString());
		assertEquals(expired.get("ini"), oldXrdp.get("ini").getAsString());
		assertEquals(evidence(old, "tls").get("sha1").getAsString(), oldXrdp.get("certSha1").getAsString(),
				"the certificate its xrdp.ini names is the one presented");
		assertEquals("CERT_EXPIRED", causes(old).get(0), causes(old).toString());
		assertTrue(causes(old).stream().noneMatch(FALSE_CAUSES::contains), causes(old).toString());
	}

	@Test
	void aPortWhoseXrdpSetUpCannotBeReadIsAmbiguousUntilItsIniIsNamed() {
		JsonObject unknown = diagnose(3392);
		List<String> causes = causes(unknown);
		assertTrue(causes.contains("HOST_EVIDENCE_AMBIGUOUS"), causes.toString());
		assertTrue(causes.stream().filter(c -> !c.equals("HOST_EVIDENCE_AMBIGUOUS")).noneMatch(FALSE_CAUSES::contains),
				"no host-side cause from another instance's files: " + causes);
		assertTrue(evidence(unknown, "xrdp").get("servedBecause").getAsString().contains("cannot be read"),
				evidence(unknown, "xrdp").toString());

		JsonObject named = diagnose(3392, "--xrdp-ini", relative.get("ini"));
		assertEquals(relative.get("ini"), evidence(named, "xrdp").get("ini").getAsString());
		assertTrue(causes(named).stream().noneMatch(FALSE_CAUSES::contains), causes(named).toString());
	}

	@Test
	void anXrdpInAnotherMountNamespaceIsNotReadThroughTheHostsOwnEtcXrdp() {
		JsonObject contained = diagnose(3393); // its xrdp.ini is /etc/xrdp/xrdp.ini in its namespace, not the host's
		List<String> causes = causes(contained);
		assertTrue(causes.contains("HOST_EVIDENCE_AMBIGUOUS"), causes.toString());
		assertTrue(causes.contains("CERT_EXPIRED"), "the network still sees its expired certificate: " + causes);
		assertFalse(causes.contains("RDP_PORT_CHANGED"), "the host's /etc/xrdp/xrdp.ini (port 3389) is not its: "
				+ causes);
		assertTrue(evidence(contained, "xrdp").get("servedBecause").getAsString().contains("another mount namespace"),
				evidence(contained, "xrdp").toString());
	}

	@Test
	void aPortNobodyServesIsTheStoppedPackageXrdpWhoseIniNamesItAndItIsNotStartedBesideTheOthers() {
		JsonObject closed = diagnose(3389);
		assertTrue(causes(closed).contains("RDP_SERVICE_STOPPED"), causes(closed).toString());
		assertEquals("/etc/xrdp/xrdp.ini", evidence(closed, "xrdp").get("ini").getAsString());
		assertFalse(evidence(closed, "xrdp").has("pid"));

		List<String> args = new ArrayList<>(List.of("remediate", LAB.host().address() + ":3389", "--cause",
				"RDP_SERVICE_STOPPED", "--plan", "--journal", dir.resolve("journal").toString()));
		args.addAll(ssh(LAB.host().adminUser()));
		CliRun plan = cli(args);
		String text = plan.out.toString(StandardCharsets.UTF_8) + plan.err.toString(StandardCharsets.UTF_8);
		assertNotEquals(0, plan.code, text);
		assertTrue(text.contains("not the only xrdp"), text);
	}

	@Test
	void anExpiredCertificateIsRenewedOnItsInstanceOnlyWithoutARestartAndRolledBack() throws IOException {
		String pids = LAB.host().run("pgrep", "-x", "xrdp");
		Path cert = Path.of(expired.get("ini")).resolveSibling("cert.pem");
		byte[] before = Files.readAllBytes(cert);
		byte[] packaged = Files.readAllBytes(LAB.host().etcXrdp().resolve("cert.pem"));
		List<String> args = new ArrayList<>(List.of("remediate", LAB.host().address() + ":3391", "--cause", "CERT_EXPIRED",
				"--journal", dir.resolve("journal").toString()));
		args.addAll(ssh(LAB.host().adminUser()));

		List<String> planArgs = new ArrayList<>(args);
		planArgs.add("--plan");
		CliRun plan = cli(planArgs);
		String planText = plan.out.toString(StandardCharsets.UTF_8);
		assertEquals(0, plan.code, planText + plan.err.toString(StandardCharsets.UTF_8));
		assertTrue(planText.contains(cert.toString()) && planText.contains("PID " + expired.get("pid")), planText);
		assertFalse(planText.contains("/etc/xrdp/cert.pem"), planText);

		args.addAll(List.of("--apply", "--yes"));
		CliRun fixed = cli(args);
		String fixedText = fixed.out.toString(StandardCharsets.UTF_8) + fixed.err.toString(StandardCharsets.UTF_8);
		assertEquals(0, fixed.code, fixedText);
		assertTrue(fixedText.contains("fixed and verified"), fixedText);
		assertFalse(Arrays.equals(before, Files.readAllBytes(cert)), "its certificate was renewed");
		assertTrue(Arrays.equals(packaged, Files.readAllBytes(LAB.host().etcXrdp().resolve("cert.pem"))),
				"the package's certificate, which no instance serves, is untouched");
		assertEquals(pids, LAB.host().run("pgrep", "-x", "xrdp"), "every instance runs on, with the same PID");
		assertFalse(causes(diagnose(3391)).contains("CERT_EXPIRED"));

		String out = fixed.out.toString(StandardCharsets.UTF_8);
		String action = out.substring(out.indexOf("--rollback ") + "--rollback ".length()).lines().findFirst()
				.orElseThrow().strip();
		List<String> undo = new ArrayList<>(List.of("remediate", "--rollback", action, "--journal",
				dir.resolve("journal").toString()));
		undo.addAll(ssh(LAB.host().adminUser()));
		CliRun undone = cli(undo);
		assertEquals(0, undone.code, undone.out.toString(StandardCharsets.UTF_8) + undone.err.toString(
				StandardCharsets.UTF_8));
		assertTrue(Arrays.equals(before, Files.readAllBytes(cert)), "the old certificate, byte for byte");
		assertEquals(pids, LAB.host().run("pgrep", "-x", "xrdp"), "nothing restarted by the rollback either");
	}
}
