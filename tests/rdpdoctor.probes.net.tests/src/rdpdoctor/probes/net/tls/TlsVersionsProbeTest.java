package rdpdoctor.probes.net.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import rdpdoctor.core.Causes;
import rdpdoctor.core.Finding;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.probes.net.NetworkDiagnosis;
import rdpdoctor.tests.harness.OpenSslRdpServer;

/**
 * The TLS versions probe against real OpenSSL servers (s_server behind an X.224 front that selects TLS), each
 * limited to some versions the way a server's SCHANNEL or xrdp settings limit them; and how often it connects.
 */
class TlsVersionsProbeTest {

	private record Run(HostDiagnosis diagnosis, int connections) {
		ProbeOutcome versions() {
			return diagnosis.outcomesById().get("tlsversions");
		}

		String answer(String version) {
			return versions().text(version).orElse("(none)");
		}
	}

	private static Run diagnose(String... options) throws IOException {
		try (OpenSslRdpServer server = new OpenSslRdpServer(options)) {
			HostDiagnosis d = NetworkDiagnosis.diagnose("127.0.0.1:" + server.port(), 5000, null);
			return new Run(d, server.connections());
		}
	}

	@Test
	void aModernServerAcceptsTls12And13AndIsAskedTwiceOnly() throws IOException {
		Run run = diagnose("-no_tls1", "-no_tls1_1");

		assertEquals(List.of("TLSv1.2", "TLSv1.3"), run.versions().evidence().get("accepted"), run.versions().message());
		assertEquals("TLSv1.3", run.versions().text("fromTlsProbe").orElse(""), "the TLS probe's handshake counts");
		assertTrue(run.answer("TLSv1.1").startsWith("REFUSED"), run.answer("TLSv1.1"));
		assertTrue(run.answer("TLSv1.0").startsWith("REFUSED") && run.answer("TLSv1.0").contains("up to TLS 1.1"),
				run.answer("TLSv1.0"));
		// the matrix 6 and no more: its mstsc-like request on the TCP probe's connection, the TLS probe's handshake
		// after it; TLS 1.1 and 1.2 offered over two of its other connections (this server starts TLS on all);
		// stability takes the matrix's handshakes
		assertEquals(6, run.connections(), "connections to the server");
		assertEquals(2L, run.versions().evidence().get("matrixConnections"));
	}

	@Test
	void aServerWithOnlyTls10And11IsLegacyOnly() throws IOException {
		Run run = diagnose("-no_tls1_2", "-no_tls1_3");

		assertEquals(List.of("TLSv1.0", "TLSv1.1"), run.versions().evidence().get("accepted"), run.versions().message());
		assertTrue(run.answer("TLSv1.2").startsWith("REFUSED"), run.answer("TLSv1.2"));
		assertTrue(run.diagnosis().findings().stream().map(Finding::cause).toList().contains(Causes.TLS_LEGACY_ONLY),
				run.diagnosis().findings().toString());
	}

	@Test
	void aServerWithOnlyTls10ChoosesItWhen11IsOfferedSoItIsNotAskedAgain() throws IOException {
		Run run = diagnose("-tls1");

		assertEquals("REFUSED (server chose TLSv1.0)", run.answer("TLSv1.1"));
		assertEquals("ACCEPTED", run.answer("TLSv1.0"));
		assertEquals(List.of("TLSv1.0"), run.versions().evidence().get("accepted"));
		// the matrix 6 and no more (the TLS probe's handshake, refused, after its mstsc-like request; TLS 1.1, 1.2 and
		// 1.3 offered over three of its other connections)
		assertEquals(6, run.connections(), "connections to the server");
		assertEquals(3L, run.versions().evidence().get("matrixConnections"));
	}
}
