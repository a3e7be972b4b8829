package rdpdoctor.inventory.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import rdpdoctor.core.inventory.ImportException;

/** RFC 4180 rows (quotes, doubled quotes, line breaks inside quotes), comma or semicolon as the header says. */
final class CsvRows {

	/** One row and the line it starts on (1-based). */
	record Row(int line, List<String> cells) {
	}

	private CsvRows() {
	}

	static List<Row> parse(Path file, String text) throws ImportException {
		int firstBreak = text.indexOf('\n');
		String header = firstBreak < 0 ? text : text.substring(0, firstBreak);
		char delimiter = count(header, ';') > count(header, ',') ? ';' : ',';
		List<Row> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int rowLine = 1;
		for (int i = 0; i < text.length(); i++) { // one character per pass
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					if (c == '\n') {
						line++;
					}
					cell.append(c);
				}
			} else if (c == '"' && cell.length() == 0) {
				quoted = true;
			} else if (c == delimiter) {
				row.add(cell.toString());
				cell.setLength(0);
			} else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(new Row(rowLine, row));
				row = new ArrayList<>();
				line++;
				rowLine = line;
			} else {
				cell.append(c);
			}
		}
		if (quoted) {
			throw new ImportException(file, "line " + rowLine, "a quoted field is not closed");
		}
		if (cell.length() > 0 || !row.isEmpty()) {
			row.add(cell.toString());
			rows.add(new Row(rowLine, row));
		}
		return rows;
	}

	private static int count(String text, char c) {
		return (int) text.chars().filter(x -> x == c).count();
	}
}
