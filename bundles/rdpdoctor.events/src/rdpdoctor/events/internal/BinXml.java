package rdpdoctor.events.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rdpdoctor.events.LogEvent;

/**
 * Renders the binary XML of one .evtx chunk's records (libevtx's documentation of the format): element, attribute and
 * value tokens, names from the chunk's string table, templates defined once per chunk and instantiated by each
 * record with its substitution values, typed values (strings, integers, GUIDs, SIDs, FILETIMEs, nested binary XML).
 * Each record becomes its event's XML text and its fields. Every offset and size is checked against the chunk;
 * nesting is bounded.
 */
final class BinXml {

	private static final int MAX_NESTING = 12;
	private static final int MAX_ELEMENT_DEPTH = 128;
	private static final int MAX_TOKENS = 200_000;
	/** The most characters one record may render to (its XML and fields together): far above any real event. */
	private static final long MAX_CHARS = 4L << 20;
	private static final long FILETIME_EPOCH_OFFSET = 116_444_736_000_000_000L; // 1601 to 1970 in 100 ns

	private final ByteBuffer chunk;
	private final int length;
	private final boolean keepXml;
	private final Map<Integer, String> names = new HashMap<>();

	/**
	 * @param chunk   the chunk's bytes, little-endian, from its first byte
	 * @param length  how many of them are the chunk's
	 * @param keepXml whether events keep their XML text (readers that need only the fields skip writing it)
	 */
	BinXml(ByteBuffer chunk, int length, boolean keepXml) {
		this.chunk = chunk;
		this.length = length;
		this.keepXml = keepXml;
	}

	/**
	 * @param from      the record's binary XML's first byte in the chunk
	 * @param to        the byte after it
	 * @param written   the record's written time
	 * @param recordId  the record's number
	 * @return the event
	 * @throws BinXmlException when it cannot be read
	 */
	LogEvent event(int from, int to, Instant written, long recordId) throws BinXmlException {
		Output out = new Output(keepXml, new Budget());
		new Walk(from, to, List.of(), 0, out, false).fragment();
		return out.fields.event(out.xml == null ? "" : out.xml.toString(), written, recordId);
	}

	/** A value of a template instance: its type and where its bytes are. */
	private record Value(int type, int from, int size) {
	}

	/**
	 * What one record may cost, shared by everything it renders (its templates, their values, nested binary XML in
	 * elements and in attributes alike): a value rendered many times through templates, or nested XML rendered at
	 * every level, spends the same budget, so no record can grow without end.
	 */
	private static final class Budget {
		int tokens;
		long chars;

		void tick() throws BinXmlException {
			if (++tokens > MAX_TOKENS) {
				throw new BinXmlException("more than " + MAX_TOKENS + " tokens in one record");
			}
		}

		void charge(int count) throws BinXmlException {
			chars += count;
			if (chars > MAX_CHARS) {
				throw new BinXmlException("the record renders to more than " + MAX_CHARS + " characters (its templates "
						+ "or values repeat without end)");
			}
		}
	}

	/** What rendering writes: the XML text and the event's fields. */
	private static final class Output {
		final StringBuilder xml;
		final EventFields fields = new EventFields();
		final Budget budget;
		int depth;

		Output(boolean keepXml, Budget budget) {
			xml = keepXml ? new StringBuilder(2048) : null;
			this.budget = budget;
		}

		void write(CharSequence... parts) throws BinXmlException {
			if (xml != null) {
				for (CharSequence part : parts) {
					budget.charge(part.length());
					xml.append(part);
				}
			}
		}
	}

	/**
	 * A walk over one stretch of binary XML (a record's, a template's, a nested value's) with its values. Element
	 * starts carry a dependency identifier (2 bytes after the token) in template definitions only: elements written
	 * directly in a record or in a nested binary XML value (type 0x21) have none (as the Rust {@code evtx} crate reads
	 * them: CAPI2's UserData, records of text values without a template).
	 */
	private final class Walk {
		private int at;
		private final int end;
		private final List<Value> values;
		private final int nesting;
		private final Output out;
		private final boolean dependencyIds;

