package rdpdoctor.probes.net.x224;

import java.util.HexFormat;

/**
 * The server's answer to a Connection Request, parsed from raw bytes (pure: no I/O).
 *
 * @param kind             what the answer is
 * @param selectedProtocol for RSP: the protocol the server chose; else -1
 * @param flags            for RSP: the response flags; else 0
 * @param failure          for FAILURE: the failure code; else {@code null}
 * @param failureValue     for FAILURE: the raw code (also when unknown); else -1
 * @param sourceReference  the X.224 source reference (a server fingerprint: xrdp 0x1234, FreeRDP 0), or -1
 * @param detail           one line describing a malformed or non-RDP answer
 */
public record ConnectionConfirm(Kind kind, int selectedProtocol, int flags, FailureCode failure, long failureValue,
		int sourceReference, String detail) {

	/** TPKT header length. */
	public static final int TPKT_HEADER = 4;
	/** The largest TPKT packet the parser accepts for a Connection Confirm. */
	public static final int MAX_LENGTH = 512;

	/** What kind of answer the server gave. */
	public enum Kind {
		/** RDP_NEG_RSP: the server selected a protocol. */
		RSP,
		/** RDP_NEG_FAILURE: the server refused, with a code. */
		FAILURE,
		/** An 11-byte confirm with no negotiation data (pre-2008 server or legacy request). */
		NO_NEGOTIATION_DATA,
		/** TPKT/X.224 but not a well-formed Connection Confirm. */
		MALFORMED,
		/** Not TPKT at all: another service listens there. */
		NOT_RDP
	}

	/**
	 * Checks the first 4 bytes (the TPKT header).
	 *
	 * @param header at least 4 bytes
	 * @return the total packet length, or -1 when this is not a TPKT header of an acceptable size
	 */
	public static int packetLength(byte[] header) {
		if (header.length < TPKT_HEADER || header[0] != 3 || header[1] != 0) {
			return -1;
		}
		int length = ((header[2] & 0xFF) << 8) | (header[3] & 0xFF);
		return length < 7 || length > MAX_LENGTH ? -1 : length;
	}

	/**
	 * Parses a whole answer.
	 *
	 * @param data   the bytes received
	 * @param length how many of them are valid
	 * @return the parsed answer; never throws for any input
	 */
	public static ConnectionConfirm parse(byte[] data, int length) {
		int n = Math.min(length, data.length);
		if (n < TPKT_HEADER || data[0] != 3 || data[1] != 0) {
			return other(Kind.NOT_RDP, "not TPKT: " + preview(data, n));
		}
		int tpkt = ((data[2] & 0xFF) << 8) | (data[3] & 0xFF);
		if (tpkt < 11 || tpkt > MAX_LENGTH) {
			return other(Kind.MALFORMED, "TPKT length " + tpkt + " is not a Connection Confirm");
		}
		if (n < tpkt) {
			return other(Kind.MALFORMED, "truncated: " + n + " of " + tpkt + " bytes");
		}
		int li = data[4] & 0xFF;
		int code = data[5] & 0xF0;
		if (code != 0xD0) {
			return other(Kind.MALFORMED, String.format("X.224 code 0x%02X is not CC (0xD0)", data[5] & 0xFF));
		}
		if (li + 5 != tpkt) {
			return other(Kind.MALFORMED, "X.224 length indicator " + li + " disagrees with TPKT length " + tpkt);
		}
		int source = ((data[8] & 0xFF) << 8) | (data[9] & 0xFF);
		if (li == 6) {
			return new ConnectionConfirm(Kind.NO_NEGOTIATION_DATA, -1, 0, null, -1, source, "");
		}
		if (li < 14) {
			return other(Kind.MALFORMED, "negotiation data too short (length indicator " + li + ")");
		}
		int type = data[11] & 0xFF;
		int flags = data[12] & 0xFF;
		int negLength = (data[13] & 0xFF) | ((data[14] & 0xFF) << 8);
		long value = (data[15] & 0xFFL) | ((data[16] & 0xFFL) << 8) | ((data[17] & 0xFFL) << 16)
				| ((data[18] & 0xFFL) << 24);
		if (negLength != 8) {
			return other(Kind.MALFORMED, "negotiation data length " + negLength + " (expected 8)");
		}
		return switch (type) {
		case 0x02 -> new ConnectionConfirm(Kind.RSP, (int) value, flags, null, -1, source, "");
		case 0x03 -> new ConnectionConfirm(Kind.FAILURE, -1, flags, FailureCode.of(value), value, source, "");
		default -> other(Kind.MALFORMED, String.format("negotiation type 0x%02X is neither RSP nor FAILURE", type));
		};
	}

	private static ConnectionConfirm other(Kind kind, String detail) {
		return new ConnectionConfirm(kind, -1, 0, null, -1, -1, detail);
	}

	private static String preview(byte[] data, int n) {
		int shown = Math.min(n, 16);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < shown; i++) {
			char c = (char) (data[i] & 0xFF);
			text.append(c >= 0x20 && c < 0x7F ? c : '.');
		}
		return "'" + text + "' (" + HexFormat.of().formatHex(data, 0, shown) + ")";
	}

	/** @return a short description, e.g. {@code RSP HYBRID flags=0x03} or {@code FAILURE HYBRID_REQUIRED_BY_SERVER (5)} */
	public String describe() {
		return switch (kind) {
		case RSP -> "RSP " + Protocols.name(selectedProtocol) + String.format(" flags=0x%02X", flags);
		case FAILURE -> "FAILURE " + failure + " (" + failureValue + ")";
		case NO_NEGOTIATION_DATA -> "confirm without negotiation data";
		default -> kind + ": " + detail;
		};
	}
}
