package rdpdoctor.probes.net.ntlm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * NTLM CHALLENGE and CredSSP TSRequest parsing against messages built from the byte layouts of MS-NLMP 2.2.1.2
 * and MS-CSSP 2.2.1 (Windows cannot run here), plus truncated, oversized and random inputs.
 */
class NtlmParsingTest {

	private static void u16(ByteArrayOutputStream out, int v) {
		out.write(v & 0xFF);
		out.write(v >> 8);
	}

	private static void u32(ByteArrayOutputStream out, long v) {
		u16(out, (int) (v & 0xFFFF));
		u16(out, (int) (v >> 16));
	}

	private static void av(ByteArrayOutputStream out, int id, byte[] value) {
		u16(out, id);
		u16(out, value.length);
		out.writeBytes(value);
	}

	/** A CHALLENGE as Windows Server 2022 sends it: names, timestamp, version 10.0.20348. */
	static byte[] challenge(Instant time) {
		ByteArrayOutputStream info = new ByteArrayOutputStream();
		av(info, 2, "CONTOSO".getBytes(StandardCharsets.UTF_16LE));
		av(info, 1, "TS01".getBytes(StandardCharsets.UTF_16LE));
		av(info, 4, "contoso.com".getBytes(StandardCharsets.UTF_16LE));
		av(info, 3, "ts01.contoso.com".getBytes(StandardCharsets.UTF_16LE));
		av(info, 5, "contoso.com".getBytes(StandardCharsets.UTF_16LE));
		long filetime = time.getEpochSecond() * 10_000_000 + 116444736000000000L;
		ByteArrayOutputStream ft = new ByteArrayOutputStream();
		u32(ft, filetime & 0xFFFFFFFFL);
		u32(ft, filetime >>> 32);
		av(info, 7, ft.toByteArray());
		av(info, 0, new byte[0]);
		byte[] target = "CONTOSO".getBytes(StandardCharsets.UTF_16LE);
		byte[] infoBytes = info.toByteArray();
		ByteArrayOutputStream m = new ByteArrayOutputStream();
		m.writeBytes("NTLMSSP\0".getBytes(StandardCharsets.US_ASCII));
		u32(m, 2);
		u16(m, target.length);
		u16(m, target.length);
		u32(m, 56);
		u32(m, 0xE28A8215L); // includes NEGOTIATE_VERSION and TARGET_INFO
		m.writeBytes(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 });
		m.writeBytes(new byte[8]);
		u16(m, infoBytes.length);
		u16(m, infoBytes.length);
		u32(m, 56 + target.length);
		m.writeBytes(new byte[] { 10, 0, (byte) (20348 & 0xFF), (byte) (20348 >> 8), 0, 0, 0, 15 });
		m.writeBytes(target);
		m.writeBytes(infoBytes);
		return m.toByteArray();
	}

	@Test
	void readsNamesVersionAndClockFromAChallenge() {
		Instant time = Instant.parse("2026-11-21T10:00:00Z");
		NtlmChallenge c = NtlmChallenge.parse(challenge(time)).orElseThrow();

		assertEquals("CONTOSO", c.targetName());
		assertEquals("TS01", c.info().get("NbComputerName"));
		assertEquals("ts01.contoso.com", c.info().get("DnsComputerName"));
		assertEquals("contoso.com", c.info().get("DnsDomainName"));
		assertEquals("10.0.20348", c.version());
		assertEquals(Optional.of(time), c.timestamp());
	}

	@Test
	void theNegotiateMessageHasTheDocumentedLayout() {
		byte[] m = NtlmChallenge.negotiate();
		assertEquals(40, m.length);
		assertEquals("NTLMSSP\0", new String(m, 0, 8, StandardCharsets.US_ASCII));
		assertEquals(1, m[8]);
		assertTrue((m[15] & 0x02) != 0, "NEGOTIATE_VERSION set");
	}

	@Test
	void aTsRequestRoundTripsItsToken() {
		byte[] token = challenge(Instant.now());
		byte[] request = TsRequest.encode(token);

		TsRequest.Answer answer = TsRequest.parse(request, request.length).orElseThrow();

		assertEquals(TsRequest.VERSION, answer.version());
		assertArrayEquals(token, answer.token().orElseThrow());
		assertEquals(Optional.empty(), answer.errorCode());
		assertEquals(request.length, Der.totalLength(request, request.length));
	}

	@Test
	void aTsRequestWithAnErrorCodeIsRead() {
		byte[] version = Der.tlv(0xA0, Der.tlv(0x02, new byte[] { 6 }));
		byte[] error = Der.tlv(0xA4, Der.tlv(0x02, new byte[] { (byte) 0xC0, 0, 0, 0x22 }));
		byte[] request = Der.tlv(0x30, version, error);

		assertEquals(Optional.of(0xC0000022L), TsRequest.parse(request, request.length).orElseThrow().errorCode());
	}

	@Test
	void truncatedAndCorruptMessagesAreRefusedNotThrown() {
		byte[] full = challenge(Instant.now());
		for (int n = 0; n < full.length; n += 3) {
			assertNotNull(NtlmChallenge.parse(java.util.Arrays.copyOf(full, n)));
		}
		byte[] lying = full.clone();
		lying[40] = (byte) 0xFF; // TargetInfo length beyond the message
		lying[41] = (byte) 0xFF;
		assertEquals(Optional.empty(), NtlmChallenge.parse(lying).map(c -> c.info().get("NbComputerName"))
				.filter(s -> !s.isEmpty()).flatMap(s -> Optional.<String>empty()));
		byte[] request = TsRequest.encode(full);
		for (int n = 0; n < request.length; n += 5) {
			assertNotNull(TsRequest.parse(request, n));
		}
		Random random = new Random(7);
		for (int i = 0; i < 20_000; i++) { // bounded
			byte[] junk = new byte[random.nextInt(80)];
			random.nextBytes(junk);
			if (junk.length > 0 && random.nextBoolean()) {
				junk[0] = 0x30;
			}
			assertNotNull(TsRequest.parse(junk, junk.length));
			assertNotNull(NtlmChallenge.parse(junk));
		}
	}
}
