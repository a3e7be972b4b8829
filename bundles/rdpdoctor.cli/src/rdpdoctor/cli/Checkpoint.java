package rdpdoctor.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.report.HostJson;

/**
 * A batch run's results as they finish, one JSON line per host, forced to disk every few hosts: what a resumed run
 * skips, and what the report is rendered from (host by host, so memory stays bounded). A line cut short by a crash
 * is ignored on reading. The first line is a header naming the inventory and shard the results belong to: a file
 * without it is not ours and is never touched, and the results of another inventory are never resumed.
 */
final class Checkpoint implements AutoCloseable, Iterable<HostDiagnosis> {

	/** The header's own key: a line with it is the header, never a host. */
	private static final String HEADER_KEY = "rdpdoctorCheckpoint";
	private static final String HEADER_PREFIX = "{\"" + HEADER_KEY + "\"";

	private final Path file;
	private final String header;
	private BufferedWriter out;
	private int unsynced;
	private boolean closed;

	/**
	 * @param file      the checkpoint file
	 * @param inventory the inventory whose results it holds
	 * @param shard     the shard, {@code I/N}
	 */
	Checkpoint(Path file, Path inventory, String shard) {
		this(file, inventory.toAbsolutePath().normalize().toString(), shard);
	}

	/**
	 * @param file   the checkpoint file
	 * @param source what the run diagnoses: an inventory's absolute path, or its targets ({@code targets:} and a
	 *               digest of their list)
	 * @param shard  the shard, {@code I/N}
	 */
	Checkpoint(Path file, String source, String shard) {
		this.file = file;
		JsonObject head = new JsonObject();
		head.addProperty(HEADER_KEY, 1);
		head.addProperty("inventory", source);
		head.addProperty("shard", shard);
		this.header = head.toString();
	}

	/**
	 * Checks, before anything is written, that the file is absent or empty, or holds this run's earlier results.
	 *
	 * @throws IOException naming the file and what it holds instead
	 */
	void claim() throws IOException {
		if (Files.isSymbolicLink(file)) {
			throw new IOException("--checkpoint " + file + " is a link; RDP Doctor does not write through links");
		}
		if (Files.isDirectory(file)) {
			throw new IOException("--checkpoint " + file + " is a folder; name a file");
		}
		if (!Files.exists(file) || Files.size(file) == 0) {
			return;
		}
		String first = firstLine();
		JsonObject found = parseHeader(first);
		if (found == null) {
			throw new IOException("--checkpoint " + file + " exists and is not an RDP Doctor checkpoint (its first line "
					+ "is not a checkpoint header); it is left as it is: name another file");
		}
		if (!first.equals(header)) {
			throw new IOException("--checkpoint " + file + " holds the results of another run (inventory "
					+ text(found, "inventory") + ", shard " + text(found, "shard") + "); it is left as it is: remove it "
					+ "to start afresh, or name another file");
		}
	}

	private String firstLine() throws IOException {
		byte[] start = new byte[8192]; // a header is far shorter; a binary file is not read whole
		int length;
		try (java.io.InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
			length = in.readNBytes(start, 0, start.length);
		}
		String text = new String(start, 0, length, StandardCharsets.UTF_8);
		int end = text.indexOf('\n');
		return end < 0 ? text : text.substring(0, end);
	}

	private static JsonObject parseHeader(String line) {
		try {
			JsonElement parsed = JsonParser.parseString(line);
			return parsed.isJsonObject() && parsed.getAsJsonObject().has(HEADER_KEY) ? parsed.getAsJsonObject() : null;
		} catch (RuntimeException e) {
			return null;
		}
	}

	private static String text(JsonObject object, String key) {
		return object.has(key) ? object.get(key).getAsString() : "?";
	}

	Path file() {
		return file;
	}

	/** @return the first line this run writes (and expects of a checkpoint it resumes) */
	String header() {
		return header;
	}

	/** @return the targets ({@code host:port}) already done, from an earlier run */
	Set<String> done() throws IOException {
		Set<String> done = new HashSet<>();
		for (HostDiagnosis host : this) {
			done.add(host.target().toString());
		}
		return done;
	}

	/** Appends a host's result; nothing once the checkpoint was closed (a host the engine abandoned). */
	synchronized void append(HostDiagnosis host) {
		if (closed) {
			return;
		}
		try {
			if (out == null) {
				boolean exists = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
				boolean fresh = !exists || Files.size(file) == 0;
				boolean torn = !fresh && endsMidLine();
				out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
						exists ? StandardOpenOption.APPEND : StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
						LinkOption.NOFOLLOW_LINKS);
				if (fresh) {
					out.write(header + "\n");
				} else if (torn) {
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
		closed = true;
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
							T parsed = line.isBlank() || line.startsWith(HEADER_PREFIX) ? null : parse.apply(line);
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
