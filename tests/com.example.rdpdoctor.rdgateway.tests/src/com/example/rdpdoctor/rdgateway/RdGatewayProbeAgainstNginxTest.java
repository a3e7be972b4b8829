package com.example.rdpdoctor.rdgateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.Finding;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.Installed;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.Target;
import rdpdoctor.core.settings.DiagnosisSetting;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.tests.harness.Command;
import rdpdoctor.tests.harness.FreePorts;
import rdpdoctor.tests.harness.NginxHttpsServer;
import rdpdoctor.tests.harness.Root;

/**
 * The example plug-in's RD Gateway probe and rules, run by RDP Doctor's engine from the installed registry against a
 * real HTTPS server (nginx) on loopback. No RD Gateway runs on Linux: nginx answers the gateway's transport requests
 * as Microsoft documents a gateway does (MS-TSGU: 401 with Negotiate and NTLM to an unauthenticated RDG_OUT_DATA; 503
 * from IIS when the gateway's service is stopped), so the TLS, certificate and HTTP sides are real and the
 * gateway's answers are the documented ones. The certificate's expiry is checked against openssl's reading.
 */
class RdGatewayProbeAgainstNginxTest {

	private static final String GATEWAY = "add_header WWW-Authenticate Negotiate always; "
			+ "add_header WWW-Authenticate NTLM always; return 401;";

	private static String locations(String gateway) {
		return "location /remoteDesktopGateway/ { " + gateway + " }\n    location /rpc/ { " + gateway + " }\n"
				+ "    location / { return 404; }";
	}

	@Test
	void aHealthyGatewayGivesItsEvidenceAndNoFinding() throws Exception {
		String address = "127.0.0.91";
		int port = FreePorts.closedTcpPort();
		try (NginxHttpsServer nginx = new NginxHttpsServer(address, port, "DNS:gw.lab.example,IP:" + address, false,
				locations(GATEWAY))) {
			HostDiagnosis result = diagnose(address, namedAndTrusted(nginx));
			ProbeOutcome outcome = result.outcomesById().get(RdGatewayProbe.ID);
			assertEquals(ProbeStatus.OK, outcome.status(), outcome.message());
			assertEquals(401L, outcome.number("http.status").orElseThrow());
			assertEquals("Negotiate, NTLM", outcome.text("http.auth").orElseThrow());
			assertEquals("true", outcome.text("cert.nameMatches").orElseThrow());
			assertEquals("", outcome.text("cert.trustProblem").orElseThrow());
			assertEquals(opensslNotAfter(nginx), Instant.parse(outcome.text("cert.notAfter").orElseThrow()),
					"the expiry openssl reads");
			assertEquals(List.of(), gatewayFindings(result));
			assertTrue(nginx.accessLog().contains("\"RDG_OUT_DATA /remoteDesktopGateway/ HTTP/1.1\" 401"),
					nginx.accessLog());
		}
	}

	@Test
	void anExpiredCertificateIsReportedAsExpiredNotAsUntrusted() throws Exception {
		String address = "127.0.0.92";
		int port = FreePorts.closedTcpPort();
		try (NginxHttpsServer nginx = new NginxHttpsServer(address, port, "IP:" + address, true, locations(GATEWAY))) {
			HostDiagnosis result = diagnose(address, namedAndTrusted(nginx));
			assertEquals(List.of(RdGatewayRules.CERT_EXPIRED), gatewayFindings(result));
			assertTrue(result.outcomesById().get(RdGatewayProbe.ID).number("cert.daysLeft").orElseThrow() < 0);
		}
	}

	@Test
	void aCertificateForAnotherNameAndOneOfNoTrustedCaAreToldApart() throws Exception {
		String address = "127.0.0.93";
		int port = FreePorts.closedTcpPort();
		try (NginxHttpsServer nginx = new NginxHttpsServer(address, port, "DNS:gateway.other.example", false,
				locations(GATEWAY))) {
			HostDiagnosis trusted = diagnose(address, namedAndTrusted(nginx));
			assertEquals(List.of(RdGatewayRules.CERT_NAME_MISMATCH), gatewayFindings(trusted));
			HostDiagnosis untrusted = diagnose(address, Map.of(GatewayAddress.SETTING, nginx.endpoint()));
			assertEquals(List.of(RdGatewayRules.CERT_NAME_MISMATCH, RdGatewayRules.CERT_UNTRUSTED),
					gatewayFindings(untrusted));
		}
	}

	@Test
	void aCertificateAboutToExpireWarnsWithinTheWarningPeriod() throws Exception {
		String address = "127.0.0.94";
		int port = FreePorts.closedTcpPort();
		try (NginxHttpsServer nginx = new NginxHttpsServer(address, port, "IP:" + address, false, locations(GATEWAY))) {
			HostDiagnosis result = diagnose(address, namedAndTrusted(nginx, DiagnosisSetting.CERT_WARN_DAYS.key(), "120"));
			assertEquals(List.of(RdGatewayRules.CERT_EXPIRING), gatewayFindings(result));
		}
	}

