package rdpdoctor.probes.net.tls;

/**
 * The server's first answer to a {@link ClientHello}, parsed from raw bytes (pure: never throws).
 *
 * @param kind    what came back
 * @param version for SERVER_HELLO: the version the server chose (supported_versions wins over the legacy field)
 * @param alert   for ALERT: the alert description code
 * @param detail  one line for evidence
 */
public record ServerHelloAnswer(Kind kind, int version, int alert, String detail) {

	/** The TLS record header length. */
	public static final int RECORD_HEADER = 5;
	/** The largest record the parser reads (TLS allows 2^14 plus expansion). */
	public static final int MAX_RECORD = 16384 + 2048;

	/** What came back. */
	public enum Kind {
		/** A ServerHello (also a HelloRetryRequest, which accepts TLS 1.3 too). */
		SERVER_HELLO,
		/** A TLS alert. */
		ALERT,
		/** A TLS record that is neither, or one cut short. */
		MALFORMED,
		/** Not TLS at all. */
		NOT_TLS
	}

	/**
	 * @param header the first 5 bytes
	 * @return the length of the record body, or -1 when this is not a TLS record header of an acceptable size
	 */
	public static int recordLength(byte[] header) {
		if (header.length < RECORD_HEADER || (header[0] != 0x15 && header[0] != 0x16) || header[1] != 3) {
			return -1;
		}
		int length = ((header[3] & 0xFF) << 8) | (header[4] & 0xFF);
		return length == 0 || length > MAX_RECORD ? -1 : length;
	}

	/**
	 * @param data   a whole record (header and body)
	 * @param length valid bytes in data
	 * @return the answer
	 */
	public static ServerHelloAnswer parse(byte[] data, int length) {
		int n = Math.min(length, data.length);
		if (n < RECORD_HEADER || data[1] != 3) {
			return new ServerHelloAnswer(Kind.NOT_TLS, -1, -1, "not a TLS record");
		}
		int body = ((data[3] & 0xFF) << 8) | (data[4] & 0xFF);
		if (n < RECORD_HEADER + body) {
			return new ServerHelloAnswer(Kind.MALFORMED, -1, -1, "record cut short: " + n + " bytes");
		}
		if (data[0] == 0x15) {
			if (body < 2) {
				return new ServerHelloAnswer(Kind.MALFORMED, -1, -1, "alert too short");
			}
			int description = data[6] & 0xFF;
			return new ServerHelloAnswer(Kind.ALERT, -1, description, "alert " + alertName(description));
		}
		if (data[0] != 0x16) {
			return new ServerHelloAnswer(Kind.NOT_TLS, -1, -1, String.format("record type 0x%02X", data[0]));
		}
		return serverHello(data, RECORD_HEADER, RECORD_HEADER + body);
	}

	private static ServerHelloAnswer serverHello(byte[] d, int start, int end) {
		if (end - start < 4 + 2 + 32 + 1 || d[start] != 0x02) {
			return new ServerHelloAnswer(Kind.MALFORMED, -1, -1, "not a ServerHello");
		}
		int p = start + 4;
		int version = ((d[p] & 0xFF) << 8) | (d[p + 1] & 0xFF);
		p += 2 + 32;
		p += 1 + (d[p] & 0xFF); // session id
		p += 2 + 1; // cipher suite, compression
		if (p + 2 <= end) {
			int extEnd = Math.min(end, p + 2 + (((d[p] & 0xFF) << 8) | (d[p + 1] & 0xFF)));
			p += 2;
			while (p + 4 <= extEnd) { // each pass consumes one extension
				int type = ((d[p] & 0xFF) << 8) | (d[p + 1] & 0xFF);
				int len = ((d[p + 2] & 0xFF) << 8) | (d[p + 3] & 0xFF);
				if (type == 0x002B && len == 2 && p + 6 <= extEnd) {
					version = ((d[p + 4] & 0xFF) << 8) | (d[p + 5] & 0xFF);
				}
				p += 4 + len;
			}
		}
		return new ServerHelloAnswer(Kind.SERVER_HELLO, version, -1, "ServerHello " + ClientHello.name(version));
	}

	/**
	 * @param code a TLS alert description
	 * @return its name
	 */
	public static String alertName(int code) {
		return switch (code) {
		case 0 -> "close_notify";
		case 10 -> "unexpected_message";
		case 20 -> "bad_record_mac";
		case 40 -> "handshake_failure";
		case 42 -> "bad_certificate";
		case 47 -> "illegal_parameter";
		case 50 -> "decode_error";
		case 51 -> "decrypt_error";
		case 70 -> "protocol_version";
		case 71 -> "insufficient_security";
		case 80 -> "internal_error";
		case 86 -> "inappropriate_fallback";
		case 109 -> "missing_extension";
		case 112 -> "unrecognized_name";
		default -> "alert " + code;
		};
	}
}
