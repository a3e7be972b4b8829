package rdpdoctor.probes.net.stability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

import rdpdoctor.core.Causes;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.probes.net.NetworkDiagnosis;
import rdpdoctor.probes.net.x224.Protocols;
import rdpdoctor.tests.harness.FakeRdpServer;
import rdpdoctor.tests.harness.FakeRdpServer.Reply;

/**
 * The stability probe takes the negotiation matrix's handshakes as its first samples, so a host is connected to no
 * more often than needed; against scripted servers on loopback that count the requests they get.
 */
class StabilitySamplesTest {

	/** Every request answered with legacy RDP security: no TLS, so only the matrix and stability connect. */
	private static final IntFunction<Reply> LEGACY = request -> Reply.answer(FakeRdpServer.rsp(Protocols.RDP, 0));

	private static HostDiagnosis diagnose(IntFunction<Reply> script, AtomicInteger requests) throws IOException {
		try (FakeRdpServer server = new FakeRdpServer(request -> {
			requests.incrementAndGet();
			return script.apply(request);
		})) {
			return NetworkDiagnosis.diagnose("127.0.0.1:" + server.port(), 5000, null);
		}
	}

	@Test
	void theMatrixHandshakesAreTheSamplesAndNoMoreConnectionsAreMade() throws IOException {
		AtomicInteger requests = new AtomicInteger();

		HostDiagnosis d = diagnose(LEGACY, requests);

		ProbeOutcome stability = d.outcomesById().get("stability");
		assertEquals(5L, stability.number("samples").orElse(-1L), stability.message());
		assertEquals(5L, stability.number("fromMatrix").orElse(-1L), "the matrix's requests after its first");
		assertEquals(0L, stability.number("failures").orElse(-1L));
		assertEquals(6, requests.get(), "the six requests of the matrix and none of the stability probe's own");
	}

	@Test
	void requestsAServerRefusesOnPurposeAreNoInstabilityButAreSampledAgain() throws IOException {
		AtomicInteger requests = new AtomicInteger();
		// answers only the mstsc-like request and closes on every request of a single protocol
		IntFunction<Reply> picky = request -> request == Protocols.MSTSC ? LEGACY.apply(request)
				: new Reply(new byte[0], 0, Reply.End.CLOSE);

		HostDiagnosis d = diagnose(picky, requests);

		ProbeOutcome stability = d.outcomesById().get("stability");
		assertEquals(0L, stability.number("fromMatrix").orElse(-1L));
		assertEquals(5L, stability.number("samples").orElse(-1L), stability.message());
		assertEquals(0L, stability.number("failures").orElse(-1L), "refusals of the matrix are not failures");
		assertEquals(6 + 1 + 5, requests.get(), "the matrix, a warm-up and five samples of its own");
		// (the negotiation rules still point out a server that answers one request and closes on the others)
		assertFalse(d.findings().stream().anyMatch(f -> f.cause().equals(Causes.NETWORK_UNSTABLE)
				&& f.evidence().contains("stability.failures")), List.copyOf(d.findings()).toString());
	}
}
