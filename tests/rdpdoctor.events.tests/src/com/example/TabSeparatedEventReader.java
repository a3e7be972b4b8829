package com.example;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Consumer;

import rdpdoctor.events.EventDamage;
import rdpdoctor.events.IEventFileReader;
import rdpdoctor.events.LogEvent;

/**
 * The event file reader of docs/extending.md: an appliance's export, a header line {@code time\tid\tmessage} then one
 * event per line. Streams, bounds what it keeps, and names every line it cannot read.
 */
public class TabSeparatedEventReader implements IEventFileReader {

	private static final String HEADER = "time\tid\tmessage";
	private static final int LONGEST_MESSAGE = 4096;

	@Override
	public boolean accepts(Path file, byte[] head) {
		return new String(head, StandardCharsets.UTF_8).startsWith(HEADER);
	}

	@Override
	public long read(Path file, Consumer<LogEvent> events, EventDamage damage) throws IOException {
		long count = 0;
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			in.readLine(); // the header
			int number = 1;
			for (String line; (line = in.readLine()) != null;) {
				number++;
				String[] fields = line.split("\t", 3);
				try {
					String message = fields[2].length() > LONGEST_MESSAGE ? fields[2].substring(0, LONGEST_MESSAGE)
							: fields[2];
					events.accept(new LogEvent(Instant.parse(fields[0]), "", "Appliance", "Example appliance",
							Integer.parseInt(fields[1]), 4, number, message, Map.of(), ""));
					count++;
				} catch (ArrayIndexOutOfBoundsException | DateTimeParseException | NumberFormatException e) {
					damage.found(file + " line " + number + ": not time, id and message separated by tabs");
				}
			}
		}
		return count;
	}
}
