package rdpdoctor.probes.net.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import rdpdoctor.core.Causes;
import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.Finding;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.Target;
import rdpdoctor.probes.net.NetworkDiagnosis;
import rdpdoctor.tests.harness.Lab;

/**
 * Every lab endpoint (real xrdp, FreeRDP shadow, firewall faults, private DNS in a network namespace) diagnosed
 * by name through the lab's DNS server: the cause it was built with is found, the status matches, and the key
 * evidence is what the fault produces.
 */
class LabTest {

	private static Lab lab;
	private static Map<String, HostDiagnosis> results;

	@BeforeAll
	static void diagnoseTheLab() throws IOException {
		lab = Lab.up();
		List<Target> targets = new ArrayList<>();
		lab.endpoints().stream().filter(e -> !e.name().equals("lossy"))
				.forEach(e -> targets.add(new Target(e.dnsName(), e.port())));
		targets.add(new Target("ghost.lab.test", 3389));
		targets.add(new Target("wrong.lab.test", 3389));
		// 4 at a time: the lab's servers share this machine's 2 cores with the prober, and a crowd of handshakes
		// would make the servers themselves jittery (NETWORK_UNSTABLE that is true of the lab, not of the fault)
		DiagnosisSettings settings = DiagnosisSettings.defaults().withTimeoutMs(2000).withConcurrency(4)
				.withDnsServer(Lab.DNS_SERVER)
				.withExtra("tls.caFile", lab.caFile().toString());
		results = new java.util.HashMap<>();
		for (HostDiagnosis d : NetworkDiagnosis.diagnose(targets, settings)) {
			results.put(d.target().host().replace(".lab.test", ""), d);
		}
		// the lossy link (15% of data packets lost each way, 5-150 ms jitter, SYNs never lost): time for
		// retransmissions, and 30 handshakes, whose spread then exceeds the rule's bound with near certainty
		DiagnosisSettings slow = settings.withTimeoutMs(15_000).withExtra("stability.samples", "30");
		results.put("lossy", NetworkDiagnosis.diagnose(List.of(new Target("lossy.lab.test", 3389)), slow).get(0));
	}

	@AfterAll
	static void takeItDown() throws IOException {
		if (lab != null) {
			lab.close();
		}
	}

	private static Object evidence(String endpoint, String probe, String key) {
		ProbeOutcome outcome = results.get(endpoint).outcomesById().get(probe);
		return outcome == null ? null : outcome.evidence().get(key);
	}

	private static List<String> causes(String endpoint) {
		return results.get(endpoint).findings().stream().map(Finding::cause).toList();
	}

	@Test
	void aQuickSweepFindsTheIdentityAndClockBehindNlaOverOneConnection() {
		DiagnosisSettings settings = DiagnosisSettings.defaults().withTimeoutMs(2000).withDnsServer(Lab.DNS_SERVER)
				.withExtra("tls.caFile", lab.caFile().toString());
		List<HostDiagnosis> quick = NetworkDiagnosis.quick(List.of(new Target("nla.lab.test", 3389),
				new Target("skewed.lab.test", 3389)), settings);

		for (HostDiagnosis d : quick) {
			ProbeOutcome ntlm = d.outcomesById().get("ntlm");
			assertEquals("handed over by tls", ntlm.evidence().get("connection"), d.target() + ": " + ntlm);
			assertTrue(d.outcomesById().get("x224").text("mstsc.connection").orElse("").startsWith("the TCP probe's"),
					d.target() + ": one connection for TCP, the request, TLS and NTLM");
		}
		assertEquals("NLA", quick.get(0).outcomesById().get("ntlm").evidence().get("nbComputerName"));
		assertTrue(quick.get(1).findings().stream().anyMatch(f -> f.cause().equals(Causes.CLOCK_SKEW)),
				quick.get(1).findings().toString());
	}

	@TestFactory
	Stream<DynamicTest> everyEndpointShowsTheCauseItWasBuiltWith() {
		return lab.endpoints().stream().map(e -> DynamicTest.dynamicTest(e.name() + ": " + e.description(), () -> {
			HostDiagnosis d = results.get(e.name());
			assertTrue(causes(e.name()).contains(e.cause()), e.name() + ": " + causes(e.name()));
			assertEquals(e.status(), d.status().getLiteral(), e.name() + ": " + causes(e.name()));
			assertEquals(e.address(), d.address());
		}));
	}

