package rdpdoctor.events.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** The typed values of .evtx substitutions as the text Windows renders them. */
final class Values {

	private static final DateTimeFormatter SYSTEM_TIME = DateTimeFormatter.ofPattern(
			"yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'", Locale.ROOT).withZone(java.time.ZoneOffset.UTC);
	private static final int MAX_TEXT = 1 << 20;

	private Values() {
	}

	/** Renders a nested binary XML value. */
	@FunctionalInterface
	interface Nested {
		String render(int from, int size) throws BinXmlException;
	}

	/**
	 * @param chunk  the chunk
	 * @param type   the value's type
	 * @param from   its first byte
	 * @param size   its size
	 * @param nested renders a value of binary XML
	 * @return its text
	 * @throws BinXmlException when it does not fit its type
	 */
	static String text(ByteBuffer chunk, int type, int from, int size, Nested nested) throws BinXmlException {
		if (size > MAX_TEXT) {
			throw new BinXmlException("a value of " + size + " bytes at " + from);
		}
		byte[] raw = new byte[size];
		chunk.get(from, raw);
		ByteBuffer b = ByteBuffer.wrap(raw).order(java.nio.ByteOrder.LITTLE_ENDIAN);
		if ((type & 0x80) != 0) {
			return array(type & 0x7f, raw);
		}
		return switch (type) {
		case 0x00 -> "";
		case 0x01 -> trimNul(new String(raw, StandardCharsets.UTF_16LE));
		case 0x02 -> trimNul(new String(raw, StandardCharsets.ISO_8859_1));
		case 0x03 -> String.valueOf(need(b, 1, type).get(0));
		case 0x04 -> String.valueOf(need(b, 1, type).get(0) & 0xff);
		case 0x05 -> String.valueOf(need(b, 2, type).getShort(0));
		case 0x06 -> String.valueOf(need(b, 2, type).getShort(0) & 0xffff);
		case 0x07 -> String.valueOf(need(b, 4, type).getInt(0));
		case 0x08 -> Integer.toUnsignedString(need(b, 4, type).getInt(0));
		case 0x09 -> String.valueOf(need(b, 8, type).getLong(0));
		case 0x0a -> Long.toUnsignedString(need(b, 8, type).getLong(0));
		case 0x0b -> String.valueOf(need(b, 4, type).getFloat(0));
		case 0x0c -> String.valueOf(need(b, 8, type).getDouble(0));
		case 0x0d -> need(b, 4, type).getInt(0) != 0 ? "true" : "false";
		case 0x0e -> HexFormat.of().withUpperCase().formatHex(raw);
		case 0x0f -> guid(need(b, 16, type));
		case 0x10 -> size == 8 ? hex(b.getLong(0)) : hex(need(b, 4, type).getInt(0) & 0xffffffffL);
		case 0x11 -> iso(BinXml.filetime(need(b, 8, type).getLong(0)));
		case 0x12 -> systemtime(need(b, 16, type));
		case 0x13 -> sid(raw);
		case 0x14 -> hex(need(b, 4, type).getInt(0) & 0xffffffffL);
		case 0x15 -> hex(need(b, 8, type).getLong(0));
		case 0x21 -> nested.render(from, size);
		default -> HexFormat.of().withUpperCase().formatHex(raw);
		};
	}

	/**
	 * @param time an instant
	 * @return it as Windows writes SystemTime, {@code 2026-11-30T08:15:02.1234567Z} (written by hand: a formatter per
	 *         event costs more than the rest of the record)
	 */
	static String iso(java.time.Instant time) {
		java.time.LocalDateTime t = java.time.LocalDateTime.ofEpochSecond(time.getEpochSecond(), time.getNano(),
				java.time.ZoneOffset.UTC);
		if (t.getYear() < 0 || t.getYear() > 9999) {
			return SYSTEM_TIME.format(time);
		}
		char[] c = "0000-00-00T00:00:00.0000000Z".toCharArray();
		digits(c, 0, t.getYear(), 4);
		digits(c, 5, t.getMonthValue(), 2);
		digits(c, 8, t.getDayOfMonth(), 2);
		digits(c, 11, t.getHour(), 2);
		digits(c, 14, t.getMinute(), 2);
		digits(c, 17, t.getSecond(), 2);
		digits(c, 20, t.getNano() / 100, 7);
		return new String(c);
	}

