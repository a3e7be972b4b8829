package rdpdoctor.probes.net.tls;

import java.io.ByteArrayOutputStream;
import java.security.SecureRandom;

/**
 * A minimal TLS ClientHello offering exactly one protocol version, to learn which versions a server accepts
 * without touching the JVM's TLS settings (the JDK disables TLS 1.0 and 1.1). Only the server's first answer is
 * read; no handshake is completed.
 */
public final class ClientHello {

	/** Wire versions. */
	public static final int TLS10 = 0x0301;
	public static final int TLS11 = 0x0302;
	public static final int TLS12 = 0x0303;
	public static final int TLS13 = 0x0304;

	private static final int[] LEGACY_SUITES = { 0xC02F, 0xC030, 0xC02B, 0xC02C, 0xC027, 0xC028, 0xC013, 0xC014,
			0xC009, 0xC00A, 0x009E, 0x009F, 0x0033, 0x0039, 0x009C, 0x009D, 0x003C, 0x003D, 0x002F, 0x0035, 0x000A,
			0x0005, 0x0004 };
	private static final int[] TLS13_SUITES = { 0x1301, 0x1302, 0x1303 };
	private static final int[] GROUPS = { 0x001D, 0x0017, 0x0018, 0x0019 };
	private static final int[] SIGNATURES = { 0x0403, 0x0503, 0x0603, 0x0804, 0x0805, 0x0806, 0x0401, 0x0501,
			0x0601, 0x0201, 0x0203 };

	private static final SecureRandom RANDOM = new SecureRandom();

	private ClientHello() {
	}

	/**
	 * @param version one of {@link #TLS10}..{@link #TLS13}
	 * @return the TLS record holding the ClientHello
	 */
	public static byte[] encode(int version) {
		boolean tls13 = version == TLS13;
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		u16(body, tls13 ? TLS12 : version);
		body.writeBytes(random(32));
		byte[] session = tls13 ? random(32) : new byte[0];
		body.write(session.length);
		body.writeBytes(session);
		ByteArrayOutputStream suites = new ByteArrayOutputStream();
		if (tls13) {
			for (int s : TLS13_SUITES) {
				u16(suites, s);
			}
		}
		for (int s : LEGACY_SUITES) {
			u16(suites, s);
		}
		u16(body, suites.size());
		body.writeBytes(suites.toByteArray());
		body.write(1);
		body.write(0); // null compression
		byte[] extensions = extensions(version, tls13);
		u16(body, extensions.length);
		body.writeBytes(extensions);

		ByteArrayOutputStream record = new ByteArrayOutputStream();
		record.write(0x16);
		u16(record, TLS10);
		u16(record, body.size() + 4);
		record.write(0x01);
		u24(record, body.size());
		record.writeBytes(body.toByteArray());
		return record.toByteArray();
	}

	private static byte[] extensions(int version, boolean tls13) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream groups = new ByteArrayOutputStream();
		u16(groups, GROUPS.length * 2);
		for (int g : GROUPS) {
			u16(groups, g);
		}
		extension(out, 0x000A, groups.toByteArray());
		extension(out, 0x000B, new byte[] { 1, 0 });
		if (version >= TLS12) {
			ByteArrayOutputStream signatures = new ByteArrayOutputStream();
			u16(signatures, SIGNATURES.length * 2);
			for (int s : SIGNATURES) {
				u16(signatures, s);
			}
			extension(out, 0x000D, signatures.toByteArray());
		}
		extension(out, 0xFF01, new byte[] { 0 }); // renegotiation_info
		if (tls13) {
			extension(out, 0x002B, new byte[] { 2, 0x03, 0x04 }); // supported_versions: TLS 1.3 only
			ByteArrayOutputStream share = new ByteArrayOutputStream();
			u16(share, 2 + 2 + 32);
			u16(share, 0x001D);
			u16(share, 32);
			share.writeBytes(random(32)); // any 32 bytes are an X25519 public value
			extension(out, 0x0033, share.toByteArray());
		}
		return out.toByteArray();
	}

	private static void extension(ByteArrayOutputStream out, int type, byte[] data) {
		u16(out, type);
		u16(out, data.length);
		out.writeBytes(data);
	}

	private static byte[] random(int n) {
		byte[] bytes = new byte[n];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	private static void u16(ByteArrayOutputStream out, int value) {
		out.write((value >> 8) & 0xFF);
		out.write(value & 0xFF);
	}

	private static void u24(ByteArrayOutputStream out, int value) {
		out.write((value >> 16) & 0xFF);
		u16(out, value & 0xFFFF);
	}

	/**
	 * @param version a wire version
	 * @return its name, e.g. {@code TLSv1.2}
	 */
	public static String name(int version) {
		return switch (version) {
		case 0x0300 -> "SSLv3";
		case TLS10 -> "TLSv1.0";
		case TLS11 -> "TLSv1.1";
		case TLS12 -> "TLSv1.2";
		case TLS13 -> "TLSv1.3";
		default -> String.format("0x%04X", version);
		};
	}
}