	@TestFactory
	Stream<DynamicTest> theKeyEvidenceIsWhatTheFaultProduces() {
		return Stream.of(
				check("good", () -> {
					assertEquals(true, evidence("good", "tls", "issuerTrusted"));
					assertEquals(true, evidence("good", "tls", "nameMatch"));
					assertEquals("ABSENT", evidence("good", "x224", "nla"));
					assertEquals("0x1234", evidence("good", "x224", "sourceRef"), "xrdp's fingerprint");
					assertEquals(List.of("TLSv1.2", "TLSv1.3"), evidence("good", "tlsversions", "accepted"));
					assertEquals(1L, evidence("good", "tlsversions", "matrixConnections"), "TLS 1.1 over SSL's");
					assertEquals(List.of(Causes.NLA_NOT_ENFORCED), causes("good"));
				}),
				check("expired", () -> assertTrue(((Number) evidence("expired", "tls", "daysLeft")).longValue() < 0)),
				check("selfexpired", () -> {
					assertEquals(Causes.CERT_EXPIRED, causes("selfexpired").get(0), "expiry is never masked");
					assertTrue(causes("selfexpired").contains(Causes.CERT_SELF_SIGNED));
				}),
				check("corrupt", () -> {
					assertEquals("SSL", evidence("corrupt", "x224", "selected"));
					assertEquals(true, evidence("corrupt", "tls", "failedAfterSelect"));
				}),
				check("nocert-tls", () -> assertEquals("SSL_CERT_NOT_ON_SERVER",
						evidence("nocert-tls", "x224", "tlsRefusal"))),
				check("nocert", () -> assertEquals(true, evidence("nocert", "x224", "downgrade"))),
				check("tlsonly", () -> assertEquals("FAILURE SSL_REQUIRED_BY_SERVER (1)",
						evidence("tlsonly", "x224", "RDP.answer"))),
				check("rdponly", () -> assertEquals("RDP", evidence("rdponly", "x224", "securityLayer"))),
				check("nla", () -> {
					assertEquals("REQUIRED", evidence("nla", "x224", "nla"));
					assertEquals("HYBRID", evidence("nla", "x224", "selected"));
					assertEquals("NLA", evidence("nla", "ntlm", "nbComputerName"));
					assertEquals("handed over by tls", evidence("nla", "ntlm", "connection"),
							"the TSRequest went over the TLS probe's connection, not a new one");
					assertEquals("0x0000", evidence("nla", "x224", "sourceRef"), "FreeRDP's fingerprint");
				}),
				check("hung", () -> assertEquals("SILENT", evidence("hung", "x224", "answer"))),
				check("skewed", () -> {
					long skew = ((Number) evidence("skewed", "ntlm", "clockSkewSeconds")).longValue();
					assertTrue(skew > 172_600 && skew < 173_000, "2 days ahead: " + skew);
					assertTrue(causes("skewed").contains(Causes.CERT_NOT_YET_VALID), "its own certificate is ahead too");
					assertEquals(Causes.CLOCK_SKEW, causes("skewed").get(0), "the root of the ERROR leads: "
							+ causes("skewed"));
				}),
				check("lossy", () -> {
					Number failures = (Number) evidence("lossy", "stability", "failures");
					Number iqr = (Number) evidence("lossy", "stability", "handshakeIqrMs");
					assertTrue(failures.intValue() > 0 || iqr.doubleValue() > 50, failures + " " + iqr);
					assertTrue(!causes("lossy").contains(Causes.CERT_UNUSABLE), "a slow TLS handshake is no bad key");
				}),
				check("dropped", () -> assertEquals("FILTERED", evidence("dropped", "tcp", "outcome"))),
				check("unreach", () -> assertEquals("HOST_UNREACHABLE", evidence("unreach", "tcp", "outcome"))),
				check("ghost", () -> assertEquals(List.of(Causes.DNS_NAME_NOT_FOUND), causes("ghost"))),
				check("wrong", () -> {
					assertTrue(causes("wrong").contains(Causes.DNS_ADDRESS_MISMATCH), causes("wrong").toString());
					assertTrue(!causes("nla").contains(Causes.DNS_ADDRESS_MISMATCH), "nla names itself nla");
				}));
	}

	private static DynamicTest check(String name, org.junit.jupiter.api.function.Executable body) {
		return DynamicTest.dynamicTest(name, body);
	}
}
