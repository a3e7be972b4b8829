package rdpdoctor.core.inventory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads hosts from a file another tool wrote; contributed through the extension point
 * {@code rdpdoctor.core.importers}. An importer reads the whole file before it returns anything. A file that cannot
 * be read at all (not the format, encrypted, not well-formed) raises {@link ImportException} naming the file and the
 * line or element; an entry that cannot be imported (no host name, a bad port) is skipped and listed in
 * {@link ImportResult#skipped()} with its place and the reason, and the rest is imported. Passwords and other
 * secrets in the source are never read.
 */
public interface IInventoryImporter {

	/**
	 * @param file a file (or folder, for importers that accept one)
	 * @return whether this importer recognises it (by name and, if needed, its first bytes)
	 */
	boolean accepts(Path file);

	/**
	 * @param file the file or folder
	 * @return every host it describes, in file order, and the entries it skipped
	 * @throws ImportException when the file as a whole cannot be read
	 * @throws IOException     when it cannot be read
	 */
	ImportResult read(Path file) throws IOException;

	/**
	 * Reads the file handing on each host as it is read, so that a large file is never held whole (importers that
	 * can stream override this; the default reads the whole file first).
	 *
	 * @param file    the file or folder
	 * @param hosts   takes every host it describes, in file order
	 * @param skipped takes one message per entry left out, with its place and the reason
	 * @throws ImportException when the file as a whole cannot be read (hosts handed on before stay handed on)
	 * @throws IOException     when it cannot be read
	 */
	default void read(Path file, Consumer<ImportedHost> hosts, Consumer<String> skipped) throws IOException {
		ImportResult result = read(file);
		result.hosts().forEach(hosts);
		result.skipped().forEach(skipped);
	}
}
