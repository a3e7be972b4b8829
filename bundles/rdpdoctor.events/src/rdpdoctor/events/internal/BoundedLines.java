package rdpdoctor.events.internal;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Lines of a text log read with bounded memory: a line longer than the limit is cut while it is read (the rest is
 * skipped, its length still known), and bytes that are not UTF-8 become U+FFFD and are counted instead of ending the
 * file. Line ends are LF or CRLF.
 */
final class BoundedLines implements AutoCloseable {

	private final Reader in;
	private final int max;
	private final CountingReplacements counted;
	private long length;

	/**
	 * @param in  the text
	 * @param max the most characters of a line kept
	 */
	BoundedLines(Reader in, int max) {
		this.counted = in instanceof CountingReplacements c ? c : null;
		this.in = in instanceof BufferedReader ? in : new BufferedReader(in, 1 << 16);
		this.max = max;
	}

	/**
	 * @param file a UTF-8 text file
	 * @param max  the most characters of a line kept
	 * @return its lines, bytes that are not UTF-8 replaced and counted
	 * @throws IOException when it cannot be opened
	 */
	static BoundedLines of(Path file, int max) throws IOException {
		Reader decoded = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
		return new BoundedLines(new CountingReplacements(decoded), max);
	}

	/**
	 * @return the next line, at most {@code max} characters of it; null at the end
	 * @throws IOException when the text cannot be read
	 */
	String next() throws IOException {
		StringBuilder line = new StringBuilder(Math.min(max, 256));
		long seen = 0;
		int c = in.read();
		if (c < 0) {
			return null;
		}
		while (c >= 0 && c != '\n') {
			if (line.length() < max) {
				line.append((char) c);
			}
			seen++;
			c = in.read();
		}
		if (line.length() > 0 && line.charAt(line.length() - 1) == '\r' && seen <= max) {
			line.setLength(line.length() - 1);
			seen--;
		}
		length = seen;
		return line.toString();
	}

	/** @return the whole length of the line {@link #next} returned last, cut or not */
	long lastLength() {
		return length;
	}

	/** @return how many characters replaced bytes that are not UTF-8 so far (0 when the reader was not made here) */
	long replaced() {
		return counted == null ? 0 : counted.replaced;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

	/** Counts U+FFFD as it passes: what the decoder put where bytes were not UTF-8. */
	private static final class CountingReplacements extends FilterReader {
		long replaced;

		CountingReplacements(Reader in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int c = super.read();
			replaced += c == '\uFFFD' ? 1 : 0;
			return c;
		}

		@Override
		public int read(char[] buffer, int offset, int count) throws IOException {
			int read = super.read(buffer, offset, count);
			for (int i = offset; i < offset + read; i++) {
				replaced += buffer[i] == '\uFFFD' ? 1 : 0;
			}
			return read;
		}
	}
}
