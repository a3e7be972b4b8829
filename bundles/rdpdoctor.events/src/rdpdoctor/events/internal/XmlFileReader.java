package rdpdoctor.events.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import rdpdoctor.events.IEventFileReader;
import rdpdoctor.events.LogEvent;
import rdpdoctor.events.EventDamage;
import rdpdoctor.events.EventReadException;

/**
 * Event Viewer's "Save as XML", {@code wevtutil qe /f:xml} and Get-WinEvent's {@code ToXml()} (see
 * {@link EventXmlReader}).
 */
public class XmlFileReader implements IEventFileReader {

	@Override
	public boolean accepts(Path file, byte[] head) {
		String start = text(head).stripLeading();
		return start.startsWith("<?xml") || start.startsWith("<Events") || start.startsWith("<Event ")
				|| start.startsWith("<Event>");
	}

	private static String text(byte[] head) {
		if (head.length >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
			return new String(head, 2, head.length - 2 - head.length % 2, StandardCharsets.UTF_16LE);
		}
		if (head.length >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
			return new String(head, 2, head.length - 2 - head.length % 2, StandardCharsets.UTF_16BE);
		}
		String utf8 = new String(head, StandardCharsets.UTF_8);
		return utf8.startsWith("\uFEFF") ? utf8.substring(1) : utf8;
	}

	@Override
	public long read(Path file, Consumer<LogEvent> events, EventDamage damage) throws IOException, EventReadException {
		try (InputStream in = Files.newInputStream(file)) {
			return EventXmlReader.read(in, file.toString(), events);
		}
	}
}
