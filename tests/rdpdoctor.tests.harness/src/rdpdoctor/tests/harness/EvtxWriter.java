package rdpdoctor.tests.harness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Writes .evtx files for tests, by the format libevtx documents (file header, 64 KiB chunks with their CRC32s,
 * records of binary XML instantiating one template per chunk, names defined inline at their first use). Whether a
 * file it writes is an .evtx file is not taken on trust: the tests read each with libevtx's own evtxexport too.
 */
public final class EvtxWriter {

	/**
	 * One event to write.
	 *
	 * @param recordId its record number
	 * @param time     when it was written
	 * @param provider its provider
	 * @param eventId  its ID
	 * @param level    its level
	 * @param channel  its channel
	 * @param computer its computer
	 * @param param1   EventData's Param1
	 * @param param2   EventData's Param2
	 */
	public record Event(long recordId, Instant time, String provider, int eventId, int level, String channel,
			String computer, String param1, String param2) {
	}

	private static final int CHUNK = 65536;
	private static final long FILETIME_1970 = 116_444_736_000_000_000L;
	private final List<byte[]> chunks = new ArrayList<>();
	private ChunkWriter current;
	private long firstRecordInFile = 1;
	private long nextRecord = 1;

	/**
	 * @param event written to the current chunk, or a new one when it is full
	 * @return this writer
	 */
	public EvtxWriter add(Event event) {
		if (current == null) {
			current = new ChunkWriter(nextRecord);
		}
		if (!current.add(event)) {
			chunks.add(current.finish());
			current = new ChunkWriter(event.recordId());
			if (!current.add(event)) {
				throw new IllegalArgumentException("an event larger than a chunk");
			}
		}
		nextRecord = event.recordId() + 1;
		return this;
	}

