package rdpdoctor.inventory.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import rdpdoctor.core.Target;
import rdpdoctor.core.Untrusted;
import rdpdoctor.core.inventory.IInventoryImporter;
import rdpdoctor.core.inventory.ImportException;
import rdpdoctor.core.inventory.ImportResult;
import rdpdoctor.core.inventory.ImportedHost;

/**
 * CSV with a header row (comma or semicolon, RFC 4180 quoting, UTF-8 with or without BOM). Columns, in any order and
 * case: {@code name} (also host, hostname, computer, server; required), {@code address} (ip), {@code port}
 * (rdpport; default 3389, or the port in {@code name:port}), {@code group} (folder, path; nested with {@code /}),
 * {@code user} (username), {@code domain}, {@code gateway} (rdgateway), {@code tags} (separated by {@code ;} or {@code |}), {@code notes} (description, comment).
 * Other columns are ignored. Read as a stream, row by row; a row that cannot be imported (no name, a bad port, a
 * name no host has) is skipped with its line and the reason. A cell that {@link CsvExporter} neutralised against CSV
 * injection (an apostrophe before {@code =}, {@code +}, {@code -}, {@code @}) reads back as it was.
 */
public class CsvImporter implements IInventoryImporter {

	private static final Map<String, String> ALIASES = new HashMap<>();

	static {
		for (String a : List.of("name", "host", "hostname", "computer", "computername", "server", "fqdn")) {
			ALIASES.put(a, "name");
		}
		for (String a : List.of("address", "ip", "ipaddress", "ip address")) {
			ALIASES.put(a, "address");
		}
		for (String a : List.of("port", "rdpport", "rdp port")) {
			ALIASES.put(a, "port");
		}
		for (String a : List.of("group", "folder", "path", "container")) {
			ALIASES.put(a, "group");
		}
		for (String a : List.of("user", "username", "user name", "login")) {
			ALIASES.put(a, "user");
		}
		ALIASES.put("domain", "domain");
		for (String a : List.of("gateway", "rdgateway", "rd gateway", "gatewayhostname")) {
			ALIASES.put(a, "gateway");
		}
		ALIASES.put("tags", "tags");
		for (String a : List.of("notes", "description", "comment", "descr")) {
			ALIASES.put(a, "notes");
		}
	}

	@Override
	public boolean accepts(Path file) {
		return Files.isRegularFile(file) && Xml.named(file, ".csv");
	}

	@Override
	public ImportResult read(Path file) throws IOException {
		Entries entries = new Entries(file);
		read(file, entries);
		return entries.result();
	}

	@Override
	public void read(Path file, Consumer<ImportedHost> hosts, Consumer<String> skipped) throws IOException {
		read(file, new Entries(file, hosts, skipped));
	}

	private static void read(Path file, Entries entries) throws IOException {
		Map<String, Integer> columns = new HashMap<>();
		boolean[] any = { false };
		try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
				StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
						.onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16)) {
			int[] lastLine = { 1 };
			try {
				skipBom(in); // the reader decodes a first block here: it may already find bytes that are not UTF-8
				CsvRows.read(file, in, row -> {
					lastLine[0] = row.line();
					if (!any[0]) {
						any[0] = true;
						header(file, row.cells(), columns);
					} else if (!row.cells().stream().allMatch(String::isBlank)) {
						String where = "line " + row.line();
						entries.add(where, () -> host(file, where, row.cells(), columns));
					}
				});
			} catch (CharacterCodingException e) {
				throw new ImportException(file, "after line " + lastLine[0], "not UTF-8 text (save the file as "
						+ "\"CSV UTF-8\", or it is not a CSV file)");
			}
		}
		if (!any[0]) {
			throw new ImportException(file, "line 1", "empty file: a header row is needed");
		}
	}

	private static void skipBom(BufferedReader in) throws IOException {
		in.mark(1);
		if (in.read() != '\uFEFF') {
			in.reset();
		}
	}

	private static void header(Path file, List<String> header, Map<String, Integer> columns) throws ImportException {
		for (int i = 0; i < header.size(); i++) {
			String column = ALIASES.get(header.get(i).trim().toLowerCase(Locale.ROOT));
			if (column != null) {
				columns.putIfAbsent(column, i);
			}
		}
		if (!columns.containsKey("name")) {
			throw new ImportException(file, "line 1", "no host name column in the header "
					+ Untrusted.terminal(String.valueOf(header)) + " (expected one of name, host, hostname, computer, "
					+ "server)");
		}
	}

	private static ImportedHost host(Path file, String where, List<String> row, Map<String, Integer> columns)
			throws ImportException {
		String[] hostPort = Ports.splitHostPort(cell(row, columns, "name"));
		if (hostPort[0].isEmpty()) {
			throw new ImportException(file, where, "the host name is empty");
		}
		if (hostPort[1] != null && hostPort[1].isBlank()) {
			throw new ImportException(file, where, "'" + Untrusted.terminal(hostPort[0]) + ":' has no port after the "
					+ "colon");
		}
		int port = Ports.parse(file, where, cell(row, columns, "port"),
				Ports.parse(file, where, hostPort[1], Target.DEFAULT_RDP_PORT));
		String group = cell(row, columns, "group");
		List<String> path = group.isBlank() ? List.of()
				: Arrays.stream(group.split("[/\\\\]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
		List<String> tags = Arrays.stream(cell(row, columns, "tags").split("[;|]")).map(String::trim)
				.filter(s -> !s.isEmpty()).toList();
		return new ImportedHost(path, hostPort[0], cell(row, columns, "address"), port, cell(row, columns, "user"),
				cell(row, columns, "domain"), cell(row, columns, "gateway"), cell(row, columns, "notes"), tags, file.getFileName() + ":" + where);
	}

	private static String cell(List<String> row, Map<String, Integer> columns, String column) {
		Integer index = columns.get(column);
		return index == null || index >= row.size() ? "" : Untrusted.csvCellRead(row.get(index).trim());
	}
}
