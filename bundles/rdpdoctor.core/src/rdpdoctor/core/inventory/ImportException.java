package rdpdoctor.core.inventory;

import java.io.IOException;
import java.nio.file.Path;

/** A file that cannot be imported; the message names the file and the line or element. Nothing was imported. */
public class ImportException extends IOException {

	private static final long serialVersionUID = 1L;

	/**
	 * @param file   the file
	 * @param where  {@code line 12}, {@code element <server> at line 40}, or empty
	 * @param reason what is wrong
	 */
	public ImportException(Path file, String where, String reason) {
		super(file + (where == null || where.isEmpty() ? "" : ", " + where) + ": " + reason);
	}

	/**
	 * @param file   the file
	 * @param where  the place, or empty
	 * @param reason what is wrong
	 * @param cause  the parser's exception
	 */
	public ImportException(Path file, String where, String reason, Throwable cause) {
		super(file + (where == null || where.isEmpty() ? "" : ", " + where) + ": " + reason, cause);
	}
}
