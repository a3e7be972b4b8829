package rdpdoctor.model.persistence;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An inventory file that cannot be read as an RDP Doctor inventory. The message names the file and, where the
 * parser knows it, the line and column.
 */
public class InventoryFormatException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final int line;
	private final int column;

	/**
	 * @param file   the file that was read
	 * @param line   1-based line of the problem, or 0 when unknown
	 * @param column 1-based column of the problem, or 0 when unknown
	 * @param reason what is wrong, in words a user understands
	 * @param cause  the parser's exception, may be {@code null}
	 */
	public InventoryFormatException(Path file, int line, int column, String reason, Throwable cause) {
		super(format(file, line, column, reason), cause);
		this.file = file;
		this.line = line;
		this.column = column;
	}

	private static String format(Path file, int line, int column, String reason) {
		StringBuilder where = new StringBuilder(String.valueOf(file));
		if (line > 0) {
			where.append(':').append(line);
			if (column > 0) {
				where.append(':').append(column);
			}
		}
		return where + ": " + reason;
	}

	/** @return the file that could not be read */
	public Path getFile() {
		return file;
	}

	/** @return the 1-based line of the problem, or 0 when unknown */
	public int getLine() {
		return line;
	}

	/** @return the 1-based column of the problem, or 0 when unknown */
	public int getColumn() {
		return column;
	}
}
