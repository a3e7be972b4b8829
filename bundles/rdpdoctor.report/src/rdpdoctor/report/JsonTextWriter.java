package rdpdoctor.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Under a JSON writer: writes the characters a terminal would act on that JSON writers leave raw (C1 controls, DEL,
 * bidi overrides and other format characters, line and paragraph separators) as JSON escapes ({@code \}{@code
 * u202E}), so JSON printed on a terminal shows them instead of obeying them. Outside strings JSON has none of them,
 * so the output stays the same JSON.
 */
final class JsonTextWriter extends FilterWriter {

	JsonTextWriter(Writer out) {
		super(out);
	}

	@Override
	public void write(int c) throws IOException {
		if (c >= 0x7F && invisible(c)) {
			out.write(String.format("\\u%04X", c));
		} else {
			out.write(c);
		}
	}

	@Override
	public void write(char[] chars, int offset, int length) throws IOException {
		int run = offset;
		for (int i = offset; i < offset + length; i++) { // plain runs are passed on whole
			if (chars[i] >= 0x7F && invisible(chars[i])) {
				out.write(chars, run, i - run);
				write(chars[i]);
				run = i + 1;
			}
		}
		out.write(chars, run, offset + length - run);
	}

	@Override
	public void write(String text, int offset, int length) throws IOException {
		int run = offset;
		for (int i = offset; i < offset + length; i++) { // plain runs are passed on whole
			char c = text.charAt(i);
			if (c >= 0x7F && invisible(c)) {
				out.write(text, run, i - run);
				write(c);
				run = i + 1;
			}
		}
		out.write(text, run, offset + length - run);
	}

	private static boolean invisible(int c) {
		return switch (Character.getType(c)) {
		case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
		default -> false;
		};
	}
}
