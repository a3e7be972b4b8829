package rdpdoctor.remediation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The before-state a snapshot script read on the host: files, registry values, services, firewall rules. A snapshot
 * script prints one line per entry, {@code KIND TAB NAME TAB BASE64(VALUE) [TAB ATTRIBUTES]}; lines of another shape
 * are refused, so that a damaged snapshot is never applied.
 *
 * @param entries the entries, in the order read
 */
public record Snapshot(List<Entry> entries) {

	/**
	 * One thing read.
	 *
	 * @param kind       what it is ({@code file}, {@code link}, {@code absent}, {@code value}, {@code output},
	 *                   {@code reg}, {@code service}, {@code fwrule}, {@code cert}, {@code acl}, ...)
	 * @param name       its path or name
	 * @param base64     its content, in base64 as read (files are bytes)
	 * @param attributes owner and mode, type, ... as the kind defines
	 */
	public record Entry(String kind, String name, String base64, String attributes) {

		/** @return the content as UTF-8 text */
		public String text() {
			return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
		}
	}

	/** @param entries the entries, in the order read */
	public Snapshot {
		entries = List.copyOf(entries);
	}

	/**
	 * @param output what a snapshot script printed
	 * @return the snapshot
	 * @throws IllegalArgumentException naming the line that is not an entry
	 */
	public static Snapshot parse(String output) {
		List<Entry> entries = new ArrayList<>();
		int number = 0;
		for (String line : output.split("\r?\n")) {
			number++;
			if (line.isEmpty()) {
				continue;
			}
			String[] fields = line.split("\t", -1);
			if (fields.length < 3 || fields.length > 4 || !fields[0].matches("[a-z]{1,16}") || fields[1].isEmpty()) {
				throw new IllegalArgumentException("snapshot line " + number + " is not KIND TAB NAME TAB BASE64");
			}
			try {
				Base64.getDecoder().decode(fields[2]);
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("snapshot line " + number + ": the value is not base64");
			}
			entries.add(new Entry(fields[0], fields[1], fields[2], fields.length == 4 ? fields[3] : ""));
		}
		return new Snapshot(entries);
	}

	/**
	 * @param kind the kind
	 * @param name the name
	 * @return the first entry of that kind and name
	 */
	public Optional<Entry> find(String kind, String name) {
		return entries.stream().filter(e -> e.kind().equals(kind) && e.name().equals(name)).findFirst();
	}

	/**
	 * @param kind the kind
	 * @return the entries of that kind
	 */
	public List<Entry> ofKind(String kind) {
		return entries.stream().filter(e -> e.kind().equals(kind)).toList();
	}
}