		Walk(int from, int end, List<Value> values, int nesting, Output out, boolean dependencyIds)
				throws BinXmlException {
			if (from < 0 || end > length || from > end) {
				throw new BinXmlException("binary XML at " + from + "-" + end + " is outside its chunk");
			}
			if (nesting > MAX_NESTING) {
				throw new BinXmlException("templates and values nested more than " + MAX_NESTING + " deep at " + from);
			}
			this.at = from;
			this.end = end;
			this.values = values;
			this.nesting = nesting;
			this.out = out;
			this.dependencyIds = dependencyIds;
		}

		/** Reads tokens up to the end of the fragment (token 0x00) or of the stretch. */
		void fragment() throws BinXmlException {
			while (at < end) {
				int token = u8(at);
				switch (token & 0xbf) {
				case 0x00 -> {
					return;
				}
				case 0x0f -> at += 4; // fragment header: token, major, minor, flags
				case 0x0c -> templateInstance();
				case 0x01 -> element();
				default -> content(token); // text or a value at the top: kept as text
				}
			}
		}

		private void tick() throws BinXmlException {
			out.budget.tick();
		}

		private void element() throws BinXmlException {
			tick();
			int start = at;
			int token = u8(at);
			int header = dependencyIds ? 7 : 5; // token, [dependency identifier,] data size
			int nameOffset = i32(at + header);
			at = skipInlineName(start, nameOffset, at + header + 4);
			if ((token & 0x40) != 0) {
				at += 4; // the attribute list's size, after a name defined here
			}
			String name = name(nameOffset);
			boolean hasAttributes = at < end && (u8(at) & 0xbf) == 0x06;
			Map<String, String> attributes = hasAttributes ? new LinkedHashMap<>() : Map.of();
			StringBuilder tag = out.xml == null ? null : new StringBuilder("<").append(name);
			while (at < end && (u8(at) & 0xbf) == 0x06) {
				attribute(attributes, tag);
			}
			if (++out.depth > MAX_ELEMENT_DEPTH) {
				throw new BinXmlException("elements nested more than " + MAX_ELEMENT_DEPTH + " deep at " + start);
			}
			out.fields.start(name, attributes);
			int close = at < end ? u8(at) : -1;
			if (close == 0x03) { // close empty element
				at++;
				out.write(tag, "/>");
				out.fields.end();
				out.depth--;
				return;
			}
			if (close != 0x02) {
				throw new BinXmlException("element " + name + " at " + start + " is not closed (token 0x"
						+ Integer.toHexString(close) + " at " + at + ")");
			}
			at++;
			out.write(tag, ">");
			while (at < end) {
				int next = u8(at);
				switch (next & 0xbf) {
				case 0x04 -> { // end element
					at++;
					out.write("</", name, ">");
					out.fields.end();
					out.depth--;
					return;
				}
				case 0x01 -> element();
				case 0x0c -> templateInstance();
				case 0x00 -> throw new BinXmlException("the fragment ends inside element " + name + " at " + at);
				default -> content(next);
				}
			}
			throw new BinXmlException("element " + name + " at " + start + " runs past its record");
		}

		private void attribute(Map<String, String> attributes, StringBuilder tag) throws BinXmlException {
			tick();
			int start = at;
			int nameOffset = i32(at + 1);
			at = skipInlineName(start, nameOffset, at + 5);
			String name = name(nameOffset);
			StringBuilder value = new StringBuilder();
			boolean present = false;
			while (at < end) {
				int token = u8(at) & 0xbf;
				if (token == 0x05 || token == 0x07 || token == 0x08 || token == 0x09) {
					value.append(text(u8(at)));
					present = true;
				} else if (token == 0x0d || token == 0x0e) {
					String substituted = substitution(true);
					present |= substituted != null;
					value.append(substituted == null ? "" : substituted);
				} else {
					break;
				}
			}
			if (present) {
				attributes.put(name, value.toString());
				if (tag != null) {
					tag.append(' ').append(name).append("=\"").append(escape(value.toString(), true)).append('"');
				}
			}
		}

		/** Text, references and substitutions inside an element. */
		private void content(int token) throws BinXmlException {
			tick();
			switch (token & 0xbf) {
			case 0x05, 0x07, 0x08, 0x09 -> {
				String text = text(token);
				if (out.xml != null) {
					out.write(escape(text, false));
				}
				out.fields.text(text);
			}
			case 0x0d, 0x0e -> {
				String text = substitution(false);
				if (text != null) {
					if (out.xml != null) {
						out.write(escape(text, false));
					}
					out.fields.text(text);
				}
			}
			case 0x0a, 0x0b -> processingInstruction(token);
			default -> throw new BinXmlException("unknown token 0x" + Integer.toHexString(token) + " at " + at);
			}
		}

