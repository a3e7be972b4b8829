package rdpdoctor.probes.net.x224;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.Test;

import rdpdoctor.probes.net.x224.ConnectionConfirm.Kind;

/** The pure X.224 parser and encoder against the byte layouts of MS-RDPBCGR 2.2.1.1-2.2.1.2. */
class ConnectionConfirmTest {

	private static byte[] hex(String text) {
		return HexFormat.of().parseHex(text.replace(" ", ""));
	}

	@Test
	void encodesTheRequestAsTheSpecificationLaysItOut() {
		assertArrayEquals(hex("0300 0013 0e e0 0000 0000 00 01 00 0800 0b000000"),
				ConnectionRequest.encode(Protocols.MSTSC, null));
		byte[] withCookie = ConnectionRequest.encode(Protocols.SSL, "bob");
		assertEquals(5 + 6 + 22 + 8, withCookie.length); // TPKT, X.224 header, "Cookie: mstshash=bob\r\n", RDP_NEG_REQ
		assertEquals(withCookie.length, ((withCookie[2] & 0xFF) << 8) | (withCookie[3] & 0xFF));
		assertTrue(new String(withCookie, StandardCharsets.US_ASCII).contains("Cookie: mstshash=bob\r\n"));
	}

	@Test
	void parsesAResponseWithItsSelectedProtocolFlagsAndSourceReference() {
		byte[] xrdp = hex("0300 0013 0e d0 0000 1234 00 02 1f 0800 01000000");
		ConnectionConfirm c = ConnectionConfirm.parse(xrdp, xrdp.length);
		assertEquals(Kind.RSP, c.kind());
		assertEquals(Protocols.SSL, c.selectedProtocol());
		assertEquals(0x1f, c.flags());
		assertEquals(0x1234, c.sourceReference());
		assertEquals("RSP SSL flags=0x1F", c.describe());
	}

	@Test
	void namesEveryFailureCode() {
		String[] names = { "SSL_REQUIRED_BY_SERVER", "SSL_NOT_ALLOWED_BY_SERVER", "SSL_CERT_NOT_ON_SERVER",
				"INCONSISTENT_FLAGS", "HYBRID_REQUIRED_BY_SERVER", "SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER" };
		for (int code = 1; code <= 6; code++) {
			byte[] data = hex("0300 0013 0e d0 0000 0000 00 03 00 0800 0" + code + "000000");
			ConnectionConfirm c = ConnectionConfirm.parse(data, data.length);
			assertEquals(Kind.FAILURE, c.kind());
			assertEquals(names[code - 1], c.failure().name());
			assertEquals(code, c.failure().code());
		}
		byte[] unknown = hex("0300 0013 0e d0 0000 0000 00 03 00 0800 09000000");
		assertEquals(FailureCode.UNKNOWN, ConnectionConfirm.parse(unknown, unknown.length).failure());
		assertEquals(9, ConnectionConfirm.parse(unknown, unknown.length).failureValue());
	}

	@Test
	void anElevenByteConfirmHasNoNegotiationData() {
		byte[] data = hex("0300 000b 06 d0 0000 1234 00");
		assertEquals(Kind.NO_NEGOTIATION_DATA, ConnectionConfirm.parse(data, data.length).kind());
	}

	@Test
	void truncatedOversizedAndMalformedInputsAreClassifiedNotThrown() {
		byte[] rsp = hex("0300 0013 0e d0 0000 1234 00 02 1f 0800 01000000");
		for (int n = 0; n < rsp.length; n++) {
			ConnectionConfirm c = ConnectionConfirm.parse(rsp, n);
			assertTrue(c.kind() == Kind.MALFORMED || c.kind() == Kind.NOT_RDP, n + " bytes: " + c);
		}
		assertEquals(-1, ConnectionConfirm.packetLength(hex("0300 ffff")), "a huge TPKT length is refused");
		assertEquals(19, ConnectionConfirm.packetLength(hex("0300 0013")));
		assertEquals(Kind.MALFORMED, parse("0300 ffff 0e d0 0000 1234 00 02 1f 0800 01000000").kind());
		assertEquals(Kind.MALFORMED, parse("0300 0013 0e e0 0000 1234 00 02 1f 0800 01000000").kind(), "CR is no CC");
		assertEquals(Kind.MALFORMED, parse("0300 0013 0f d0 0000 1234 00 02 1f 0800 01000000").kind(), "bad LI");
		assertEquals(Kind.MALFORMED, parse("0300 0013 0e d0 0000 1234 00 07 1f 0800 01000000").kind(), "bad type");
		assertEquals(Kind.MALFORMED, parse("0300 0013 0e d0 0000 1234 00 02 1f 0900 01000000").kind(), "bad length");
		ConnectionConfirm ssh = ConnectionConfirm.parse("SSH-2.0-OpenSSH_9.2\r\n".getBytes(StandardCharsets.US_ASCII), 21);
		assertEquals(Kind.NOT_RDP, ssh.kind());
		assertTrue(ssh.detail().contains("SSH-2.0"), ssh.detail());
	}

	@Test
	void randomBytesNeverThrow() {
		Random random = new Random(42);
		for (int i = 0; i < 20_000; i++) { // bounded
			byte[] data = new byte[random.nextInt(40)];
			random.nextBytes(data);
			if (data.length > 1 && random.nextBoolean()) {
				data[0] = 3;
				data[1] = 0;
			}
			assertNotNull(ConnectionConfirm.parse(data, data.length).kind());
		}
	}

	private static ConnectionConfirm parse(String text) {
		byte[] data = hex(text);
		return ConnectionConfirm.parse(data, data.length);
	}
}
