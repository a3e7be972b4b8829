package rdpdoctor.probes.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import rdpdoctor.core.Causes;
import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.Finding;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.Target;
import rdpdoctor.model.HostStatus;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.tests.harness.Dnsmasq;
import rdpdoctor.tests.harness.FreePorts;

/** The DNS probe against a real dnsmasq on loopback that knows only the test zone and never forwards. */
class DnsProbeTest {

	private static Dnsmasq dns;

	@BeforeAll
	static void startDns() throws IOException {
		dns = new Dnsmasq("lab.test", Map.of("rdp.lab.test", "127.0.0.1", "multi.lab.test", "127.0.0.2",
				"v6.lab.test", "::1"));
	}

	@AfterAll
	static void stopDns() {
		dns.close();
	}

	@Test
	void aKnownNameResolvesThroughTheChosenServerAndTheTcpProbeUsesTheAddress() {
		int port = FreePorts.closedTcpPort();

		HostDiagnosis result = NetworkDiagnosis.diagnose("rdp.lab.test:" + port, 2000, dns.address());

		ProbeOutcome outcome = result.outcomesById().get("dns");
		assertEquals("RESOLVED", outcome.evidence().get("outcome"), outcome.toString());
		assertEquals(List.of("127.0.0.1"), outcome.evidence().get("addresses"));
		assertEquals(dns.address(), outcome.evidence().get("server"));
		assertEquals("127.0.0.1", result.address());
		assertEquals("REFUSED", result.outcomesById().get("tcp").evidence().get("outcome"));
	}

	@Test
	void aNameThatResolvesElsewhereThanTheInventorySaysIsDnsAddressMismatch() {
		int port = FreePorts.closedTcpPort();
		DiagnosisSettings settings = DiagnosisSettings.defaults().withTimeoutMs(2000).withDnsServer(dns.address());

		List<HostDiagnosis> results = NetworkDiagnosis.diagnose(List.of(new Target("rdp.lab.test", port, "127.0.0.9"),
				new Target("v6.lab.test", port, "::1")), settings);

		Finding mismatch = results.get(0).findings().stream()
				.filter(f -> f.cause().equals(Causes.DNS_ADDRESS_MISMATCH)).findFirst().orElseThrow();
		assertTrue(mismatch.explanation().contains("expects rdp.lab.test at 127.0.0.9"), mismatch.explanation());
		assertTrue(mismatch.title().contains("[127.0.0.1]"), mismatch.title());
		assertTrue(results.get(1).findings().stream().noneMatch(f -> f.cause().equals(Causes.DNS_ADDRESS_MISMATCH)),
				"::1 is 0:0:0:0:0:0:0:1: " + results.get(1).findings());
	}

	@Test
	void anIpv6OnlyNameGivesItsAaaaRecord() {
		ProbeOutcome outcome = NetworkDiagnosis.diagnose("v6.lab.test", 2000, dns.address()).outcomesById().get("dns");

		assertEquals(List.of("0:0:0:0:0:0:0:1"), outcome.evidence().get("addresses"));
	}

	@Test
	void anUnknownNameIsNxdomainAndDnsNameNotFound() {
		HostDiagnosis result = NetworkDiagnosis.diagnose("ghost.lab.test", 2000, dns.address());

		ProbeOutcome outcome = result.outcomesById().get("dns");
		assertEquals("NXDOMAIN", outcome.evidence().get("outcome"));
		assertEquals(ProbeStatus.FAILED, outcome.status());
		assertEquals(ProbeStatus.SKIPPED, result.outcomesById().get("tcp").status());
		assertEquals(Causes.DNS_NAME_NOT_FOUND, result.findings().get(0).cause());
		assertEquals(HostStatus.UNREACHABLE, result.status());
		assertTrue(result.findings().get(0).explanation().contains("NXDOMAIN"));
	}

	@Test
	void aDeadServerIsDnsServerUnreachableWithinTheDeadline() {
		int nobody = FreePorts.freeUdpPort();
		long start = System.nanoTime();

		HostDiagnosis result = NetworkDiagnosis.diagnose("rdp.lab.test", 1000, "127.0.0.1:" + nobody);

		long ms = (System.nanoTime() - start) / 1_000_000;
		assertEquals("SERVER_UNREACHABLE", result.outcomesById().get("dns").evidence().get("outcome"));
		assertEquals(Causes.DNS_SERVER_UNREACHABLE, result.findings().get(0).cause());
		assertTrue(ms < 5000, "took " + ms + " ms");
	}

	@Test
	void aServerThatSwallowsQueriesCostsOneDeadline() throws IOException {
		try (DatagramSocket silent = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
			long start = System.nanoTime();

			HostDiagnosis result = NetworkDiagnosis.diagnose("rdp.lab.test", 800, "127.0.0.1:" + silent.getLocalPort());

			long ms = (System.nanoTime() - start) / 1_000_000;
			ProbeOutcome outcome = result.outcomesById().get("dns");
			assertEquals("SERVER_UNREACHABLE", outcome.evidence().get("outcome"), outcome.toString());
			assertEquals(Causes.DNS_SERVER_UNREACHABLE, result.findings().get(0).cause());
			assertTrue(ms < 5000, "took " + ms + " ms");
		}
	}

	@Test
	void anAddressNeedsNoLookup() {
		ProbeOutcome outcome = NetworkDiagnosis.diagnose("127.0.0.1:1", 1000, "127.0.0.1:1").outcomesById().get("dns");

		assertEquals("LITERAL", outcome.evidence().get("outcome"));
	}
}
