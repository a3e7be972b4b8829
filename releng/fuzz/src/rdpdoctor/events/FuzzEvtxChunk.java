package rdpdoctor.events;

/**
 * Jazzer target: an .evtx chunk of any bytes (after its signature: records, binary XML, templates, values) must give
 * events or named damage, never an exception or a hang.
 */
public final class FuzzEvtxChunk {

	private static final byte[] MAGIC = "ElfChnk\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private FuzzEvtxChunk() {
	}

	public static void fuzzerTestOneInput(byte[] data) {
		byte[] chunk = new byte[Math.min(MAGIC.length + data.length, EvtxReader.CHUNK)];
		System.arraycopy(MAGIC, 0, chunk, 0, MAGIC.length);
		System.arraycopy(data, 0, chunk, MAGIC.length, chunk.length - MAGIC.length);
		EvtxReader.chunk("fuzz.evtx", chunk, e -> e.xml().length(), d -> d.length());
	}
}
