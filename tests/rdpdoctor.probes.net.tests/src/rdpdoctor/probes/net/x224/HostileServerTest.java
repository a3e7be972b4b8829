package rdpdoctor.probes.net.x224;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import rdpdoctor.core.Causes;
import rdpdoctor.core.Finding;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.Target;
import rdpdoctor.model.HostStatus;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.probes.net.NetworkDiagnosis;
import rdpdoctor.tests.harness.FakeRdpServer;
import rdpdoctor.tests.harness.FakeRdpServer.Reply;

/**
 * The negotiation probe and its rules against scripted servers on loopback: answers shaped like the ones real
 * servers give (see facts/LAB.md) and hostile behaviour (silence, dripping, garbage, huge lengths, resets).
 */
class HostileServerTest {

	private static HostDiagnosis diagnose(IntFunction<Reply> script, long timeoutMs) throws IOException {
		try (FakeRdpServer server = new FakeRdpServer(script)) {
			// the scripted servers stop after the X.224 answer: TLS would only meet a closed socket
			return rdpdoctor.probes.net.NetworkDiagnosis.negotiationOnly("127.0.0.1:" + server.port(), timeoutMs);
		}
	}

	/** The same reply to every request, counting them. */
	private static IntFunction<Reply> counting(AtomicInteger requests, Reply reply) {
		return req -> {
			requests.incrementAndGet();
			return reply;
		};
	}

	private static List<String> causes(HostDiagnosis d) {
		return d.findings().stream().map(Finding::cause).toList();
	}

	@Test
	void anNlaOnlyServerIsNlaRequired() throws IOException {
		HostDiagnosis d = diagnose(req -> (req & Protocols.HYBRID) != 0 ? Reply.answer(FakeRdpServer.rsp(2, 3))
				: Reply.answer(FakeRdpServer.failure(5)), 3000);

		ProbeOutcome x224 = d.outcomesById().get("x224");
		assertEquals("REQUIRED", x224.evidence().get("nla"));
		assertEquals("NLA", x224.evidence().get("securityLayer"));
		assertEquals("FAILURE HYBRID_REQUIRED_BY_SERVER (5)", x224.evidence().get("RDP.answer"));
		assertEquals(List.of(Causes.NLA_REQUIRED), causes(d));
		assertEquals(HostStatus.HEALTHY, d.status());
	}

	@Test
	void aNegotiatingServerWithoutNlaIsNlaNotEnforced() throws IOException {
		// like xrdp in negotiate mode: RDP for RDP, SSL for anything with SSL or HYBRID
		HostDiagnosis d = diagnose(req -> Reply.answer(FakeRdpServer.rsp(req == 0 ? 0 : 1, 0x1f)), 3000);

		ProbeOutcome x224 = d.outcomesById().get("x224");
		assertEquals("NEGOTIATE", x224.evidence().get("securityLayer"));
		assertEquals("ABSENT", x224.evidence().get("nla"));
		assertEquals("0x1234", x224.evidence().get("sourceRef"));
		assertEquals(List.of("RDP", "SSL"), x224.evidence().get("accepted"));
		assertEquals(List.of(Causes.NLA_NOT_ENFORCED), causes(d));
		assertEquals(HostStatus.DEGRADED, d.status());
	}

	@Test
	void theMstscRequestAloneTellsTheSelectionButNotNla() throws IOException {
		AtomicInteger requests = new AtomicInteger();
		HostDiagnosis d;
		try (FakeRdpServer server = new FakeRdpServer(req -> {
			requests.incrementAndGet();
			return Reply.answer(FakeRdpServer.rsp(req == 0 ? 0 : 1, 0x1f));
		})) {
			d = NetworkDiagnosis.quickNegotiationOnly(new Target("127.0.0.1", server.port()), 3000);
		}

		ProbeOutcome x224 = d.outcomesById().get("x224");
		assertEquals(1, requests.get(), "the mstsc-like request only");
		assertEquals("mstsc", x224.evidence().get("matrix"));
		assertEquals("SSL", x224.evidence().get("selected"));
		assertEquals("UNKNOWN", x224.evidence().get("nla"));
		assertEquals(null, x224.evidence().get("accepted"), "nothing was asked alone");
		assertEquals(List.of(), causes(d));
	}