		private void processingInstruction(int token) throws BinXmlException {
			if ((token & 0xbf) == 0x0a) {
				int nameOffset = i32(at + 1);
				at = skipInlineName(at, nameOffset, at + 5);
			} else {
				int chars = u16(at + 1);
				at += 3 + 2 * chars;
			}
		}

		/** Value text (0x05), CDATA (0x07), a character (0x08) or entity (0x09) reference, as text. */
		private String text(int token) throws BinXmlException {
			int start = at;
			switch (token & 0xbf) {
			case 0x05 -> {
				int type = u8(at + 1);
				if (type != 0x01) {
					throw new BinXmlException("value text of type 0x" + Integer.toHexString(type) + " at " + start);
				}
				int chars = u16(at + 2);
				at += 4;
				return utf16(advance(2 * chars), 2 * chars);
			}
			case 0x07 -> {
				int chars = u16(at + 1);
				at += 3;
				return utf16(advance(2 * chars), 2 * chars);
			}
			case 0x08 -> {
				int code = u16(at + 1);
				at += 3;
				return String.valueOf((char) code);
			}
			default -> { // entity reference: its name
				int nameOffset = i32(at + 1);
				at = skipInlineName(start, nameOffset, at + 5);
				String entity = name(nameOffset);
				return switch (entity) {
				case "amp" -> "&";
				case "lt" -> "<";
				case "gt" -> ">";
				case "quot" -> "\"";
				case "apos" -> "'";
				default -> "&" + entity + ";";
				};
			}
			}
		}

		/** @return the substituted value as text; null when an optional substitution has no value */
		private String substitution(boolean inAttribute) throws BinXmlException {
			int token = u8(at) & 0xbf;
			int index = u16(at + 1);
			at += 4;
			if (index >= values.size()) {
				if (token == 0x0e) {
					return null;
				}
				throw new BinXmlException("substitution " + index + " of " + values.size() + " values at " + (at - 4));
			}
			Value value = values.get(index);
			if (token == 0x0e && (value.type() == 0x00 || value.size() == 0)) {
				return null;
			}
			if (value.type() == 0x21 && !inAttribute) { // nested binary XML: rendered in place
				new Walk(value.from(), value.from() + value.size(), List.of(), nesting + 1, out, false).fragment();
				return null;
			}
			return render(value);
		}

		private void templateInstance() throws BinXmlException {
			tick();
			int start = at;
			int definition = i32(at + 6);
			at += 10;
			int bodyFrom;
			int bodySize;
			if (definition == at) { // defined here, at its first use in the chunk
				bodySize = i32(at + 20);
				bodyFrom = at + 24;
				at = checked(bodyFrom + bodySize, start);
			} else {
				if (definition < EvtxReader.CHUNK_HEADER || definition + 24 > length) {
					throw new BinXmlException("template definition at " + definition + " is outside its chunk");
				}
				bodySize = i32(definition + 20);
				bodyFrom = definition + 24;
				checked(bodyFrom + bodySize, start);
			}
			int count = i32(at);
			if (count < 0 || count > (end - at) / 4) {
				throw new BinXmlException("template instance at " + start + " gives " + count + " values");
			}
			at += 4;
			List<Value> substitutions = new ArrayList<>(count);
			int data = at + 4 * count;
			for (int i = 0; i < count; i++) {
				int size = u16(at + 4 * i);
				int type = u8(at + 4 * i + 2);
				substitutions.add(new Value(type, data, size));
				data += size;
			}
			at = checked(data, start);
			new Walk(bodyFrom, bodyFrom + bodySize, substitutions, nesting + 1, out, true).fragment();
		}

		private int checked(int position, int start) throws BinXmlException {
			if (position < 0 || position > end && position > length || position > length) {
				throw new BinXmlException("the template instance at " + start + " runs past its chunk");
			}
			return position;
		}

		/** @return the position of {@code bytes} bytes here, after moving past them */
		private int advance(int bytes) throws BinXmlException {
			int start = at;
			if (bytes < 0 || start + bytes > end) {
				throw new BinXmlException(bytes + " bytes at " + start + " run past their stretch");
			}
			at += bytes;
			return start;
		}