	private static void digits(char[] into, int at, int value, int width) {
		int v = value;
		for (int i = at + width - 1; i >= at; i--) {
			into[i] = (char) ('0' + v % 10);
			v /= 10;
		}
	}

	private static ByteBuffer need(ByteBuffer b, int bytes, int type) throws BinXmlException {
		if (b.capacity() < bytes) {
			throw new BinXmlException("a value of type 0x" + Integer.toHexString(type) + " needs " + bytes
					+ " bytes, has " + b.capacity());
		}
		return b;
	}

	private static String array(int type, byte[] raw) throws BinXmlException {
		if (type == 0x01) { // strings, each ended by a NUL
			List<String> items = new ArrayList<>();
			for (String item : new String(raw, StandardCharsets.UTF_16LE).split("\0")) {
				if (!item.isEmpty()) {
					items.add(item);
				}
			}
			return String.join(", ", items);
		}
		int width = switch (type) {
		case 0x03, 0x04 -> 1;
		case 0x05, 0x06 -> 2;
		case 0x07, 0x08, 0x0b, 0x0d, 0x14 -> 4;
		case 0x09, 0x0a, 0x0c, 0x11, 0x15 -> 8;
		case 0x0f, 0x12 -> 16;
		default -> 0;
		};
		if (width == 0 || raw.length % width != 0) {
			return HexFormat.of().withUpperCase().formatHex(raw);
		}
		List<String> items = new ArrayList<>();
		for (int i = 0; i < raw.length; i += width) {
			byte[] one = java.util.Arrays.copyOfRange(raw, i, i + width);
			ByteBuffer single = ByteBuffer.wrap(one).order(java.nio.ByteOrder.LITTLE_ENDIAN);
			items.add(text(single, type, 0, width, (f, s) -> ""));
		}
		return String.join(", ", items);
	}

	/** @return as Event Viewer writes HexInt32, HexInt64 and SizeT: {@code 0x9deb4d}, lower case, no zero padding */
	private static String hex(long value) {
		return "0x" + Long.toHexString(value);
	}

	private static String trimNul(String text) {
		int end = text.length();
		while (end > 0 && text.charAt(end - 1) == '\0') {
			end--;
		}
		return text.substring(0, end);
	}

	private static String guid(ByteBuffer b) {
		return String.format("{%08X-%04X-%04X-%02X%02X-%02X%02X%02X%02X%02X%02X}", b.getInt(0), b.getShort(4),
				b.getShort(6), b.get(8), b.get(9), b.get(10), b.get(11), b.get(12), b.get(13), b.get(14), b.get(15));
	}

	private static String systemtime(ByteBuffer b) {
		return SYSTEM_TIME.format(BinXml.systemtime(b.getShort(0), b.getShort(2), b.getShort(6), b.getShort(8),
				b.getShort(10), b.getShort(12), b.getShort(14)));
	}

	/** S-REVISION-AUTHORITY-SUB1-...: the authority big-endian, the sub-authorities little-endian. */
	private static String sid(byte[] raw) throws BinXmlException {
		if (raw.length < 8) {
			throw new BinXmlException("a SID of " + raw.length + " bytes");
		}
		int count = raw[1] & 0xff;
		if (raw.length < 8 + 4 * count) {
			throw new BinXmlException("a SID of " + count + " sub-authorities in " + raw.length + " bytes");
		}
		long authority = 0;
		for (int i = 2; i < 8; i++) {
			authority = authority << 8 | raw[i] & 0xff;
		}
		StringBuilder sid = new StringBuilder("S-").append(raw[0] & 0xff).append('-').append(authority);
		ByteBuffer b = ByteBuffer.wrap(raw).order(java.nio.ByteOrder.LITTLE_ENDIAN);
		for (int i = 0; i < count; i++) {
			sid.append('-').append(Integer.toUnsignedString(b.getInt(8 + 4 * i)));
		}
		return sid.toString();
	}
}
