package rdpdoctor.inventory.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import rdpdoctor.core.inventory.ImportException;
import rdpdoctor.core.inventory.ImportResult;
import rdpdoctor.core.inventory.ImportedHost;

/** The entries of one file as an importer reads them: each becomes a host, or a message saying why it was skipped. */
final class Entries {

	/** Makes one host; throws to skip the entry. */
	@FunctionalInterface
	interface Entry {
		ImportedHost make() throws ImportException;
	}

	private final Path file;
	private final List<ImportedHost> hosts = new ArrayList<>();
	private final List<String> skipped = new ArrayList<>();

	Entries(Path file) {
		this.file = file;
	}

	/**
	 * @param where the entry's place ({@code line 12}, {@code element <server> at line 40})
	 * @param entry makes the host; an {@link ImportException} or {@link IllegalArgumentException} skips the entry
	 */
	void add(String where, Entry entry) {
		try {
			hosts.add(entry.make());
		} catch (ImportException e) {
			skipped.add(e.getMessage());
		} catch (IllegalArgumentException e) {
			skip(where, e.getMessage());
		}
	}

	/** Records an entry left out, with its place and the reason. */
	void skip(String where, String reason) {
		skipped.add(new ImportException(file, where, reason).getMessage());
	}

	ImportResult result() {
		return new ImportResult(hosts, skipped);
	}
}