	/** @return the file's bytes */
	public byte[] bytes() {
		List<byte[]> all = new ArrayList<>(chunks);
		if (current != null) {
			all.add(current.finish());
		}
		ByteBuffer header = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);
		header.put("ElfFile\0".getBytes(StandardCharsets.US_ASCII));
		header.putLong(8, 0); // first chunk number
		header.putLong(16, all.size() - 1L); // last chunk number
		header.putLong(24, nextRecord);
		header.putInt(32, 128);
		header.putShort(36, (short) 1);
		header.putShort(38, (short) 3);
		header.putShort(40, (short) 4096);
		header.putShort(42, (short) all.size());
		header.putInt(120, 0); // flags: clean
		CRC32 crc = new CRC32();
		crc.update(header.array(), 0, 120);
		header.putInt(124, (int) crc.getValue());
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		file.writeBytes(header.array());
		all.forEach(file::writeBytes);
		return file.toByteArray();
	}

	/**
	 * @param file where to write the file
	 * @throws IOException when it cannot be written
	 */
	public void write(Path file) throws IOException {
		Files.write(file, bytes());
	}

	/**
	 * Writes a sample: 200 events in one chunk (the fuzz target's seed).
	 *
	 * @param args the file to write
	 * @throws IOException when it cannot be written
	 */
	public static void main(String[] args) throws IOException {
		EvtxWriter writer = new EvtxWriter();
		for (int i = 1; i <= 200; i++) {
			writer.add(new Event(i, Instant.parse("2026-11-30T10:00:00Z").plusSeconds(i), "Schannel", 36870, 2,
					"System", "TS01", "p" + i, "v" + i));
		}
		writer.write(Path.of(args[0]));
	}

	static long filetime(Instant time) {
		return time.getEpochSecond() * 10_000_000L + time.getNano() / 100 + FILETIME_1970;
	}

	/** One chunk being written. */
	private static final class ChunkWriter {
		private final ByteBuffer chunk = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
		private final long firstRecord;
		private long lastRecord;
		private int lastRecordOffset;
		private int templateOffset = -1;
		private final Map<String, Integer> names = new HashMap<>();

		ChunkWriter(long firstRecord) {
			this.firstRecord = firstRecord;
			this.lastRecord = firstRecord - 1;
			chunk.position(512);
		}

		boolean add(Event event) {
			int start = chunk.position();
			Buf body = new Buf(start + 24); // binary XML starts after the record header
			body.u8(0x0f).u8(1).u8(1).u8(0); // fragment header
			body.u8(0x0c).u8(1).i32(1); // template instance, template id
			int definition = body.position() + 4;
			if (templateOffset < 0) {
				body.i32(definition);
				body.i32(0); // next template
				for (int i = 0; i < 16; i++) {
					body.u8(0x10 + i); // GUID
				}
				int sizeAt = body.mark();
				body.i32(0);
				int from = body.position();
				template(body);
				body.patch(sizeAt, body.position() - from);
				templateOffset = definition;
			} else {
				body.i32(templateOffset);
			}
			List<byte[]> values = List.of(utf16z(event.provider()), u16(event.eventId()), new byte[] {
				(byte) event.level() }, i64(filetime(event.time())), i64(event.recordId()), utf16z(event.channel()),
					utf16z(event.computer()), utf16z(event.param1()), utf16z(event.param2()));
			int[] types = { 0x01, 0x06, 0x04, 0x11, 0x0a, 0x01, 0x01, 0x01, 0x01 };
			body.i32(values.size());
			for (int i = 0; i < values.size(); i++) {
				body.u16(values.get(i).length).u8(types[i]).u8(0);
			}
			values.forEach(body::bytes);
			body.u8(0x00); // end of the fragment
			byte[] xml = body.toBytes();
			int size = 24 + xml.length + 4;
			size += (8 - size % 8) % 8; // records are 8-byte aligned in real files
			if (start + size >= CHUNK) { // never exactly full: evtxexport 20181227 drops the last record of a full chunk
				return false;
			}
			chunk.putInt(start, 0x00002a2a);
			chunk.putInt(start + 4, size);
			chunk.putLong(start + 8, event.recordId());
			chunk.putLong(start + 16, filetime(event.time()));
			chunk.put(start + 24, xml);
			chunk.putInt(start + size - 4, size);
			chunk.position(start + size);
			lastRecord = event.recordId();
			lastRecordOffset = start;
			return true;
		}

		/** The template: Event, System's fields, EventData's two named Data. */
		private void template(Buf b) {
			b.u8(0x0f).u8(1).u8(1).u8(0);
			Open event = openElement(b, "Event", true);
			attributeText(b, "xmlns", "http://schemas.microsoft.com/win/2004/08/events/event");
			closeStart(b, event);
			Open system = openElement(b, "System", false);
			closeStart(b, system);
			Open provider = openElement(b, "Provider", true);
			b.u8(0x06);
			name(b, "Name");
			substitution(b, 0, 0x01);
			closeEmpty(b, provider);
			simple(b, "EventID", 1, 0x06);
			simple(b, "Level", 2, 0x04);
			Open created = openElement(b, "TimeCreated", true);
			b.u8(0x06);
			name(b, "SystemTime");
			substitution(b, 3, 0x11);
			closeEmpty(b, created);
			simple(b, "EventRecordID", 4, 0x0a);
			simple(b, "Channel", 5, 0x01);
			simple(b, "Computer", 6, 0x01);
			end(b, system);
			Open data = openElement(b, "EventData", false);
			closeStart(b, data);
			for (int i = 0; i < 2; i++) {
				Open one = openElement(b, "Data", true);
				attributeText(b, "Name", "Param" + (i + 1));
				closeStart(b, one);
				substitution(b, 7 + i, 0x01);
				end(b, one);
			}
			end(b, data);
			end(b, event);
			b.u8(0x00);
		}

		private void simple(Buf b, String element, int index, int type) {
			Open at = openElement(b, element, false);
			closeStart(b, at);
			substitution(b, index, type);
			end(b, at);
		}

		/** Where an open element's data size and attribute list size are, to patch when they are known. */
		private record Open(int sizeAt, int attributesAt) {
		}

		private Open openElement(Buf b, String element, boolean attributes) {
			b.u8(attributes ? 0x41 : 0x01).u16(0xffff); // dependency identifier: none
			int sizeAt = b.mark();
			b.i32(0);
			name(b, element);
			int attributesAt = -1;
			if (attributes) {
				attributesAt = b.mark();
				b.i32(0);
			}
			return new Open(sizeAt, attributesAt);
		}

		private void attributesEnd(Buf b, Open open) {
			if (open.attributesAt() >= 0) {
				b.patch(open.attributesAt(), b.position() - (open.attributesAt() + 4));
			}
		}

		private void closeStart(Buf b, Open open) {
			attributesEnd(b, open);
			b.u8(0x02);
		}

		private void closeEmpty(Buf b, Open open) {
			attributesEnd(b, open);
			b.u8(0x03);
			b.patch(open.sizeAt(), b.position() - (open.sizeAt() + 4));
		}

		private void end(Buf b, Open open) {
			b.u8(0x04);
			b.patch(open.sizeAt(), b.position() - (open.sizeAt() + 4));
		}

		private void attributeText(Buf b, String attribute, String value) {
			b.u8(0x06);
			name(b, attribute);
			b.u8(0x05).u8(0x01).u16(value.length());
			b.bytes(value.getBytes(StandardCharsets.UTF_16LE));
		}

		private void substitution(Buf b, int index, int type) {
			b.u8(0x0d).u16(index).u8(type);
		}

		/** A name's offset, and the name itself right there at its first use in the chunk. */
		private void name(Buf b, String name) {
			Integer known = names.get(name);
			if (known != null) {
				b.i32(known);
				return;
			}
			int here = b.position() + 4;
			b.i32(here);
			b.i32(0).u16(hash(name)).u16(name.length());
			b.bytes(name.getBytes(StandardCharsets.UTF_16LE));
			b.u16(0);
			names.put(name, here);
		}

		private static int hash(String name) {
			int hash = 0;
			for (char c : name.toCharArray()) {
				hash = hash * 65599 + c;
			}
			return hash & 0xffff;
		}

		byte[] finish() {
			int free = chunk.position();
			chunk.put(0, "ElfChnk\0".getBytes(StandardCharsets.US_ASCII));
			chunk.putLong(8, firstRecord);
			chunk.putLong(16, lastRecord);
			chunk.putLong(24, firstRecord);
			chunk.putLong(32, lastRecord);
			chunk.putInt(40, 128);
			chunk.putInt(44, lastRecordOffset);
			chunk.putInt(48, free);
			CRC32 records = new CRC32();
			records.update(chunk.array(), 512, free - 512);
			chunk.putInt(52, (int) records.getValue());
			chunk.putInt(120, 0);
			CRC32 header = new CRC32();
			header.update(chunk.array(), 0, 120);
			header.update(chunk.array(), 128, 384);
			chunk.putInt(124, (int) header.getValue());
			return chunk.array().clone();
		}
	}

	private static byte[] utf16z(String text) {
		return (text + "\0").getBytes(StandardCharsets.UTF_16LE);
	}

	private static byte[] u16(int value) {
		return new byte[] { (byte) value, (byte) (value >> 8) };
	}

	private static byte[] i64(long value) {
		return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(value).array();
	}

	/** Bytes at known chunk offsets. */
	private static final class Buf {
		private final ByteArrayOutputStream out = new ByteArrayOutputStream();
		private final int base;
		private final Map<Integer, Integer> patches = new HashMap<>();

		Buf(int base) {
			this.base = base;
		}

		int position() {
			return base + out.size();
		}

		int mark() {
			return position();
		}

		Buf u8(int v) {
			out.write(v);
			return this;
		}

		Buf u16(int v) {
			out.write(v);
			out.write(v >> 8);
			return this;
		}

		Buf i32(int v) {
			u16(v & 0xffff);
			return u16(v >>> 16);
		}

		void bytes(byte[] b) {
			out.writeBytes(b);
		}

		void patch(int at, int value) {
			patches.put(at, value);
		}

		byte[] toBytes() {
			byte[] bytes = out.toByteArray();
			ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
			patches.forEach((at, v) -> b.putInt(at - base, v));
			return bytes;
		}
	}
}
