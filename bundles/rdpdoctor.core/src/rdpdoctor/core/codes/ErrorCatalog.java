package rdpdoctor.core.codes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The error codes admins meet (mstsc disconnect reasons and extended reasons, FreeRDP's ERRINFO and ERRCONNECT
 * classes) and the cause catalog, with the causes to check for each code and the evidence that tells them apart.
 * The tables are resources beside this class; loaded once, read-only.
 */
public final class ErrorCatalog {

	/** The tables, by name. */
	public enum Table {
		/** mstsc's "error code" (disconnect reason). */
		MSTSC("mstsc.tsv", "mstsc error code"),
		/** mstsc's "extended error code". */
		EXTENDED("extended.tsv", "mstsc extended error code"),
		/** FreeRDP error class 1 (ERRINFO, as sent by the server). */
		FREERDP_ERRINFO("freerdp-errinfo.tsv", "FreeRDP ERRINFO (class 1)"),
		/** FreeRDP error class 2 (ERRCONNECT). */
		FREERDP_CONNECT("freerdp-connect.tsv", "FreeRDP ERRCONNECT (class 2)");

		private final String resource;
		private final String title;

		Table(String resource, String title) {
			this.resource = resource;
			this.title = title;
		}

		/** @return a title for people */
		public String title() {
			return title;
		}
	}

	/**
	 * One code of one table.
	 *
	 * @param table   its table
	 * @param code    the numeric code within the table
	 * @param name    the documented name
	 * @param meaning what it means
	 * @param causes  cause IDs to check, most likely first
	 */
	public record Code(Table table, long code, String name, String meaning, List<String> causes) {
	}

	/**
	 * One cause of the catalog.
	 *
	 * @param id          the cause ID
	 * @param severity    ERROR, WARNING or INFO
	 * @param description what it is
	 * @param tellsApart  the probe evidence that identifies it
	 */
	public record Cause(String id, String severity, String description, String tellsApart) {
	}

	private static final ErrorCatalog INSTANCE = new ErrorCatalog();

	private final Map<Table, Map<Long, Code>> tables = new LinkedHashMap<>();
	private final Map<String, Cause> causes = new LinkedHashMap<>();

	private ErrorCatalog() {
		for (Table table : Table.values()) {
			Map<Long, Code> codes = new LinkedHashMap<>();
			for (String[] f : rows(table.resource, 3)) {
				List<String> ids = f.length > 3 && !f[3].isBlank() ? Arrays.asList(f[3].trim().split(",")) : List.of();
				codes.put(parseNumber(f[0]).orElseThrow(), new Code(table, parseNumber(f[0]).orElseThrow(), f[1],
						f[2], List.copyOf(ids)));
			}
			tables.put(table, codes);
		}
		for (String[] f : rows("causes.tsv", 4)) {
			causes.put(f[0], new Cause(f[0], f[1], f[2], f[3]));
		}
	}

	/** @return the catalog */
	public static ErrorCatalog get() {
		return INSTANCE;
	}

	private static List<String[]> rows(String resource, int minFields) {
		List<String[]> rows = new ArrayList<>();
		try (InputStream in = ErrorCatalog.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split("\t", -1);
				if (fields.length < minFields) {
					throw new IllegalStateException(resource + ":" + number + ": expected " + minFields + " fields");
				}
				rows.add(fields);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return rows;
	}

	/**
	 * Parses {@code 0x904}, {@code 904h}, {@code 2308} or {@code 0x00020008}.
	 *
	 * @param text the number as typed
	 * @return its value, empty when it is not a number
	 */
	public static Optional<Long> parseNumber(String text) {
		String t = text.trim().toLowerCase(Locale.ROOT).replace("_", "");
		try {
			if (t.startsWith("0x")) {
				return Optional.of(Long.parseLong(t.substring(2), 16));
			}
			if (t.endsWith("h")) {
				return Optional.of(Long.parseLong(t.substring(0, t.length() - 1), 16));
			}
			return Optional.of(Long.parseLong(t));
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	/**
	 * @param table a table
	 * @param code  a code in it
	 * @return the entry, if documented
	 */
	public Optional<Code> code(Table table, long code) {
		return Optional.ofNullable(tables.get(table).get(code));
	}

	/**
	 * Finds a code by its documented name (case-insensitive, in every table).
	 *
	 * @param name e.g. {@code ERRCONNECT_TLS_CONNECT_FAILED}
	 * @return the entry, if any
	 */
	public Optional<Code> byName(String name) {
		return tables.values().stream().flatMap(m -> m.values().stream())
				.filter(c -> c.name().equalsIgnoreCase(name.trim())).findFirst();
	}

	/**
	 * Decodes a main error code as a user reports it: FreeRDP's combined {@code (class << 16) | type} values go to
	 * the FreeRDP tables, anything else to mstsc's disconnect reasons.
	 *
	 * @param value the number
	 * @return the entry, if documented
	 */
	public Optional<Code> decode(long value) {
		long errorClass = value >> 16;
		if (errorClass == 1) {
			return code(Table.FREERDP_ERRINFO, value & 0xFFFF);
		}
		if (errorClass == 2) {
			return code(Table.FREERDP_CONNECT, value & 0xFFFF);
		}
		return code(Table.MSTSC, value);
	}

	/**
	 * @param id a cause ID
	 * @return the catalog entry, if any
	 */
	public Optional<Cause> cause(String id) {
		return Optional.ofNullable(causes.get(id));
	}

	/** @return every cause, in catalog order */
	public List<Cause> causes() {
		return List.copyOf(causes.values());
	}

	/**
	 * @param table a table
	 * @return its codes in order
	 */
	public List<Code> codes(Table table) {
		return List.copyOf(tables.get(table).values());
	}
}