	@Test
	void aStoppedGatewayServiceAndAWebSiteThatIsNoGatewayAreNamed() throws Exception {
		String address = "127.0.0.95";
		int port = FreePorts.closedTcpPort();
		try (NginxHttpsServer nginx = new NginxHttpsServer(address, port, "IP:" + address, false,
				locations("return 503;"))) {
			assertEquals(List.of(RdGatewayRules.SERVICE_UNAVAILABLE),
					gatewayFindings(diagnose(address, namedAndTrusted(nginx))));
		}
		try (NginxHttpsServer nginx = new NginxHttpsServer(address, port, "IP:" + address, false,
				"location / { return 404; }")) {
			HostDiagnosis result = diagnose(address, namedAndTrusted(nginx));
			assertEquals(List.of(RdGatewayRules.NOT_A_GATEWAY), gatewayFindings(result));
			assertEquals(404L, result.outcomesById().get(RdGatewayProbe.ID).number("rpc.status").orElseThrow(),
					"the RPC over HTTP transport was asked too");
			assertTrue(nginx.accessLog().contains("\"RPC_IN_DATA /rpc/rpcproxy.dll?localhost:3388 HTTP/1.1\" 404"),
					nginx.accessLog());
		}
		try (NginxHttpsServer nginx = new NginxHttpsServer(address, port, "IP:" + address, false,
				locations("add_header WWW-Authenticate 'Basic realm=\"gw\"' always; return 401;"))) {
			HostDiagnosis result = diagnose(address, namedAndTrusted(nginx));
			assertEquals(List.of(RdGatewayRules.NO_WINDOWS_LOGON), gatewayFindings(result));
		}
	}

	@Test
	void aNamedGatewayThatDoesNotAnswerIsAFindingAnUnnamedOneIsSkipped() throws Exception {
		String address = "127.0.0.96";
		int port = FreePorts.closedTcpPort();
		HostDiagnosis named = diagnose(address, Map.of(GatewayAddress.SETTING, address + ":" + port));
		assertEquals(List.of(RdGatewayRules.UNREACHABLE), gatewayFindings(named));
		assertEquals("refused", named.outcomesById().get(RdGatewayProbe.ID).text("connect").orElseThrow());
		HostDiagnosis unnamed = diagnose(address, Map.of()); // the target itself on 443: nothing listens there
		assertEquals(ProbeStatus.SKIPPED, unnamed.outcomesById().get(RdGatewayProbe.ID).status());
		assertEquals(List.of(), gatewayFindings(unnamed));
	}

	@Test
	void onTheTargetsOwnPort443OnlyARealGatewayCounts() throws Exception {
		Root.require("/usr/sbin/nginx"); // port 443 needs root
		if (!Root.isRoot()) {
			return;
		}
		String address = "127.0.0.97";
		try (NginxHttpsServer nginx = new NginxHttpsServer(address, 443, "IP:" + address, true,
				"location / { return 404; }")) {
			HostDiagnosis website = diagnose(address, Map.of());
			assertEquals(ProbeStatus.SKIPPED, website.outcomesById().get(RdGatewayProbe.ID).status(),
					"a web site on the host is not its gateway: its expired certificate is not this plug-in's finding");
			assertEquals(List.of(), gatewayFindings(website));
		}
		try (NginxHttpsServer nginx = new NginxHttpsServer(address, 443, "IP:" + address, true, locations(GATEWAY))) {
			HostDiagnosis gateway = diagnose(address, Map.of(DiagnosisSetting.CA_FILE.key(), nginx.caFile().toString()));
			assertEquals(List.of(RdGatewayRules.CERT_EXPIRED), gatewayFindings(gateway));
		}
	}

	/** @return the settings that name nginx as the gateway and trust its CA, and the further key-value pairs given */
	private static Map<String, String> namedAndTrusted(NginxHttpsServer nginx, String... more) {
		Map<String, String> settings = new java.util.HashMap<>(Map.of(GatewayAddress.SETTING, nginx.endpoint(),
				DiagnosisSetting.CA_FILE.key(), nginx.caFile().toString()));
		for (int i = 0; i + 1 < more.length; i += 2) {
			settings.put(more[i], more[i + 1]);
		}
		return settings;
	}

	private static HostDiagnosis diagnose(String address, Map<String, String> extra) {
		List<String> problems = new ArrayList<>();
		DiagnosisSettings settings = DiagnosisSettings.defaults().withTimeoutMs(5000).withExtras(extra);
		var engine = Installed.engine(RegistryFactory.getRegistry(), settings, problems::add).orElseThrow();
		assertEquals(List.of(), problems, "the example's contributions load without warnings");
		return engine.diagnose(List.of(new Target(address, Target.DEFAULT_RDP_PORT)), null, new NullProgressMonitor())
				.get(0);
	}

	private static List<String> gatewayFindings(HostDiagnosis result) {
		return result.findings().stream().map(Finding::cause).filter(c -> c.startsWith("com.example.rdgateway."))
				.sorted().toList();
	}

	/** The certificate's notAfter as openssl reads it: an independent reading of the same file. */
	private static Instant opensslNotAfter(NginxHttpsServer nginx) throws IOException {
		Command run = Command.run(List.of("openssl", "x509", "-noout", "-enddate", "-in", nginx.certificate().toString()),
				Duration.ofSeconds(30), Map.of());
		String text = run.output().strip().replace("notAfter=", "").replaceAll(" +", " ");
		return java.time.ZonedDateTime.parse(text, DateTimeFormatter.ofPattern("MMM d HH:mm:ss yyyy z", Locale.ROOT)
				.withZone(ZoneOffset.UTC)).toInstant();
	}

}
