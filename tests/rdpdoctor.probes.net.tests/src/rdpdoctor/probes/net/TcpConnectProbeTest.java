package rdpdoctor.probes.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import rdpdoctor.core.Causes;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.model.HostStatus;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.tests.harness.FreePorts;
import rdpdoctor.tests.harness.LoopbackFirewall;
import rdpdoctor.tests.harness.Root;

/** The TCP probe and its rules against real sockets on loopback (firewall cases with iptables on lo). */
class TcpConnectProbeTest {

	@Test
	void closedPortIsRefusedAndPortClosed() {
		int port = FreePorts.closedTcpPort();

		HostDiagnosis result = NetworkDiagnosis.diagnose("127.0.0.1:" + port, 2000, null);

		ProbeOutcome tcp = result.outcomesById().get("tcp");
		assertEquals("REFUSED", tcp.evidence().get("outcome"));
		assertEquals(ProbeStatus.FAILED, tcp.status());
		assertEquals(Causes.PORT_CLOSED, result.findings().get(0).cause());
		assertEquals(HostStatus.UNREACHABLE, result.status());
		assertTrue(result.findings().get(0).explanation().contains("tcp.outcome=REFUSED"));
	}

	@Test
	void aListenerThatNeverAnswersAcceptsTheConnectionButIsServiceNotResponding() throws IOException {
		try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			HostDiagnosis result = NetworkDiagnosis.diagnose("127.0.0.1:" + silent.getLocalPort(), 700, null);

			ProbeOutcome tcp = result.outcomesById().get("tcp");
			assertEquals("CONNECTED", tcp.evidence().get("outcome"));
			assertEquals(ProbeStatus.OK, tcp.status());
			assertTrue(((Number) tcp.evidence().get("connectMs")).longValue() < 700);
			assertEquals(Causes.SERVICE_NOT_RESPONDING, result.findings().get(0).cause());
			assertEquals(HostStatus.UNREACHABLE, result.status());
		}
	}

	@Test
	void droppedSynsAreFilteredWithinOneDeadline() {
		Root.require(LoopbackFirewall.IPTABLES);
		int port = FreePorts.closedTcpPort();
		try (LoopbackFirewall firewall = new LoopbackFirewall()) {
			firewall.drop(port);
			long start = System.nanoTime();

			HostDiagnosis result = NetworkDiagnosis.diagnose("127.0.0.1:" + port, 700, null);

			long ms = (System.nanoTime() - start) / 1_000_000;
			assertEquals("FILTERED", result.outcomesById().get("tcp").evidence().get("outcome"));
			assertEquals(Causes.PORT_FILTERED, result.findings().get(0).cause());
			assertTrue(ms >= 600 && ms < 5000, "a filtered port should cost about one deadline, took " + ms + " ms");
		}
	}

	@Test
	void icmpHostUnreachableIsHostUnreachable() {
		Root.require(LoopbackFirewall.IPTABLES);
		int port = FreePorts.closedTcpPort();
		try (LoopbackFirewall firewall = new LoopbackFirewall()) {
			firewall.reject(port, "icmp-host-unreachable");

			HostDiagnosis result = NetworkDiagnosis.diagnose("127.0.0.1:" + port, 2000, null);

			assertEquals("HOST_UNREACHABLE", result.outcomesById().get("tcp").evidence().get("outcome"));
			assertEquals(Causes.HOST_UNREACHABLE, result.findings().get(0).cause());
		}
	}

	@Test
	void rejectWithTcpResetLooksLikeAClosedPort() {
		Root.require(LoopbackFirewall.IPTABLES);
		try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
				LoopbackFirewall firewall = new LoopbackFirewall()) {
			firewall.reject(listener.getLocalPort(), "tcp-reset");

			HostDiagnosis result = NetworkDiagnosis.diagnose("127.0.0.1:" + listener.getLocalPort(), 2000, null);

			assertEquals(Causes.PORT_CLOSED, result.findings().get(0).cause());
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}
}
