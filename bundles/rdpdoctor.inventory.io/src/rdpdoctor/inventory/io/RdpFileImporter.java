package rdpdoctor.inventory.io;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import rdpdoctor.core.Target;
import rdpdoctor.core.Untrusted;
import rdpdoctor.core.inventory.IInventoryImporter;
import rdpdoctor.core.inventory.ImportException;
import rdpdoctor.core.inventory.ImportResult;
import rdpdoctor.core.inventory.ImportedHost;

/**
 * Remote Desktop connection files: one {@code .rdp} file, or a folder of them (sub-folders become groups).
 * mstsc writes UTF-16LE with a BOM; UTF-8 (with or without BOM) is read too. Lines are {@code name:type:value};
 * {@code full address:s:host[:port]} is required, {@code server port:i:} overrides the port, {@code username:s:},
 * {@code domain:s:} and {@code gatewayhostname:s:} are kept. Passwords ({@code password 51:b:}) are never read.
 */
public class RdpFileImporter implements IInventoryImporter {

	private static final int MAX_FILES = 100_000;
	private static final long MAX_BYTES = 1 << 20;

	@Override
	public boolean accepts(Path file) {
		if (Files.isDirectory(file)) {
			try (Stream<Path> files = Files.walk(file, 8)) {
				return files.anyMatch(p -> Xml.named(p, ".rdp"));
			} catch (IOException e) {
				return false;
			}
		}
		return Xml.named(file, ".rdp");
	}

	@Override
	public ImportResult read(Path file) throws IOException {
		if (!Files.isDirectory(file)) {
			return new ImportResult(List.of(readOne(file, List.of())), List.of());
		}
		List<Path> files;
		try (Stream<Path> walk = Files.walk(file, 8)) {
			files = walk.filter(p -> Files.isRegularFile(p) && Xml.named(p, ".rdp")).sorted().limit(MAX_FILES).toList();
		}
		Entries entries = new Entries(file);
		for (Path rdp : files) {
			Path relative = file.relativize(rdp.getParent());
			List<String> groups = new ArrayList<>();
			relative.forEach(part -> {
				if (!part.toString().isEmpty()) {
					groups.add(part.toString());
				}
			});
			entries.add(file.relativize(rdp).toString(), () -> readOne(rdp, groups)); // a bad file is skipped
		}
		return entries.result();
	}

	private static ImportedHost readOne(Path file, List<String> groups) throws ImportException {
		byte[] bytes;
		try {
			if (Files.size(file) > MAX_BYTES) {
				throw new ImportException(file, "", "has " + Files.size(file) + " bytes: an .rdp file has a few "
						+ "kilobytes");
			}
			bytes = Files.readAllBytes(file);
		} catch (ImportException e) {
			throw e;
		} catch (IOException e) {
			throw new ImportException(file, "", "cannot be read: " + e.getMessage(), e);
		}
		List<String> lines = decode(file, bytes).lines().toList();
		String address = null;
		String port = null;
		String user = "";
		String domain = "";
		String gateway = "";
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty()) {
				continue;
			}
			String[] parts = line.split(":", 3);
			if (parts.length < 3) {
				throw new ImportException(file, "line " + (i + 1), "'" + Untrusted.terminal(line)
						+ "' is not name:type:value");
			}
			switch (parts[0].toLowerCase(java.util.Locale.ROOT)) {
			case "full address" -> address = parts[2].trim();
			case "server port" -> port = parts[2].trim();
			case "username" -> user = parts[2].trim();
			case "domain" -> domain = parts[2].trim();
			case "gatewayhostname" -> gateway = parts[2].trim();
			default -> {
				// other settings (and passwords) are not needed
			}
			}
		}
		if (address == null) {
			throw new ImportException(file, "", "no 'full address:s:' line");
		}
		if (address.isEmpty()) {
			throw new ImportException(file, "", "the 'full address:s:' line is empty: it names no host");
		}
		String[] hostPort = Ports.splitHostPort(address);
		int number = Ports.parse(file, "full address", hostPort[1], Ports.parse(file, "server port", port,
				Target.DEFAULT_RDP_PORT));
		String name = file.getFileName().toString().replaceFirst("(?i)\\.rdp$", "");
		String notes = "From " + file.getFileName() + (name.equalsIgnoreCase(hostPort[0]) ? "" : "; saved as '" + name + "'");
		try {
			return new ImportedHost(groups, hostPort[0], "", number, user, domain, gateway, notes, List.of(),
					file.getFileName().toString());
		} catch (IllegalArgumentException e) {
			throw new ImportException(file, "full address", e.getMessage());
		}
	}

	private static String decode(Path file, byte[] bytes) throws ImportException {
		Charset charset;
		int skip = 0;
		if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
			charset = StandardCharsets.UTF_16LE;
			skip = 2;
		} else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
			charset = StandardCharsets.UTF_16BE;
			skip = 2;
		} else if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF) {
			charset = StandardCharsets.UTF_8;
			skip = 3;
		} else if (bytes.length >= 2 && bytes[1] == 0 && bytes[0] != 0) {
			charset = StandardCharsets.UTF_16LE; // UTF-16LE without BOM
		} else {
			charset = StandardCharsets.UTF_8;
		}
		String text = new String(bytes, skip, bytes.length - skip, charset);
		if (text.indexOf('\u0000') >= 0 || text.indexOf('\uFFFD') >= 0) {
			throw new ImportException(file, "", "not a text file in UTF-16 or UTF-8");
		}
		return text;
	}
}
