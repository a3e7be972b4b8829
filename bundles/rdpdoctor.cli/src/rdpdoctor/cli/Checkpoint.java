package rdpdoctor.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;

import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.report.HostJson;

/**
 * A batch run's results as they finish, one JSON line per host, forced to disk every few hosts: what a resumed run
 * skips, and what the report is rendered from (host by host, so memory stays bounded). A line cut short by a crash
 * is ignored on reading.
 */
final class Checkpoint implements AutoCloseable, Iterable<HostDiagnosis> {

	private final Path file;
	private BufferedWriter out;
	private int unsynced;

	Checkpoint(Path file) {
		this.file = file;
	}

	Path file() {
		return file;
	}

	/** @return the targets ({@code host:port}) already done, from an earlier run */
	Set<String> done() throws IOException {
		Set<String> done = new HashSet<>();
		for (HostDiagnosis host : this) {
			done.add(host.target().toString());
		}
		return done;
	}

	synchronized void append(HostDiagnosis host) {
		try {
			if (out == null) {
				boolean torn = endsMidLine();
				out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
						StandardOpenOption.APPEND);
				if (torn) {
					out.write('\n'); // a crash cut the last line: start a fresh one, the torn one stays ignored
				}
			}
			out.write(HostJson.line(host));
			out.write('\n');
			if (++unsynced >= 50) {
				out.flush();
				unsynced = 0;
			}
		} catch (IOException e) {
			throw new UncheckedIOException(file + ": " + e.getMessage(), e);
		}
	}

	private boolean endsMidLine() throws IOException {
		if (!Files.exists(file) || Files.size(file) == 0) {
			return false;
		}
		try (java.nio.channels.SeekableByteChannel channel = Files.newByteChannel(file)) {
			channel.position(channel.size() - 1);
			java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
			channel.read(last);
			return last.get(0) != '\n';
		}
	}

	@Override
	public synchronized void close() throws IOException {
		if (out != null) {
			out.close();
			out = null;
		}
	}

	/**
	 * @return the whole lines, each one host as a JSON object of the result schema, in the order of
	 *         {@link #iterator()}; lines a crash cut short are left out as there
	 */
	Iterable<String> jsonLines() {
		return () -> read(line -> JsonObjectText.isWhole(line) ? line : null);
	}

	@Override
	public Iterator<HostDiagnosis> iterator() {
		return read(line -> {
			try {
				return HostJson.read(line);
			} catch (IllegalArgumentException e) {
				return null; // a line cut short by a crash: that host runs again
			}
		});
	}

	/** Reads the file's lines lazily, keeping what {@code parse} makes of them (null: left out). */
	private <T> Iterator<T> read(Function<String, T> parse) {
		if (!Files.exists(file)) {
			return java.util.Collections.emptyIterator();
		}
		try {
			BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
			return new Iterator<>() {
				private T next = advance();

				private T advance() {
					try {
						String line;
						while ((line = in.readLine()) != null) { // bounded by the file
							T parsed = line.isBlank() ? null : parse.apply(line);
							if (parsed != null) {
								return parsed;
							}
						}
						in.close();
						return null;
					} catch (IOException e) {
						throw new UncheckedIOException(file + ": " + e.getMessage(), e);
					}
				}

				@Override
				public boolean hasNext() {
					return next != null;
				}

				@Override
				public T next() {
					if (next == null) {
						throw new NoSuchElementException();
					}
					T current = next;
					next = advance();
					return current;
				}
			};
		} catch (IOException e) {
			throw new UncheckedIOException(file + ": " + e.getMessage(), e);
		}
	}
}
