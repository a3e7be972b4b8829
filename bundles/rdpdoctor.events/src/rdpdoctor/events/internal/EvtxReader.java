package rdpdoctor.events.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import rdpdoctor.events.LogEvent;
import rdpdoctor.events.EventDamage;
import rdpdoctor.events.CollectedDamage;

/**
 * Events from an .evtx file (Windows' binary event log, as libevtx documents it): a 4 KiB file header, then 64 KiB
 * chunks, each with its string and template tables and its records of binary XML. Read as the independent readers
 * read real, dirty files: every chunk the file's size holds is tried whatever the file header's counters say; a chunk
 * or record that cannot be read is reported with the file and its byte offset and skipped; records left in a chunk's
 * free space by an earlier use are counted, not read (libevtx's evtxexport shows them only when asked for recovered
 * records). Every read is bounds-checked, nesting and template recursion are limited, and nothing is allocated from
 * a size the file gives without checking it first.
 */
public final class EvtxReader {

	static final int FILE_HEADER = 4096;
	static final int CHUNK = 65536;
	static final int CHUNK_HEADER = 512;
	private static final byte[] FILE_MAGIC = "ElfFile\0".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] CHUNK_MAGIC = "ElfChnk\0".getBytes(StandardCharsets.US_ASCII);
	private static final int RECORD_MAGIC = 0x00002a2a;
	private static final int RECORD_HEADER = 24;
	/** Where a chunk header keeps the offset of the chunk's free space: records end there. */
	private static final int FREE_SPACE_OFFSET = 48;

	private EvtxReader() {
	}

	/**
	 * @param file   an .evtx file
	 * @param events told of each event, in file order
	 * @param damage told of each chunk or record that could not be read
	 * @return how many events were read
	 * @throws IOException when the file cannot be read or is no .evtx file at all
	 */
	public static long read(Path file, Consumer<LogEvent> events, EventDamage damage) throws IOException {
		return read(file, events, damage, true);
	}

	/**
	 * As {@link #read(Path, Consumer, EventDamage)}. Chunks are parsed in parallel (each has its own string and
	 * template tables), the next ones while the caller takes the events of the last, and given in file order.
	 *
	 * @param file    an .evtx file
	 * @param events  told of each event, in file order, from the calling thread
	 * @param damage  told of each chunk or record that could not be read
	 * @param keepXml whether the events keep their XML text (a reader of fields alone is faster without it)
	 * @return how many events were read
	 * @throws IOException when the file cannot be read or is no .evtx file at all
	 */
	public static long read(Path file, Consumer<LogEvent> events, EventDamage damage, boolean keepXml)
			throws IOException {
		long[] count = { 0 };
		read(file, chunk -> chunk, chunk -> {
			chunk.forEach(events);
			count[0] += chunk.size();
		}, damage, keepXml);
		return count[0];
	}

	/**
	 * Reads an .evtx file a chunk at a time: each chunk's events are transformed in the parallel workers (for a reader
	 * that turns them into its own form there), and the results given in file order.
	 *
	 * @param file      an .evtx file
	 * @param transform what to make of a chunk's events, in a worker thread
	 * @param results   told of each chunk's result, in file order, from the calling thread
	 * @param damage    told of each chunk or record that could not be read, from the calling thread
	 * @param keepXml   whether the events keep their XML text
	 * @param <T>       the results' type
	 * @throws IOException when the file cannot be read or is no .evtx file at all
	 */
	public static <T> void read(Path file, java.util.function.Function<List<LogEvent>, T> transform,
			Consumer<T> results, EventDamage damage, boolean keepXml) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			long size = channel.size();
			ByteBuffer header = ByteBuffer.allocate((int) Math.min(FILE_HEADER, size));
			read(channel, header, 0);
			if (size < FILE_HEADER || !startsWith(header, FILE_MAGIC)) {
				throw new IOException(file + ": not an .evtx file (no ElfFile signature at offset 0)");
			}
			int cores = Runtime.getRuntime().availableProcessors();
			int batch = Math.max(2, 2 * cores);
			ForkJoinPool pool = new ForkJoinPool(cores);
			try {
				// the next chunks are parsed while the caller takes the events of the ones before
				long[] next = { FILE_HEADER };
				Future<List<Parsed<T>>> parsing = parse(pool, readBatch(channel, file, size, next, batch), keepXml,
						transform);
				while (parsing != null) {
					List<Parsed<T>> parsed = parsing.get();
					List<Chunk> following = readBatch(channel, file, size, next, batch);
					parsing = following.isEmpty() ? null : parse(pool, following, keepXml, transform);
					for (Parsed<T> chunk : parsed) {
						chunk.damage().forEach(damage::found);
						chunk.notes().forEach(damage::note);
						results.accept(chunk.result());
					}
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IOException(file + ": reading was interrupted", e);
			} catch (ExecutionException e) {
				if (e.getCause() instanceof RuntimeException r) {
					throw r;
				}
				if (e.getCause() instanceof Error error) {
					throw error;
				}
				throw new IOException(file + ": " + e.getCause(), e.getCause());
			} finally {
				pool.shutdownNow();
			}
		}
	}

	/** Reads the next chunks (up to {@code batch}) from {@code next[0]} on, and moves it past them. */
	private static List<Chunk> readBatch(FileChannel channel, Path file, long size, long[] next, int batch)
			throws IOException {
		List<Chunk> chunks = new ArrayList<>(batch);
		for (int k = 0; k < batch && next[0] + CHUNK_HEADER <= size; k++, next[0] += CHUNK) {
			int length = (int) Math.min(CHUNK, size - next[0]);
			ByteBuffer bytes = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
			bytes.limit(length);
			read(channel, bytes, next[0]);
			bytes.clear();
			chunks.add(new Chunk(file, next[0], bytes, length));
		}
		return chunks;
	}

	private static <T> Future<List<Parsed<T>>> parse(ForkJoinPool pool, List<Chunk> chunks, boolean keepXml,
			java.util.function.Function<List<LogEvent>, T> transform) {
		return pool.submit(() -> chunks.parallelStream().map(c -> c.parse(keepXml, transform)).toList());
	}

	/** What was made of a chunk's events, and its damage, read apart from the others. */
	private record Parsed<T>(T result, List<String> damage, List<String> notes) {
	}

	/**
	 * Reads one record again (the Event viewer's details), found through the chunk headers' record ranges.
	 *
	 * @param file     an .evtx file
	 * @param recordId the record's number
	 * @return its event, if the file holds it
	 * @throws IOException when the file cannot be read
	 */
	public static Optional<LogEvent> record(Path file, long recordId) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			long size = channel.size();
			ByteBuffer header = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
			for (long offset = FILE_HEADER; offset + CHUNK_HEADER <= size; offset += CHUNK) {
				header.clear();
				read(channel, header, offset);
				if (!startsWith(header, CHUNK_MAGIC) || recordId < header.getLong(8) || recordId > header.getLong(16)) {
					continue;
				}
				ByteBuffer chunk = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
				int length = (int) Math.min(CHUNK, size - offset);
				chunk.limit(length);
				read(channel, chunk, offset);
				List<LogEvent> found = new ArrayList<>();
				new Chunk(file, offset, chunk, length).records(e -> {
					if (e.recordId() == recordId) {
						found.add(e);
					}
				}, damage -> {
				});
				if (!found.isEmpty()) {
					return Optional.of(found.get(0));
				}
			}
			return Optional.empty();
		}
	}

	/**
	 * Reads one chunk's records (for the fuzz target: one chunk, no file).
	 *
	 * @param name   what to name in damage messages
	 * @param chunk  the chunk's bytes from its signature on, at most 64 KiB
	 * @param events told of each event
	 * @param damage told of what could not be read
	 * @return how many events were read
	 */
	static long chunk(String name, byte[] chunk, Consumer<LogEvent> events, EventDamage damage) {
		int length = Math.min(chunk.length, CHUNK);
		ByteBuffer bytes = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN).put(0, chunk, 0, length);
		if (length < CHUNK_HEADER || !startsWith(ByteBuffer.wrap(chunk), CHUNK_MAGIC)) {
			return 0;
		}
		return new Chunk(Path.of(name), 0, bytes, length).records(events, damage);
	}

	private static void read(FileChannel channel, ByteBuffer into, long position) throws IOException {
		long at = position;
		while (into.hasRemaining()) {
			int n = channel.read(into, at);
			if (n < 0) {
				break;
			}
			at += n;
		}
	}

	private static boolean startsWith(ByteBuffer buffer, byte[] magic) {
		if (buffer.limit() < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (buffer.get(i) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean allZero(ByteBuffer buffer, int length) {
		byte[] bytes = new byte[length];
		buffer.get(0, bytes);
		for (byte b : bytes) {
			if (b != 0) {
				return false;
			}
		}
		return true;
	}

	/** One chunk: its records, read with its own string and template tables. */
	private static final class Chunk {
		private final Path file;
		private final long offset;
		private final ByteBuffer bytes;
		private final int length;

		Chunk(Path file, long offset, ByteBuffer bytes, int length) {
			this.file = file;
			this.offset = offset;
			this.bytes = bytes;
			this.length = length;
		}

		/** @return its events and damage; an unused (all zero) chunk has neither, one without signature is damage */
		<T> Parsed<T> parse(boolean keepXml, java.util.function.Function<List<LogEvent>, T> transform) {
			List<LogEvent> events = new ArrayList<>();
			CollectedDamage damage = new CollectedDamage();
			if (!startsWith(bytes, CHUNK_MAGIC)) {
				if (!allZero(bytes, length)) {
					damage.found(file + ": chunk at offset " + offset + " has no ElfChnk signature: skipped");
				}
			} else {
				records(events::add, damage, keepXml);
			}
			return new Parsed<>(transform.apply(events), damage.damage(), damage.notes());
		}

		long records(Consumer<LogEvent> events, EventDamage damage) {
			return records(events, damage, true);
		}

		long records(Consumer<LogEvent> events, EventDamage damage, boolean keepXml) {
			long count = 0;
			BinXml binXml = new BinXml(bytes, length, keepXml);
			int at = CHUNK_HEADER;
			int free = bytes.getInt(FREE_SPACE_OFFSET);
			int allocated = free >= CHUNK_HEADER && free <= length ? free : length; // a broken header: all of it
			while (at + RECORD_HEADER + 4 <= allocated && bytes.getInt(at) == RECORD_MAGIC) {
				int size = bytes.getInt(at + 4);
				if (size < RECORD_HEADER + 4 || size > length - at) {
					damage.found(file + ": record at offset " + (offset + at) + " gives an impossible size " + size
							+ ": the rest of its chunk is skipped");
					break;
				}
				if (bytes.getInt(at + size - 4) != size) {
					damage.found(file + ": record at offset " + (offset + at) + " does not end with its size: "
							+ "skipped");
				} else {
					long recordId = bytes.getLong(at + 8);
					Instant written = BinXml.filetime(bytes.getLong(at + 16));
					try {
						events.accept(binXml.event(at + RECORD_HEADER, at + size - 4, written, recordId));
						count++;
					} catch (BinXmlException | RuntimeException e) {
						damage.found(file + ": record " + recordId + " at offset " + (offset + at)
								+ " could not be read (" + e.getMessage() + "): skipped");
					}
				}
				at += size;
			}
			if (length < CHUNK && free > length) {
				damage.found(file + ": the file ends " + length + " bytes into the chunk at offset " + offset
						+ " (its records go on to " + free + "): the records after offset " + (offset + at) + " are lost");
			}
			int slack = slackRecords(at);
			if (slack > 0) {
				damage.note(file + ": " + slack + " records after the chunk's free space at offset " + (offset + at)
						+ " (left by an earlier use of the chunk, as evtxexport -m recovered shows them): not read; every current"
						+ " record was");
			}
			return count;
		}

		/** @return how many records with a whole frame follow from here (free space that held records once) */
		private int slackRecords(int from) {
			int slack = 0;
			int at = from;
			while (at + RECORD_HEADER + 4 <= length && bytes.getInt(at) == RECORD_MAGIC) {
				int size = bytes.getInt(at + 4);
				if (size < RECORD_HEADER + 4 || size > length - at || bytes.getInt(at + size - 4) != size) {
					break;
				}
				slack++;
				at += size;
			}
			return slack;
		}
	}
}
