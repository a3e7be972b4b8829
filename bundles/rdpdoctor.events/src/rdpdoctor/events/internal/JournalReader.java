package rdpdoctor.events.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import rdpdoctor.events.IEventFileReader;
import rdpdoctor.events.LogEvent;
import rdpdoctor.events.EventDamage;

/**
 * The systemd journal as {@code journalctl -o json} writes it (one JSON object per line, journalctl's documented
 * export fields): __REALTIME_TIMESTAMP, MESSAGE (text, or bytes as a number array), PRIORITY (syslog 0-7),
 * _SYSTEMD_UNIT, SYSLOG_IDENTIFIER, _HOSTNAME. A line that is no JSON object is damage, named with its line number.
 */
public class JournalReader implements IEventFileReader {

	private static final int MAX_LINE = 1 << 20;

	@Override
	public boolean accepts(Path file, byte[] head) {
		String start = new String(head, StandardCharsets.UTF_8).stripLeading();
		return start.startsWith("{") && start.contains("\"__REALTIME_TIMESTAMP\"")
				|| start.startsWith("{\"__CURSOR\"");
	}

	@Override
	public long read(Path file, Consumer<LogEvent> events, EventDamage damage) throws IOException {
		try (BoundedLines lines = BoundedLines.of(file, MAX_LINE + 1)) {
			long count = read(lines, file.toString(), events, damage);
			if (lines.replaced() > 0) {
				damage.found(file + ": " + lines.replaced() + " characters were not UTF-8; they show as U+FFFD");
			}
			return count;
		}
	}

	/**
	 * @param reader the JSON lines
	 * @param source what they are, for messages
	 * @param events told of each entry
	 * @param damage told of each line that is no entry
	 * @return how many events were read
	 * @throws IOException when the text cannot be read
	 */
	public long read(Reader reader, String source, Consumer<LogEvent> events, EventDamage damage) throws IOException {
		return read(new BoundedLines(reader, MAX_LINE + 1), source, events, damage);
	}

	private long read(BoundedLines lines, String source, Consumer<LogEvent> events, EventDamage damage)
			throws IOException {
		long count = 0;
		long number = 0;
		for (String line; (line = lines.next()) != null;) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			if (lines.lastLength() > MAX_LINE) { // cut while read: never held whole
				damage.found(source + ":" + number + ": a journal entry of " + lines.lastLength()
						+ " characters: skipped");
				continue;
			}
			try {
				JsonElement parsed = JsonParser.parseString(line);
				if (!parsed.isJsonObject()) {
					throw new JsonParseException("not an object");
				}
				events.accept(event(parsed.getAsJsonObject(), line, number));
				count++;
			} catch (JsonParseException e) { // Gson's, or a field of another type ("MESSAGE":[{}], [null])
				damage.found(source + ":" + number + ": not a journal entry (" + e.getMessage() + "): skipped");
			} catch (RuntimeException e) { // a bad number
				damage.found(source + ":" + number + ": not a journal entry (" + e.getClass().getSimpleName() + ": "
						+ e.getMessage() + "): skipped");
			}
		}
		return count;
	}

	private static LogEvent event(JsonObject entry, String line, long number) {
		if (!entry.has("__REALTIME_TIMESTAMP")) { // journalctl writes it on every entry
			throw new JsonParseException("no __REALTIME_TIMESTAMP");
		}
		long micros = Long.parseLong(text(entry, "__REALTIME_TIMESTAMP", "0"));
		Instant time = Instant.ofEpochSecond(micros / 1_000_000, micros % 1_000_000 * 1000);
		String unit = text(entry, "_SYSTEMD_UNIT", "");
		String identifier = text(entry, "SYSLOG_IDENTIFIER", unit);
		Map<String, String> data = new LinkedHashMap<>();
		for (String field : new String[] { "_PID", "_COMM", "_SYSTEMD_UNIT", "SYSLOG_IDENTIFIER" }) {
			if (entry.has(field)) {
				data.put(field, text(entry, field, ""));
			}
		}
		return new LogEvent(time, text(entry, "_HOSTNAME", ""), unit.isEmpty() ? "journal" : unit, identifier, 0,
				level(text(entry, "PRIORITY", "6")), number, text(entry, "MESSAGE", ""), data, line);
	}

	/** Syslog priorities as Windows' levels: 0-2 Critical, 3 Error, 4 Warning, 5-6 Information, 7 Verbose. */
	static int level(String priority) {
		return switch (priority.strip()) {
		case "0", "1", "2" -> 1;
		case "3" -> 2;
		case "4" -> 3;
		case "7" -> 5;
		default -> 4;
		};
	}

	/** A field's text: journalctl writes fields that are not valid UTF-8 as arrays of byte values. */
	private static String text(JsonObject entry, String field, String absent) {
		JsonElement value = entry.get(field);
		if (value == null || value.isJsonNull()) {
			return absent;
		}
		if (value instanceof JsonArray bytes) {
			byte[] raw = new byte[bytes.size()];
			for (int i = 0; i < raw.length; i++) {
				JsonElement b = bytes.get(i);
				if (!b.isJsonPrimitive() || !b.getAsJsonPrimitive().isNumber()) {
					throw new JsonParseException(field + " is an array of something other than byte values");
				}
				raw[i] = (byte) b.getAsInt();
			}
			return new String(raw, StandardCharsets.UTF_8);
		}
		if (!value.isJsonPrimitive()) {
			throw new JsonParseException(field + " is a JSON object, not text");
		}
		return value.getAsString();
	}
}
