package rdpdoctor.probes.net.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import rdpdoctor.core.Causes;
import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.Finding;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.Target;
import rdpdoctor.probes.net.NetworkDiagnosis;
import rdpdoctor.tests.harness.Command;
import rdpdoctor.tests.harness.Lab;

/**
 * RDP Doctor's verdicts against two oracles nobody here wrote, on the real lab endpoints (dialled by address, as
 * the oracles cannot use the lab's DNS server): FreeRDP's client ({@code xfreerdp +auth-only}, lab CA trusted,
 * fresh HOME, external time limit) and nmap's rdp-enum-encryption and rdp-ntlm-info. Where they are right we agree;
 * where they are wrong or silent the test says so explicitly.
 */
class OracleTest {

	private static final Duration FREERDP_LIMIT = Duration.ofSeconds(22);
	private static Lab lab;
	private static final Map<String, HostDiagnosis> OURS = new ConcurrentHashMap<>();
	private static final Map<String, Command> FREERDP = new ConcurrentHashMap<>();

	@BeforeAll
	static void runEverybody() throws Exception {
		lab = Lab.up();
		DiagnosisSettings settings = DiagnosisSettings.defaults().withTimeoutMs(2000)
				.withExtra("tls.caFile", lab.caFile().toString());
		List<Target> targets = lab.endpoints().stream().map(e -> new Target(e.address(), e.port())).toList();
		for (HostDiagnosis d : NetworkDiagnosis.diagnose(targets, settings)) {
			OURS.put(lab.endpoints().stream().filter(e -> e.address().equals(d.target().host())).findFirst()
					.orElseThrow().name(), d);
		}
		try (var pool = Executors.newVirtualThreadPerTaskExecutor()) { // every client at once: ~one time limit
			for (Lab.Endpoint e : lab.endpoints()) {
				pool.submit(() -> {
					FREERDP.put(e.name(), freerdp(e));
					return null;
				});
			}
		}
	}

	@AfterAll
	static void takeItDown() throws IOException {
		if (lab != null) {
			lab.close();
		}
	}

	/** xfreerdp needs a display even for +auth-only: the test command's Xvfb, else one xvfb-run at a time. */
	private static final java.util.concurrent.Semaphore OWN_DISPLAY = new java.util.concurrent.Semaphore(1);

	private static Command freerdp(Lab.Endpoint e) throws Exception {
		String home = Files.createTempDirectory("xfreerdp-home").toString();
		List<String> client = List.of("xfreerdp", "/v:" + e.address() + ":" + e.port(), "/u:x", "/p:y", "+auth-only",
				"/cert:deny");
		Map<String, String> env = Map.of("HOME", home, "SSL_CERT_FILE", lab.caFile().toString());
		if (System.getenv("DISPLAY") != null) {
			return Command.run(client, FREERDP_LIMIT, env);
		}
		OWN_DISPLAY.acquire(); // parallel xvfb-run -a races for display numbers
		try {
			List<String> wrapped = new java.util.ArrayList<>(List.of("xvfb-run", "-a"));
			wrapped.addAll(client);
			return Command.run(wrapped, FREERDP_LIMIT, env);
		} finally {
			OWN_DISPLAY.release();
		}
	}

	private static String top(String endpoint) {
		return OURS.get(endpoint).findings().get(0).cause();
	}

	private static List<String> causes(String endpoint) {
		return OURS.get(endpoint).findings().stream().map(Finding::cause).toList();
	}

	@Test
	void freeRdpAgreesWhereItCanTell() {
		assertTrue(FREERDP.get("expired").output().contains("certificate has expired (10)"), FREERDP.get("expired").output());
		assertEquals(Causes.CERT_EXPIRED, top("expired"));
		assertTrue(FREERDP.get("notyet").output().contains("certificate is not yet valid (9)"), FREERDP.get("notyet").output());
		assertEquals(Causes.CERT_NOT_YET_VALID, top("notyet"));
		assertTrue(FREERDP.get("nocert-tls").output().contains("SSL_CERT_NOT_ON_SERVER"), FREERDP.get("nocert-tls").output());
		assertEquals(Causes.CERT_UNUSABLE, top("nocert-tls"));
		assertTrue(FREERDP.get("corrupt").output().contains("ERRCONNECT_TLS_CONNECT_FAILED"), FREERDP.get("corrupt").output());
		assertEquals(Causes.CERT_UNUSABLE, top("corrupt"));
		for (String closed : List.of("rejected", "closed")) {
			assertTrue(FREERDP.get(closed).output().contains("ERRCONNECT_CONNECT_TRANSPORT_FAILED"), closed + ": " + FREERDP.get(closed).output());
			assertEquals(Causes.PORT_CLOSED, top(closed));
		}
		assertTrue(FREERDP.get("nla").output().contains("self-signed certificate (18)"), FREERDP.get("nla").output());
		assertTrue(causes("nla").contains(Causes.CERT_SELF_SIGNED));
	}

