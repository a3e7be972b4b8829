package rdpdoctor.core.inventory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads hosts from a file another tool wrote; contributed through the extension point
 * {@code rdpdoctor.core.importers}. An importer reads the whole file before it returns anything: a malformed file
 * raises {@link ImportException} naming the file and the line or element, and nothing is imported half-way.
 * Passwords and other secrets in the source are never read.
 */
public interface IInventoryImporter {

	/**
	 * @param file a file (or folder, for importers that accept one)
	 * @return whether this importer recognises it (by name and, if needed, its first bytes)
	 */
	boolean accepts(Path file);

	/**
	 * @param file the file or folder
	 * @return every host it describes, in file order
	 * @throws ImportException when the file is malformed
	 * @throws IOException     when it cannot be read
	 */
	List<ImportedHost> read(Path file) throws IOException;
}
