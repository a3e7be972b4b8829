package rdpdoctor.inventory.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import rdpdoctor.core.inventory.ImportException;

/**
 * RFC 4180 rows (quotes, doubled quotes, line breaks inside quotes), comma or semicolon as the header says, read from
 * a stream one row at a time, so a file of any size is never held whole.
 */
final class CsvRows {

	/** One row and the line it starts on (1-based). */
	record Row(int line, List<String> cells) {
	}

	/** Takes each row as it is read. */
	@FunctionalInterface
	interface RowHandler {
		void row(Row row) throws IOException;
	}

	/** A cell longer than this is not a CSV of hosts (a binary file, a quote never closed). */
	private static final int MAX_CELL = 1 << 20;

	private final Path file;
	private final Reader in;
	private char delimiter;
	private int line = 1;
	private int pushedBack = -2;
	/** Characters taken from the stream in blocks: a reader's read() per character is slow. */
	private final char[] buffer = new char[1 << 14];
	private int position;
	private int filled;

	private CsvRows(Path file, Reader in) {
		this.file = file;
		this.in = in;
	}

	/**
	 * Reads every row; the delimiter is the one the header row (the first) has more of.
	 *
	 * @throws ImportException naming the line when a quote is not closed or a cell is absurdly long
	 */
	static void read(Path file, BufferedReader in, RowHandler handler) throws IOException {
		in.mark(MAX_CELL);
		char[] start = new char[MAX_CELL];
		int length = Math.max(0, in.read(start, 0, start.length));
		in.reset();
		String header = new String(start, 0, length);
		int end = header.indexOf('\n');
		header = end < 0 ? header : header.substring(0, end);
		CsvRows rows = new CsvRows(file, in);
		rows.delimiter = count(header, ';') > count(header, ',') ? ';' : ',';
		rows.readAll(handler);
	}

	private void readAll(RowHandler handler) throws IOException {
		Row next;
		while ((next = row()) != null) { // bounded by the stream
			handler.row(next);
		}
	}

	/** @return the next row, or null at the end of the stream */
	private Row row() throws IOException {
		int c = read();
		if (c < 0) {
			return null;
		}
		int rowLine = line;
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		while (true) { // one character per pass; ends at the end of the row or of the stream
			if (c < 0) {
				if (quoted) {
					throw new ImportException(file, "line " + rowLine, "a quoted field is not closed");
				}
				cells.add(cell.toString());
				return new Row(rowLine, cells);
			}
			if (cell.length() > MAX_CELL) {
				throw new ImportException(file, "line " + rowLine, "a field longer than " + MAX_CELL
						+ " characters: not a CSV file of hosts");
			}
			if (quoted) {
				if (c == '"') {
					int after = read();
					if (after == '"') {
						cell.append('"');
					} else {
						quoted = false;
						c = after;
						continue;
					}
				} else {
					if (c == '\n') {
						line++;
					}
					cell.append((char) c);
				}
			} else if (c == '"' && cell.length() == 0) {
				quoted = true;
			} else if (c == delimiter) {
				cells.add(cell.toString());
				cell.setLength(0);
			} else if (c == '\n' || c == '\r') {
				if (c == '\r') {
					int after = read();
					if (after != '\n') {
						unread(after);
					}
				}
				line++;
				cells.add(cell.toString());
				return new Row(rowLine, cells);
			} else {
				cell.append((char) c);
			}
			c = read();
		}
	}

	private int read() throws IOException {
		if (pushedBack != -2) {
			int c = pushedBack;
			pushedBack = -2;
			return c;
		}
		if (position == filled) {
			filled = in.read(buffer, 0, buffer.length);
			position = 0;
			if (filled <= 0) {
				filled = 0;
				return -1;
			}
		}
		return buffer[position++];
	}

	private void unread(int c) {
		pushedBack = c;
	}

	private static int count(String text, char c) {
		return (int) text.chars().filter(x -> x == c).count();
	}
}