		private String render(Value value) throws BinXmlException {
			int from = value.from();
			int size = value.size();
			if (from + size > length) {
				throw new BinXmlException("a value at " + from + " runs past its chunk");
			}
			String text = Values.text(chunk, value.type(), from, size, this::nested);
			out.budget.charge(text.length());
			return text;
		}

		private String nested(int from, int size) throws BinXmlException {
			Output inner = new Output(true, out.budget); // nested XML spends its record's budget
			new Walk(from, from + size, List.of(), nesting + 1, inner, false).fragment();
			return inner.xml.toString();
		}
	}

	private int skipInlineName(int tokenStart, int nameOffset, int here) throws BinXmlException {
		if (nameOffset > tokenStart && nameOffset == here) { // the name is defined here, at its first use
			int chars = u16(here + 6);
			return here + 8 + 2 * chars + 2;
		}
		return here;
	}

	private String name(int offset) throws BinXmlException {
		String known = names.get(offset);
		if (known != null) {
			return known;
		}
		if (offset < 0 || offset + 8 > length) {
			throw new BinXmlException("a name at " + offset + " is outside its chunk");
		}
		int chars = u16(offset + 6);
		if (offset + 8 + 2 * chars > length) {
			throw new BinXmlException("the name at " + offset + " runs past its chunk");
		}
		String name = utf16(offset + 8, 2 * chars);
		if (!name.matches("[\\p{L}_][\\p{L}\\p{N}_.:-]*")) {
			name = "_" + name.replaceAll("[^\\p{L}\\p{N}_.:-]", "_"); // still an XML name
		}
		names.put(offset, name);
		return name;
	}

	private int u8(int at) throws BinXmlException {
		if (at < 0 || at >= length) {
			throw new BinXmlException("offset " + at + " is outside its chunk");
		}
		return chunk.get(at) & 0xff;
	}

	private int u16(int at) throws BinXmlException {
		if (at < 0 || at + 2 > length) {
			throw new BinXmlException("offset " + at + " is outside its chunk");
		}
		return chunk.getShort(at) & 0xffff;
	}

	private int i32(int at) throws BinXmlException {
		if (at < 0 || at + 4 > length) {
			throw new BinXmlException("offset " + at + " is outside its chunk");
		}
		return chunk.getInt(at);
	}

	private String utf16(int from, int bytes) throws BinXmlException {
		if (from < 0 || bytes < 0 || from + bytes > length) {
			throw new BinXmlException("text at " + from + " runs past its chunk");
		}
		byte[] raw = new byte[bytes];
		chunk.get(from, raw);
		return new String(raw, StandardCharsets.UTF_16LE);
	}

	/**
	 * @param text   any text
	 * @param quotes whether it goes into an attribute
	 * @return it as XML text; characters XML 1.0 cannot carry written as {@code \\uXXXX}
	 */
	static String escape(String text, boolean quotes) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String replacement = switch (c) {
			case '&' -> "&amp;";
			case '<' -> "&lt;";
			case '>' -> "&gt;";
			case '"' -> quotes ? "&quot;" : null;
			default -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xfffe || c == 0xffff
					? String.format("\\u%04x", (int) c) : null;
			};
			if (replacement != null && out == null) {
				out = new StringBuilder(text.length() + 16).append(text, 0, i);
			}
			if (out != null) {
				if (replacement != null) {
					out.append(replacement);
				} else {
					out.append(c);
				}
			}
		}
		return out == null ? text : out.toString();
	}

	/**
	 * @param filetime 100-ns intervals since 1601-01-01 UTC
	 * @return the instant
	 */
	static Instant filetime(long filetime) {
		long sinceEpoch = filetime - FILETIME_EPOCH_OFFSET;
		return Instant.ofEpochSecond(Math.floorDiv(sinceEpoch, 10_000_000L),
				Math.floorMod(sinceEpoch, 10_000_000L) * 100);
	}

	static Instant systemtime(int year, int month, int day, int hour, int minute, int second, int millis) {
		try {
			return LocalDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000)
					.toInstant(ZoneOffset.UTC);
		} catch (java.time.DateTimeException e) {
			return Instant.EPOCH;
		}
	}
}