	@Test
	void aServerThatChoseTlsAloneAndThenDropsTheNextConnectionIsUnstable() throws IOException {
		AtomicInteger tlsAlone = new AtomicInteger();
		HostDiagnosis d;
		// legacy RDP for the mstsc-like request (so no connection is handed over to the TLS probe), TLS for the
		// matrix's SSL request; the TLS probe's own SSL request is closed unanswered
		try (FakeRdpServer server = new FakeRdpServer(req -> req != Protocols.SSL ? Reply.answer(FakeRdpServer.rsp(0, 0))
				: tlsAlone.incrementAndGet() == 1 ? Reply.answer(FakeRdpServer.rsp(1, 0x1f))
						: new Reply(new byte[0], 0, Reply.End.CLOSE))) {
			d = NetworkDiagnosis.diagnose("127.0.0.1:" + server.port(), 3000, null);
		}

		ProbeOutcome tls = d.outcomesById().get("tls");
		assertEquals("true", tls.text("notSelectedThisTime").orElse(""), tls.toString());
		Finding unstable = d.findings().stream().filter(f -> f.cause().equals(Causes.NETWORK_UNSTABLE)).findFirst()
				.orElseThrow(() -> new AssertionError("nothing looked at the refusal: " + causes(d)));
		assertTrue(unstable.evidence().contains("tls.negotiated"), unstable.toString());
	}

	@Test
	void theTlsHandshakeGoesOnOnTheMstscConnectionAndASilentOneIsUnstable() throws IOException {
		AtomicInteger requests = new AtomicInteger();
		HostDiagnosis d;
		// the quick sweep: the mstsc-like request gets TLS, and then nothing comes on that connection
		try (FakeRdpServer server = new FakeRdpServer(counting(requests, Reply.answer(FakeRdpServer.rsp(1, 0x1f))))) {
			d = NetworkDiagnosis.quick(new Target("127.0.0.1", server.port()), 1500);
		}

		assertEquals(1, requests.get(), "the TLS probe made no request of its own");
		assertTrue(d.outcomesById().get("x224").text("mstsc.connection").orElse("").startsWith("the TCP probe's"),
				d.outcomesById().get("x224").toString());
		ProbeOutcome tls = d.outcomesById().get("tls");
		// the handshake timed out: by the probe's own socket timeout, or the engine's deadline just before it
		assertTrue(tls.text("handshakeTimedOut").isPresent() || tls.status() == ProbeStatus.TIMEOUT, tls.toString());
		assertEquals(List.of(Causes.NETWORK_UNSTABLE), causes(d));
		assertEquals(HostStatus.DEGRADED, d.status());
	}

	@Test
	void whenTheServerClosedTheTcpProbesConnectionTheFirstRequestGoesOverANewOne() throws Exception {
		try (ServerSocket server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
			server.setSoTimeout(5000);
			Thread serving = Thread.ofVirtual().start(() -> {
				try {
					server.accept().close(); // the TCP probe's connection: closed before anything is said
					for (int i = 0; i < 2; i++) { // at most the one request expected, and a spare
						try (Socket client = server.accept()) {
							client.getInputStream().readNBytes(19);
							client.getOutputStream().write(FakeRdpServer.rsp(0, 0));
							client.getInputStream().read(); // until the prober closes
						}
					}
				} catch (IOException e) {
					// accept timed out or the test closed the server: done
				}
			});
			HostDiagnosis d = NetworkDiagnosis.quickNegotiationOnly(new Target("127.0.0.1", server.getLocalPort()), 3000);
			server.close();
			serving.join(5000);

			ProbeOutcome x224 = d.outcomesById().get("x224");
			assertEquals("new: the TCP probe's was closed unanswered", x224.text("mstsc.connection").orElse(""),
					x224.toString());
			assertEquals("RSP", x224.text("answer").orElse(""), x224.toString());
		}
	}

