package rdpdoctor.events.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import rdpdoctor.events.IEventFileReader;
import rdpdoctor.events.LogEvent;
import rdpdoctor.events.EventDamage;

/** .evtx files (see {@link EvtxReader}). */
public class EvtxFileReader implements IEventFileReader {

	private static final byte[] MAGIC = "ElfFile\0".getBytes(StandardCharsets.US_ASCII);

	@Override
	public boolean accepts(Path file, byte[] head) {
		return head.length >= MAGIC.length && Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
	}

	@Override
	public long read(Path file, Consumer<LogEvent> events, EventDamage damage) throws IOException {
		return EvtxReader.read(file, events, damage);
	}
}
