package rdpdoctor.events.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import rdpdoctor.events.IEventFileReader;
import rdpdoctor.events.LogEvent;
import rdpdoctor.events.EventDamage;

/**
 * xrdp's and xrdp-sesman's own log files ({@code [20261201-03:09:27] [ERROR] message}, as xrdp 0.9 writes them; the
 * time is the host's local time, read in the zone given, UTC unless told). Each line is an event: the program as
 * provider and channel, the level from the tag, the message, the line as its "XML". Lines that are not log lines
 * (continuations) are added to the event before them; lines longer than 64 KiB are cut.
 */
public class XrdpLogReader implements IEventFileReader {

	private static final Pattern LINE = Pattern.compile(
			"\\[(\\d{8}-\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,6})?)\\]\\s*\\[\\s*([A-Z]+)\\s*\\]\\s?(.*)");
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HH:mm:ss[.SSSSSS][.SSS]",
			Locale.ROOT);
	private static final int MAX_LINE = 64 * 1024;
	private final ZoneId zone;

	/** Reads times as UTC. */
	public XrdpLogReader() {
		this(ZoneId.of("UTC"));
	}

	/** @param zone the zone the host writes its local time in */
	public XrdpLogReader(ZoneId zone) {
		this.zone = zone;
	}

	@Override
	public boolean accepts(Path file, byte[] head) {
		return LINE.matcher(new String(head, StandardCharsets.UTF_8).lines().findFirst().orElse("")).matches();
	}

	@Override
	public long read(Path file, Consumer<LogEvent> events, EventDamage damage) throws IOException {
		try (BoundedLines lines = BoundedLines.of(file, MAX_LINE)) {
			long count = read(lines, programOf(file), "", events);
			if (lines.replaced() > 0) {
				damage.found(file + ": " + lines.replaced() + " characters were not UTF-8; they show as U+FFFD");
			}
			return count;
		}
	}

	/**
	 * @param reader  the log's text
	 * @param program the program that wrote it ({@code xrdp}, {@code xrdp-sesman})
	 * @param host    the host it comes from, if known
	 * @param events  told of each line's event
	 * @return how many events were read
	 * @throws IOException when the text cannot be read
	 */
	public long read(Reader reader, String program, String host, Consumer<LogEvent> events) throws IOException {
		return read(new BoundedLines(reader, MAX_LINE), program, host, events);
	}

	private long read(BoundedLines lines, String program, String host, Consumer<LogEvent> events) throws IOException {
		long count = 0;
		long number = 0;
		Pending pending = null;
		for (String cut; (cut = lines.next()) != null;) { // cut at MAX_LINE while read
			number++;
			if (lines.lastLength() > MAX_LINE) { // said where it shows, as event XML cut at its maximum says
				cut = cut + " [line cut at " + MAX_LINE + " of " + lines.lastLength() + " characters]";
			}
			Matcher m = LINE.matcher(cut);
			if (m.matches()) {
				if (pending != null) {
					events.accept(pending.event(program, host));
					count++;
				}
				pending = new Pending(time(m.group(1)), level(m.group(2)), m.group(3), cut, number);
			} else if (pending != null && pending.text.length() < MAX_LINE) {
				pending.text.append('\n').append(cut);
				pending.line.append('\n').append(cut);
			}
		}
		if (pending != null) {
			events.accept(pending.event(program, host));
			count++;
		}
		return count;
	}

	/** One log line being read, with its continuation lines. */
	private static final class Pending {
		final Instant time;
		final int level;
		final StringBuilder text;
		final StringBuilder line;
		final long number;

		Pending(Instant time, int level, String text, String line, long number) {
			this.time = time;
			this.level = level;
			this.text = new StringBuilder(text);
			this.line = new StringBuilder(line);
			this.number = number;
		}

		LogEvent event(String program, String host) {
			return new LogEvent(time, host, program, program, 0, level, number, text.toString(), Map.of(),
					line.toString());
		}
	}

	private Instant time(String text) {
		try {
			return LocalDateTime.parse(text, TIME).atZone(zone).toInstant();
		} catch (DateTimeParseException e) {
			return Instant.EPOCH;
		}
	}

	/** xrdp's tags as Windows' levels: ERROR 2, WARN 3, INFO and CORE 4, DEBUG and TRACE 5. */
	static int level(String tag) {
		return switch (tag) {
		case "ERROR" -> 2;
		case "WARN", "WARNING" -> 3;
		case "DEBUG", "TRACE" -> 5;
		default -> 4;
		};
	}

	private static String programOf(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.contains("sesman") ? "xrdp-sesman" : "xrdp";
	}
}
