package rdpdoctor.inventory.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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
	private final Consumer<ImportedHost> hosts;
	private final Consumer<String> skipped;
	private final List<ImportedHost> keptHosts = new ArrayList<>();
	private final List<String> keptSkipped = new ArrayList<>();

	/** Keeps the hosts and messages for {@link #result()}. */
	Entries(Path file) {
		this.file = file;
		this.hosts = keptHosts::add;
		this.skipped = keptSkipped::add;
	}

	/** Hands each host and message on as it comes; {@link #result()} then holds nothing. */
	Entries(Path file, Consumer<ImportedHost> hosts, Consumer<String> skipped) {
		this.file = file;
		this.hosts = hosts;
		this.skipped = skipped;
	}

	/**
	 * @param where the entry's place ({@code line 12}, {@code element <server> at line 40})
	 * @param entry makes the host; an {@link ImportException} or {@link IllegalArgumentException} skips the entry
	 */
	void add(String where, Entry entry) {
		try {
			hosts.accept(entry.make());
		} catch (ImportException e) {
			skipped.accept(e.getMessage());
		} catch (IllegalArgumentException e) {
			skip(where, e.getMessage());
		}
	}

	/** Records an entry left out, with its place and the reason. */
	void skip(String where, String reason) {
		skipped.accept(new ImportException(file, where, reason).getMessage());
	}

	ImportResult result() {
		return new ImportResult(keptHosts, keptSkipped);
	}
}