	@Test
	void aHandshakeOverAMatrixConnectionThatWasClosedMeanwhileIsTriedAgainOverANewOne() throws IOException {
		AtomicInteger requests = new AtomicInteger();
		HostDiagnosis d;
		// TLS selected for every request, and every connection closed right after the answer
		try (FakeRdpServer server = new FakeRdpServer(counting(requests,
				new Reply(FakeRdpServer.rsp(1, 0x1f), 0, Reply.End.CLOSE)))) {
			d = NetworkDiagnosis.diagnose("127.0.0.1:" + server.port(), 3000, null);
		}

		ProbeOutcome tls = d.outcomesById().get("tls");
		assertTrue(tls.text("retried").isPresent(), tls.toString());
		assertEquals("true", tls.text("failedAfterSelect").orElse(""), "closed again: " + tls);
		ProbeOutcome versions = d.outcomesById().get("tlsversions");
		assertEquals(3L, versions.evidence().get("matrixConnections"), versions.toString()); // 1.1, 1.2, 1.3
		assertEquals(6 + 1 + 3, requests.get(), "the handshake and each ClientHello again over a new connection");
		assertEquals("REFUSED (CLOSED without a TLS answer)", versions.text("TLSv1.2").orElse(""), versions.toString());
	}

	@Test
	void tlsOnlyIsReportedAsInfo() throws IOException {
		HostDiagnosis d = diagnose(req -> req == 0 ? Reply.answer(FakeRdpServer.failure(1))
				: Reply.answer(FakeRdpServer.rsp(1, 0x1f)), 3000);

		assertTrue(causes(d).contains(Causes.SECURITY_LAYER_TLS_REQUIRED), causes(d).toString());
	}

	@Test
	void failureCode3IsCertUnusable() throws IOException {
		HostDiagnosis d = diagnose(req -> Reply.answer(FakeRdpServer.failure(3)), 3000);

		assertEquals(Causes.CERT_UNUSABLE, d.findings().get(0).cause());
		assertEquals(HostStatus.FAILING, d.status());
		assertTrue(d.findings().get(0).explanation().contains("SSL_CERT_NOT_ON_SERVER"));
	}

	@Test
	void choosingRdpWhenTlsWasAskedIsADowngrade() throws IOException {
		HostDiagnosis d = diagnose(req -> Reply.answer(FakeRdpServer.rsp(0, 0)), 3000);

		assertTrue(causes(d).contains(Causes.SECURITY_DOWNGRADE), causes(d).toString());
		assertEquals("RDP", d.outcomesById().get("x224").evidence().get("securityLayer"));
	}

	@Test
	void sslNotAllowedIsRdpOnly() throws IOException {
		HostDiagnosis d = diagnose(req -> req == 0 ? Reply.answer(FakeRdpServer.rsp(0, 0))
				: Reply.answer(FakeRdpServer.failure(2)), 3000);

		assertTrue(causes(d).contains(Causes.SECURITY_LAYER_RDP_ONLY), causes(d).toString());
		assertTrue(!causes(d).contains(Causes.SECURITY_DOWNGRADE), "the explicit refusal is the more specific cause");
	}

	@Test
	void aSilentServiceCostsOneDeadlineAndIsServiceNotResponding() throws IOException {
		long start = System.nanoTime();
		HostDiagnosis d = diagnose(req -> Reply.silent(), 800);
		long ms = (System.nanoTime() - start) / 1_000_000;

		assertEquals(Causes.SERVICE_NOT_RESPONDING, d.findings().get(0).cause());
		assertEquals("SILENT", d.outcomesById().get("x224").evidence().get("answer"));
		assertTrue(ms < 3000, "took " + ms + " ms for an 800 ms deadline");
	}

