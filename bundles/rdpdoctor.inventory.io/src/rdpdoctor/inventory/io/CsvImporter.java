package rdpdoctor.inventory.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import rdpdoctor.core.Target;
import rdpdoctor.core.inventory.IInventoryImporter;
import rdpdoctor.core.inventory.ImportException;
import rdpdoctor.core.inventory.ImportedHost;

/**
 * CSV with a header row (comma or semicolon, RFC 4180 quoting, UTF-8 with or without BOM). Columns, in any order and
 * case: {@code name} (also host, hostname, computer, server; required), {@code address} (ip), {@code port}
 * (rdpport; default 3389, or the port in {@code name:port}), {@code group} (folder, path; nested with {@code /}),
 * {@code user} (username), {@code tags} (separated by {@code ;} or {@code |}), {@code notes} (description, comment).
 * Other columns are ignored.
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
	public List<ImportedHost> read(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<CsvRows.Row> rows = CsvRows.parse(file, text);
		if (rows.isEmpty()) {
			throw new ImportException(file, "line 1", "empty file: a header row is needed");
		}
		List<String> header = rows.get(0).cells();
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String column = ALIASES.get(header.get(i).trim().toLowerCase(Locale.ROOT));
			if (column != null) {
				columns.putIfAbsent(column, i);
			}
		}
		if (!columns.containsKey("name")) {
			throw new ImportException(file, "line 1", "no host name column in the header " + header
					+ " (expected one of name, host, hostname, computer, server)");
		}
		List<ImportedHost> hosts = new ArrayList<>();
		for (int r = 1; r < rows.size(); r++) {
			List<String> row = rows.get(r).cells();
			if (row.stream().allMatch(String::isBlank)) {
				continue;
			}
			String where = "line " + rows.get(r).line();
			String[] hostPort = Ports.splitHostPort(cell(row, columns, "name"));
			if (hostPort[0].isEmpty()) {
				throw new ImportException(file, where, "the host name is empty");
			}
			int port = Ports.parse(file, where, cell(row, columns, "port"),
					Ports.parse(file, where, hostPort[1], Target.DEFAULT_RDP_PORT));
			String group = cell(row, columns, "group");
			List<String> path = group.isBlank() ? List.of()
					: Arrays.stream(group.split("[/\\\\]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
			List<String> tags = Arrays.stream(cell(row, columns, "tags").split("[;|]")).map(String::trim)
					.filter(s -> !s.isEmpty()).toList();
			hosts.add(new ImportedHost(path, hostPort[0], cell(row, columns, "address"), port,
					cell(row, columns, "user"), cell(row, columns, "notes"), tags, file.getFileName() + ":" + where));
		}
		return hosts;
	}

	private static String cell(List<String> row, Map<String, Integer> columns, String column) {
		Integer index = columns.get(column);
		return index == null || index >= row.size() ? "" : row.get(index).trim();
	}
}
