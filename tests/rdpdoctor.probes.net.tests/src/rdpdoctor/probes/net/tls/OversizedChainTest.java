package rdpdoctor.probes.net.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import rdpdoctor.core.Causes;
import rdpdoctor.core.Finding;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.probes.net.NetworkDiagnosis;
import rdpdoctor.tests.harness.OpenSslRdpServer;

/**
 * Real OpenSSL servers whose certificate flight is larger than TLS clients accept: the finding names the limit
 * that was hit, instead of saying the server died before it sent a certificate.
 */
class OversizedChainTest {

	private static Finding top(int chainLength) throws IOException {
		try (OpenSslRdpServer server = OpenSslRdpServer.withChainOf(chainLength)) {
			HostDiagnosis d = NetworkDiagnosis.diagnose("127.0.0.1:" + server.port(), 5000, null);
			return d.findings().stream().filter(f -> f.cause().equals(Causes.TLS_HANDSHAKE_FAILED)).findFirst()
					.orElseThrow(() -> new AssertionError("no TLS_HANDSHAKE_FAILED: " + d.findings()));
		}
	}

	@Test
	void aChainLongerThanClientsAcceptNamesTheChainLimit() throws IOException {
		Finding finding = top(12); // 12 RSA certificates: about 12 KB, under the size limit
		assertTrue(finding.explanation().contains("certificate chain of more than 10 certificates"),
				finding.explanation());
		assertTrue(finding.title().contains("more certificate data than TLS clients accept"), finding.title());
	}

	@Test
	void aHundredCertificateChainNamesTheHandshakeSizeLimit() throws IOException {
		Finding finding = top(100);
		assertTrue(finding.explanation().contains("more than the 32768 a TLS client accepts"), finding.explanation());
		assertEquals(Causes.TLS_HANDSHAKE_FAILED, finding.cause());
	}
}