	@Test
	void aServerDrippingAValidConfirmEndsWithinTheDeadlineAndIsSlowNotAnotherProtocol() throws IOException {
		long start = System.nanoTime();
		HostDiagnosis d = diagnose(req -> new Reply(FakeRdpServer.rsp(1, 0), 300, Reply.End.HOLD), 1000);
		long ms = (System.nanoTime() - start) / 1_000_000;

		assertEquals("SLOW", d.outcomesById().get("x224").evidence().get("answer"));
		assertEquals(Causes.SERVICE_NOT_RESPONDING, d.findings().get(0).cause());
		assertTrue(d.findings().get(0).title().contains("too slowly"), d.findings().get(0).title());
		assertTrue(d.findings().stream().noneMatch(f -> f.cause().equals(Causes.NOT_RDP)), d.findings().toString());
		assertTrue(ms < 3000, "took " + ms + " ms for a 1000 ms deadline");
	}

	@Test
	void aTlsHandshakeThatStallsBeforeTheCertificateIsNetworkUnstable() throws IOException {
		// every request gets TLS; then the server (like a path that drops the large certificate flight) goes quiet
		try (FakeRdpServer server = new FakeRdpServer(req -> Reply.answer(FakeRdpServer.rsp(1, 0x1f)))) {
			HostDiagnosis d = rdpdoctor.probes.net.NetworkDiagnosis.diagnose("127.0.0.1:" + server.port(), 1000,
					null);

			ProbeOutcome tls = d.outcomesById().get("tls");
			assertTrue(tls.evidence().get("handshakeTimedOut") != null || tls.status() == ProbeStatus.TIMEOUT,
					tls.toString());
			assertTrue(!tls.evidence().containsKey("failedAfterSelect"), "a time-out is no broken TLS: " + tls);
			Finding stalled = d.findings().stream().filter(f -> f.cause().equals(Causes.NETWORK_UNSTABLE))
					.findFirst().orElseThrow(() -> new AssertionError(causes(d).toString()));
			assertTrue(stalled.explanation().contains("sent no certificate"), stalled.explanation());
			assertTrue(causes(d).stream().noneMatch(c -> c.startsWith("CERT_")), causes(d).toString());
			assertEquals(HostStatus.DEGRADED, d.status());
		}
	}

	@Test
	void garbageAndHugeLengthsAreNotRdp() throws IOException {
		HostDiagnosis ssh = diagnose(req -> Reply.answer("SSH-2.0-OpenSSH_9.2\r\n".getBytes(StandardCharsets.US_ASCII)),
				2000);
		assertEquals(Causes.NOT_RDP, ssh.findings().get(0).cause());
		assertTrue(String.valueOf(ssh.outcomesById().get("x224").evidence().get("mstsc.answer")).contains("SSH-2.0"));

		HostDiagnosis huge = diagnose(req -> Reply.answer(new byte[] { 3, 0, (byte) 0xff, (byte) 0xff, 0, 0, 0 }), 2000);
		assertEquals(Causes.NOT_RDP, huge.findings().get(0).cause());
	}

	@Test
	void closeAndResetWithoutAnswerAreServiceNotResponding() throws IOException {
		HostDiagnosis closed = diagnose(req -> new Reply(new byte[0], 0, Reply.End.CLOSE), 2000);
		assertEquals("CLOSED", closed.outcomesById().get("x224").evidence().get("answer"));
		assertEquals(Causes.SERVICE_NOT_RESPONDING, closed.findings().get(0).cause());

		HostDiagnosis reset = diagnose(req -> new Reply(new byte[0], 0, Reply.End.RESET), 2000);
		assertEquals("RESET", reset.outcomesById().get("x224").evidence().get("answer"));
		assertEquals(Causes.SERVICE_NOT_RESPONDING, reset.findings().get(0).cause());
	}

	@Test
	void aServerThatAnswersOnlySomeConnectionsIsUnstableNotHealthy() throws IOException {
		java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
		HostDiagnosis d = diagnose(req -> count.incrementAndGet() % 2 == 1 ? Reply.answer(FakeRdpServer.rsp(1, 0))
				: new Reply(new byte[0], 0, Reply.End.CLOSE), 3000);

		assertTrue(causes(d).contains(Causes.NETWORK_UNSTABLE), causes(d).toString());
		assertEquals(HostStatus.DEGRADED, d.status());
	}
}
