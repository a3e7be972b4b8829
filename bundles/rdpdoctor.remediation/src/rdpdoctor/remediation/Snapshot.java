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
			if (fields.length < 3 || fields.length > 4) {
				throw new IllegalArgumentException("snapshot line " + number + " is not KIND TAB NAME TAB BASE64");
			}
			entries.add(checked("snapshot line " + number, fields[0], fields[1], fields[2],
					fields.length == 4 ? fields[3] : ""));
		}
		return new Snapshot(entries);
	}

	/**
	 * An entry whose fields have the shapes a snapshot script prints, whoever wrote them (a host, a file read back):
	 * a kind of lower-case letters, a name and attributes without control characters, a value in strict base64.
	 *
	 * @param where      what to name in the message (the line, the file)
	 * @param kind       the kind
	 * @param name       the name
	 * @param base64     the value
	 * @param attributes the attributes
	 * @return the entry
	 * @throws IllegalArgumentException naming where and which field is not as it must be
	 */
	public static Entry checked(String where, String kind, String name, String base64, String attributes) {
		if (kind == null || !kind.matches("[a-z]{1,16}")) {
			throw new IllegalArgumentException(where + ": the kind is not a word of lower-case letters");
		}
		if (name == null || name.isEmpty() || !printable(name) || attributes == null || !printable(attributes)) {
			throw new IllegalArgumentException(where + ": a name or attributes with control characters, or no name");
		}
		if (base64 == null || !base64.matches("[A-Za-z0-9+/]*={0,2}") || base64.length() % 4 != 0) {
			throw new IllegalArgumentException(where + ": the value is not base64");
		}
		return new Entry(kind, name, base64, attributes);
	}

	private static boolean printable(String text) {
		return text.codePoints().noneMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029);
	}

	/** @return SHA-256 of the entries as a snapshot script prints them, in hex: the journal records it */
	public String digest() {
		try {
			java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
			for (Entry entry : entries) {
				digest.update((entry.kind() + "\t" + entry.name() + "\t" + entry.base64() + "\t" + entry.attributes()
						+ "\n").getBytes(StandardCharsets.UTF_8));
			}
			return java.util.HexFormat.of().formatHex(digest.digest());
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
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
