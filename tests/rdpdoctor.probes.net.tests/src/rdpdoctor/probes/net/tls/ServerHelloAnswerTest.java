package rdpdoctor.probes.net.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The TLS first-answer parser against record layouts of RFC 5246 and RFC 8446, and against junk. */
class ServerHelloAnswerTest {

	private static byte[] hex(String text) {
		return HexFormat.of().parseHex(text.replace(" ", ""));
	}

	@Test
	void aTls12ServerHelloNamesItsVersion() {
		byte[] hello = hex("16 0303 002a 02 000026 0303" + "00".repeat(32) + "00 c02f 00");
		ServerHelloAnswer answer = ServerHelloAnswer.parse(hello, hello.length);
		assertEquals(ServerHelloAnswer.Kind.SERVER_HELLO, answer.kind());
		assertEquals(ClientHello.TLS12, answer.version());
	}

	@Test
	void supportedVersionsWinsOverTheLegacyField() {
		byte[] hello = hex("16 0303 0032 02 00002e 0303" + "11".repeat(32) + "00 1301 00 0006 002b 0002 0304");
		assertEquals(ClientHello.TLS13, ServerHelloAnswer.parse(hello, hello.length).version());
	}

	@Test
	void anAlertIsNamed() {
		byte[] alert = hex("15 0303 0002 02 46");
		ServerHelloAnswer answer = ServerHelloAnswer.parse(alert, alert.length);
		assertEquals(ServerHelloAnswer.Kind.ALERT, answer.kind());
		assertEquals("alert protocol_version", answer.detail());
	}

	@Test
	void headersWithAbsurdLengthsAreRefusedAndJunkNeverThrows() {
		assertEquals(-1, ServerHelloAnswer.recordLength(hex("16 0303 ffff")));
		assertEquals(-1, ServerHelloAnswer.recordLength(hex("48 5454 502f")), "HTTP is not TLS");
		assertEquals(42, ServerHelloAnswer.recordLength(hex("16 0303 002a")));
		byte[] truncated = hex("16 0303 002a 02 0000");
		assertEquals(ServerHelloAnswer.Kind.MALFORMED, ServerHelloAnswer.parse(truncated, truncated.length).kind());
		Random random = new Random(3);
		for (int i = 0; i < 20_000; i++) { // bounded
			byte[] junk = new byte[random.nextInt(100)];
			random.nextBytes(junk);
			if (junk.length > 5) {
				junk[0] = 0x16;
				junk[1] = 3;
				junk[3] = 0;
				junk[4] = (byte) (junk.length - 5);
			}
			assertNotNull(ServerHelloAnswer.parse(junk, junk.length).kind());
		}
	}

	@Test
	void aClientHelloOffersExactlyTheVersionAsked() {
		byte[] tls10 = ClientHello.encode(ClientHello.TLS10);
		assertEquals(0x16, tls10[0]);
		assertEquals(0x03, tls10[9]);
		assertEquals(0x01, tls10[10], "client_version TLS 1.0");
		byte[] tls13 = ClientHello.encode(ClientHello.TLS13);
		assertEquals(0x03, tls13[10], "legacy_version TLS 1.2 for TLS 1.3");
		assertEquals(tls13.length - 5, ((tls13[3] & 0xFF) << 8) | (tls13[4] & 0xFF));
	}
}
