package rdpdoctor.core;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

import org.apache.commons.text.StringEscapeUtils;
import org.apache.commons.text.translate.AggregateTranslator;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.CodePointTranslator;
import org.apache.commons.text.translate.LookupTranslator;

/**
 * Text chosen by somebody else (certificate fields, NTLM names, inventory fields, file content, event text) made
 * safe for the output it goes to, with Apache Commons Text's escapers.
 */
public final class Untrusted {

	/** Control characters shown as {@code \n}, {@code \t}, ... or {@code \}{@code uXXXX}, all on one line. */
	private static final CharSequenceTranslator TERMINAL = new AggregateTranslator(
			new LookupTranslator(Map.of("\n", "\\n", "\r", "\\r", "\t", "\\t")), new InvisibleEscaper());

	/** Every invisible character but the line ends and tabs a cell or a text may hold, as a visible escape. */
	private static final CharSequenceTranslator KEEP_LINES = new AggregateTranslator(
			new LookupTranslator(Map.of("\n", "\n", "\r", "\r", "\t", "\t")), new InvisibleEscaper());

	/** Characters a spreadsheet reads as the start of a formula (OWASP, CSV injection). */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	/**
	 * Undoes the neutralisation of {@link #csvCell(String)}, so that an exported file imports back unchanged.
	 *
	 * @param cell a cell as read, unquoted
	 * @return the cell without the apostrophe that {@link #csvCell(String)} put before a formula start
	 */
	public static String csvCellRead(String cell) {
		boolean neutralised = cell != null && cell.length() > 1 && cell.charAt(0) == '\''
				&& FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0;
		return neutralised ? cell.substring(1) : cell;
	}

	private Untrusted() {
	}

	/**
	 * For a terminal: every character that moves the cursor, changes colours or titles, or reorders what follows
	 * (C0 and C1 controls, DEL, line and paragraph separators, bidi overrides and other format characters, lone
	 * surrogates) is written as a visible escape, so the text stays on one line and shows as it is.
	 *
	 * @param text any text, {@code null} gives ""
	 * @return the text safe to print
	 */
	public static String terminal(String text) {
		return text == null ? "" : TERMINAL.translate(text);
	}

	/**
	 * For XML 1.0 character data and attribute values that people read (HTML and JUnit reports): markup escaped;
	 * what a browser or terminal would obey rather than show (C0 and C1 controls but tab and line ends, bidi
	 * overrides and other format characters, line and paragraph separators) written as visible escapes, as
	 * {@link #terminal} writes them; characters XML 1.0 cannot carry removed.
	 *
	 * @param text any text, {@code null} gives ""
	 * @return the text safe inside an element or a quoted attribute
	 */
	public static String xml(String text) {
		return text == null ? "" : StringEscapeUtils.escapeXml10(KEEP_LINES.translate(text));
	}

	/**
	 * For a text kept in an XML file (an inventory): characters XML 1.0 cannot carry are replaced by their visible
	 * escape ({@code \}{@code u0001}); tab, line feed and carriage return stay.
	 *
	 * @param text any text, {@code null} gives ""
	 * @return the text an XML 1.0 file can hold
	 */
	public static String storable(String text) {
		if (text == null) {
			return "";
		}
		if (text.codePoints().allMatch(Untrusted::xmlChar)) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		text.codePoints().forEach(c -> {
			if (xmlChar(c)) {
				out.appendCodePoint(c);
			} else {
				out.append(String.format("\\u%04X", c));
			}
		});
		return out.toString();
	}

	/** Whether XML 1.0 can carry the code point (its Char production). */
	private static boolean xmlChar(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| c >= 0x10000;
	}

	/**
	 * For one CSV cell (RFC 4180): a cell that a spreadsheet would run as a formula (beginning with {@code =},
	 * {@code +}, {@code -}, {@code @}, tab or carriage return) gets a leading apostrophe, as OWASP recommends; then
	 * it is quoted when it holds a comma, a semicolon (the other separator admins' CSV files use), a quote or a
	 * line break. Characters a terminal obeys (ESC, OSC, C1 controls, bidi overrides) are written as visible escapes,
	 * as {@link #terminal} writes them; line breaks and tabs stay.
	 *
	 * @param text any text, {@code null} gives ""
	 * @return the cell as it goes between the commas
	 */
	public static String csvCell(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String visible = KEEP_LINES.translate(text);
		String cell = FORMULA_STARTS.indexOf(visible.charAt(0)) >= 0 ? "'" + visible : visible;
		for (int i = 0; i < cell.length(); i++) {
			char c = cell.charAt(i);
			if (c == '"' || c == ',' || c == ';' || c == '\r' || c == '\n') {
				return '"' + cell.replace("\"", "\"\"") + '"';
			}
		}
		return cell;
	}

	/** Escapes the code points that a terminal does not show as themselves. */
	private static final class InvisibleEscaper extends CodePointTranslator {
		@Override
		public boolean translate(int codePoint, Writer writer) throws IOException {
			if (!invisible(codePoint)) {
				return false;
			}
			writer.write(codePoint <= 0xFFFF ? String.format("\\u%04X", codePoint)
					: String.format("\\U%08X", codePoint));
			return true;
		}

		private static boolean invisible(int codePoint) {
			return switch (Character.getType(codePoint)) {
			case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
					Character.SURROGATE, Character.UNASSIGNED, Character.PRIVATE_USE -> true;
			default -> false;
			};
		}
	}
}
