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

	@Override
	public Iterator<HostDiagnosis> iterator() {
		if (!Files.exists(file)) {
			return java.util.Collections.emptyIterator();
		}
		try {
			BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
			return new Iterator<>() {
				private HostDiagnosis next = advance();

				private HostDiagnosis advance() {
					try {
						String line;
						while ((line = in.readLine()) != null) { // bounded by the file
							if (line.isBlank()) {
								continue;
							}
							try {
								return HostJson.read(line);
							} catch (IllegalArgumentException e) {
								// a line cut short by a crash: that host runs again
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
				public HostDiagnosis next() {
					if (next == null) {
						throw new NoSuchElementException();
					}
					HostDiagnosis current = next;
					next = advance();
					return current;
				}
			};
		} catch (IOException e) {
			throw new UncheckedIOException(file + ": " + e.getMessage(), e);
		}
	}
}