	@Test
	void freeRdpMasksExpiryAsSelfSignedWeDoNot() {
		Command client = FREERDP.get("selfexpired");
		assertTrue(client.output().contains("self-signed certificate (18)"), client.output());
		assertFalse(client.output().contains("certificate has expired"), "FreeRDP 2 names only self-signed here");
		assertEquals(Causes.CERT_EXPIRED, top("selfexpired"));
	}

	@Test
	void freeRdpCallsAnIpSanANameMismatchWeCheckIt() {
		assertTrue(FREERDP.get("good").output().contains("CERTIFICATE NAME MISMATCH"), FREERDP.get("good").output());
		assertEquals(true, OURS.get("good").outcomesById().get("tls").evidence().get("nameMatch"));
		assertFalse(causes("good").contains(Causes.CERT_NAME_MISMATCH));
	}

	@Test
	void freeRdpCannotTellUnreachableFromClosedNorNameADowngrade() {
		assertTrue(FREERDP.get("unreach").output().contains("ERRCONNECT_CONNECT_TRANSPORT_FAILED"), FREERDP.get("unreach").output());
		assertEquals(Causes.HOST_UNREACHABLE, top("unreach"));
		for (String downgraded : List.of("nocert", "rdponly")) {
			assertFalse(FREERDP.get(downgraded).output().contains("ERRCONNECT_SECURITY"), downgraded);
			assertTrue(causes(downgraded).contains(Causes.SECURITY_DOWNGRADE), downgraded);
		}
	}

	@Test
	void freeRdpWaitsOnAHungOrFilteredServerWeCostOneDeadline() {
		assertTrue(FREERDP.get("hung").timedOut(), "FreeRDP should still be waiting on the hung service");
		assertEquals(Causes.SERVICE_NOT_RESPONDING, top("hung"));
		assertTrue(OURS.get("hung").outcomesById().get("x224").durationMs() < 3000);
		assertTrue(FREERDP.get("dropped").output().contains("ERRCONNECT_CONNECT_FAILED"), FREERDP.get("dropped").output());
		assertTrue(FREERDP.get("dropped").millis() > 10_000, "FreeRDP's connect timeout is 15 s");
		assertEquals(Causes.PORT_FILTERED, top("dropped"));
	}

	@Test
	void nmapClaimsProtocolsTheServerNeverSelected() throws IOException {
		Command nmap = nmap(lab.endpoint("good"), "rdp-enum-encryption");
		assertTrue(nmap.output().contains("CredSSP (NLA): SUCCESS"), nmap.output());
		// the server answered the CredSSP request by selecting something else: NLA is absent, the raw answer shows it
		assertEquals("ABSENT", OURS.get("good").outcomesById().get("x224").evidence().get("nla"));
		String answer = (String) OURS.get("good").outcomesById().get("x224").evidence().get("HYBRID.answer");
		assertTrue(answer.startsWith("RSP ") && !answer.startsWith("RSP HYBRID"), answer);

		Command legacy = nmap(lab.endpoint("rdponly"), "rdp-enum-encryption");
		assertTrue(legacy.output().contains("SSL: SUCCESS"), legacy.output());
		assertTrue(causes("rdponly").contains(Causes.SECURITY_DOWNGRADE));
	}

	@Test
	void nmapFailsOnRefusalsWeNameThem() throws IOException {
		for (String refusing : List.of("tlsonly", "nocert-tls")) {
			Command nmap = nmap(lab.endpoint(refusing), "rdp-enum-encryption");
			assertTrue(nmap.output().contains("ERROR: Script execution failed"), refusing + ": " + nmap.output());
		}
		assertTrue(causes("tlsonly").contains(Causes.SECURITY_LAYER_TLS_REQUIRED));
		assertEquals(Causes.CERT_UNUSABLE, top("nocert-tls"));
	}

	@Test
	void nmapsNtlmInfoMatchesOurs() throws IOException {
		Command nmap = nmap(lab.endpoint("nla"), "rdp-ntlm-info");
		Map<String, Object> ntlm = OURS.get("nla").outcomesById().get("ntlm").evidence();
		assertTrue(nmap.output().contains("NetBIOS_Computer_Name: " + ntlm.get("nbComputerName")), nmap.output());
		assertTrue(nmap.output().contains("DNS_Computer_Name: " + ntlm.get("dnsComputerName")), nmap.output());
		assertTrue(nmap.output().contains("Product_Version: " + ntlm.get("osVersion")), nmap.output());
	}

	private static Command nmap(Lab.Endpoint e, String script) throws IOException {
		return Command.run(List.of("nmap", "-Pn", "-n", "-p", String.valueOf(e.port()), "--script", script,
				e.address()), Duration.ofSeconds(90), Map.of());
	}
}
