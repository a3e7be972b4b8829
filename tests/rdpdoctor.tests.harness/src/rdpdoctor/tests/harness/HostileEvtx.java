package rdpdoctor.tests.harness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * .evtx content that attacks its reader: one record of binary XML that multiplies itself (a template whose
 * attributes substitute, {@code fanout} times each, a nested binary XML value holding the same template again,
 * {@code depth} levels deep: fanout^depth renderings from a few hundred bytes). Laid out as libevtx documents the
 * format (file header, a 64 KiB chunk with its CRC32s, the record at the chunk's first record offset); the names and
 * the template the record points at lie in the chunk after the last record, where a reader follows offsets.
 */
public final class HostileEvtx {

	private static final int CHUNK = 65536;
	private static final int FIRST_RECORD = 512;
	private static final int NAME_E = 16384;
	private static final int NAME_A = 16416;
	private static final int TEMPLATE = 16448;

	/**
	 * A chunk holding the record, and where its binary XML lies.
	 *
	 * @param chunk    the chunk (little-endian, 64 KiB)
	 * @param xmlStart the chunk offset of the record's binary XML
	 * @param xmlEnd   the offset after it
	 */
	public record Chunk(ByteBuffer chunk, int xmlStart, int xmlEnd) {
	}

	private HostileEvtx() {
	}

	/**
	 * @param depth  levels of nesting
	 * @param fanout substitutions of the nested value per level
	 * @return the chunk, its header and CRC32s filled in
	 */
	public static Chunk multiplyingChunk(int depth, int fanout) {
		ByteBuffer chunk = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
		name(chunk, NAME_E, "E");
		name(chunk, NAME_A, "a");
		byte[] body = templateBody(fanout);
		chunk.putInt(TEMPLATE + 20, body.length).put(TEMPLATE + 24, body);
		byte[] xml = concat(new byte[] { 0x0f, 1, 1, 0 }, level(depth));
		int size = 24 + xml.length + 4;
		size += (8 - size % 8) % 8;
		if (FIRST_RECORD + size > NAME_E) {
			throw new IllegalArgumentException("depth " + depth + " does not fit before the names");
		}
		chunk.putInt(FIRST_RECORD, 0x00002a2a).putInt(FIRST_RECORD + 4, size).putLong(FIRST_RECORD + 8, 1)
				.putLong(FIRST_RECORD + 16, EvtxWriter.filetime(java.time.Instant.parse("2026-12-01T00:00:00Z")))
				.put(FIRST_RECORD + 24, xml).putInt(FIRST_RECORD + size - 4, size);
		int free = FIRST_RECORD + size;
		chunk.put(0, "ElfChnk\0".getBytes(StandardCharsets.US_ASCII)).putLong(8, 1).putLong(16, 1).putLong(24, 1)
				.putLong(32, 1).putInt(40, 128).putInt(44, FIRST_RECORD).putInt(48, free);
		CRC32 records = new CRC32();
		records.update(chunk.array(), FIRST_RECORD, free - FIRST_RECORD);
		chunk.putInt(52, (int) records.getValue());
		CRC32 header = new CRC32();
		header.update(chunk.array(), 0, 120);
		header.update(chunk.array(), 128, 384);
		chunk.putInt(124, (int) header.getValue());
		return new Chunk(chunk, FIRST_RECORD + 24, FIRST_RECORD + 24 + xml.length);
	}

	/**
	 * @param depth  levels of nesting
	 * @param fanout substitutions of the nested value per level
	 * @return a whole .evtx file of one chunk holding the record
	 */
	public static byte[] multiplyingFile(int depth, int fanout) {
		ByteBuffer header = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);
		header.put("ElfFile\0".getBytes(StandardCharsets.US_ASCII)).putLong(8, 0).putLong(16, 0).putLong(24, 2)
				.putInt(32, 128).putShort(36, (short) 1).putShort(38, (short) 3).putShort(40, (short) 4096)
				.putShort(42, (short) 1).putInt(120, 0);
		CRC32 crc = new CRC32();
		crc.update(header.array(), 0, 120);
		header.putInt(124, (int) crc.getValue());
		return concat(header.array(), multiplyingChunk(depth, fanout).chunk().array());
	}

	/**
	 * Writes {@code multiplying.evtx} (6 levels of 40) into a folder, for tests of the built product.
	 *
	 * @param args the folder
	 * @throws IOException when it cannot be written
	 */
	public static void main(String[] args) throws IOException {
		Files.write(Path.of(args[0]).resolve("multiplying.evtx"), multiplyingFile(6, 40));
	}

	/** The template: {@code <E a="%0" a="%0" ...>} with fanout attributes substituting value 0 (binary XML). */
	private static byte[] templateBody(int fanout) {
		ByteBuffer b = ByteBuffer.allocate(16 + fanout * 9 + 2).order(ByteOrder.LITTLE_ENDIAN);
		b.put((byte) 0x41).putShort((short) 0).putInt(0).putInt(NAME_E).putInt(fanout * 9);
		for (int i = 0; i < fanout; i++) {
			b.put((byte) 0x06).putInt(NAME_A).put((byte) 0x0d).putShort((short) 0).put((byte) 0x21);
		}
		b.put((byte) 0x03).put((byte) 0x00);
		return java.util.Arrays.copyOf(b.array(), b.position());
	}

	/** Level 0: {@code <E/>}; level n: the template instantiated with level n-1 as its one value. */
	private static byte[] level(int n) {
		if (n == 0) {
			ByteBuffer e = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
			e.put((byte) 0x01).putInt(0).putInt(NAME_E).put((byte) 0x03);
			return e.array();
		}
		byte[] value = level(n - 1);
		ByteBuffer t = ByteBuffer.allocate(10 + 4 + 4).order(ByteOrder.LITTLE_ENDIAN);
		t.put((byte) 0x0c).put((byte) 1).putInt(1).putInt(TEMPLATE).putInt(1).putShort((short) value.length)
				.put((byte) 0x21).put((byte) 0);
		return concat(t.array(), value);
	}

	private static void name(ByteBuffer chunk, int at, String name) {
		chunk.putInt(at, 0).putShort(at + 4, (short) 0).putShort(at + 6, (short) name.length());
		for (int i = 0; i < name.length(); i++) {
			chunk.putChar(at + 8 + 2 * i, name.charAt(i));
		}
	}

	private static byte[] concat(byte[] a, byte[] b) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(a);
		out.writeBytes(b);
		return out.toByteArray();
	}
}
