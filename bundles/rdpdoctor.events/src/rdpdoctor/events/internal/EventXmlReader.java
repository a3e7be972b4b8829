package rdpdoctor.events.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import javax.xml.stream.Location;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.XMLEvent;
import rdpdoctor.events.LogEvent;
import rdpdoctor.events.EventReadException;

/**
 * Events from the XML forms Windows writes them in, read as a stream: Event Viewer's "Save All Events As XML" (a root
 * {@code <Events>}), {@code wevtutil qe LOG /f:xml} and Get-WinEvent's {@code ToXml()} ({@code <Event>} elements one
 * after another, no root), in UTF-8 or UTF-16 with a byte order mark. A broken file gives the events before the break
 * and the break's line and column.
 */
public final class EventXmlReader {

	private static final XMLInputFactory INPUT = EventXml.secureInput();
	private static final int PEEK = 64;
	private static final int BOM = 0xfeff;

	private EventXmlReader() {
	}

	/**
	 * @param in     the XML (closed by the caller)
	 * @param source what it is, for messages (a file name)
	 * @param events told of each event, in file order
	 * @return how many events were read
	 * @throws EventReadException where the XML breaks, with the count read before it
	 * @throws IOException        when the stream cannot be read
	 */
	public static long read(InputStream in, String source, Consumer<LogEvent> events)
			throws EventReadException, IOException {
		BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
		buffered.mark(8);
		byte[] head = buffered.readNBytes(4);
		buffered.reset();
		Charset charset = head.length >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe
				? StandardCharsets.UTF_16LE : head.length >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff
						? StandardCharsets.UTF_16BE : StandardCharsets.UTF_8;
		PushbackReader reader = new PushbackReader(new InputStreamReader(buffered, charset), PEEK);
		int first = reader.read();
		if (first >= 0 && first != BOM) {
			reader.unread(first);
		}
		char[] peek = new char[PEEK];
		int n = reader.read(peek);
		if (n > 0) {
			reader.unread(peek, 0, n);
		}
		// a root-less sequence of events gets a root of its own; a document with a declaration has its own root
		String start = n <= 0 ? "" : new String(peek, 0, n).stripLeading();
		boolean wrap = !start.startsWith("<?xml") && !start.startsWith("<Events");
		Reader document = wrap ? new ConcatReader(new StringReader("<Events>"), reader, new StringReader("</Events>"))
				: reader;
		long count = 0;
		XMLEventReader xml = null;
		try {
			xml = INPUT.createXMLEventReader(document);
			while (xml.hasNext()) {
				XMLEvent next = xml.nextEvent();
				if (next.isStartElement() && next.asStartElement().getName().getLocalPart().equals("Event")) {
					events.accept(EventXml.read(xml, next.asStartElement()));
					count++;
				}
			}
			return count;
		} catch (XMLStreamException e) {
			Location at = e.getLocation();
			throw new EventReadException(source + (at == null ? "" : ":" + at.getLineNumber() + ":"
					+ at.getColumnNumber()) + ": not well-formed event XML after " + count + " events (" + message(e)
					+ ")", count);
		} finally {
			if (xml != null) {
				try {
					xml.close();
				} catch (XMLStreamException ignored) {
					// nothing more to read
				}
			}
		}
	}

	private static String message(XMLStreamException e) {
		String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		int detail = text.indexOf("Message: ");
		return detail >= 0 ? text.substring(detail + 9) : text;
	}

	/** Readers one after another. */
	private static final class ConcatReader extends Reader {
		private final Reader[] parts;
		private int current;

		ConcatReader(Reader... parts) {
			this.parts = parts;
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			while (current < parts.length) {
				int n = parts[current].read(buffer, offset, length);
				if (n > 0) {
					return n;
				}
				current++;
			}
			return -1;
		}

		@Override
		public void close() throws IOException {
			for (Reader part : parts) {
				part.close();
			}
		}
	}
}
