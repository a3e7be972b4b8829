package rdpdoctor.events.internal;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import rdpdoctor.events.LogEvent;

/**
 * One {@code <Event>} element of Windows' event schema read into a {@link LogEvent}: the System fields, EventData's
 * Data elements (by Name, else {@code Data1}, {@code Data2}, ...), UserData's fields, RenderingInfo's Message, and the
 * element itself as XML. Namespaces are ignored (files differ in how they declare them); no DTD or external entity is
 * ever read.
 */
public final class EventXml {

	/** The largest event read; a longer one is cut there and its XML marked so. */
	public static final int MAX_EVENT_CHARS = 1 << 20;
	private static final XMLInputFactory INPUT = secureInput();
	private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newInstance();
	private static final javax.xml.stream.XMLEventFactory EVENTS = javax.xml.stream.XMLEventFactory.newInstance();

	private EventXml() {
	}

	static XMLInputFactory secureInput() {
		XMLInputFactory factory = XMLInputFactory.newInstance();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		// text comes in pieces, so a huge text node is cut as it is read instead of being held whole
		factory.setProperty(XMLInputFactory.IS_COALESCING, false);
		return factory;
	}

	/**
	 * @param xml one event's XML
	 * @return the event
	 * @throws XMLStreamException when it is no well-formed event
	 */
	public static LogEvent parse(String xml) throws XMLStreamException {
		XMLEventReader reader = INPUT.createXMLEventReader(new StringReader(xml));
		try {
			while (reader.hasNext()) {
				XMLEvent next = reader.nextEvent();
				if (next.isStartElement() && next.asStartElement().getName().getLocalPart().equals("Event")) {
					return read(reader, next.asStartElement());
				}
			}
		} finally {
			reader.close();
		}
		throw new XMLStreamException("no <Event> element");
	}

	/**
	 * Reads an event from its start element to its end element, both included.
	 *
	 * @param reader a reader that just gave {@code start}
	 * @param start  the {@code <Event>} start element
	 * @return the event
	 * @throws XMLStreamException when the XML breaks off or is not well-formed
	 */
	static LogEvent read(XMLEventReader reader, StartElement start) throws XMLStreamException {
		StringWriter text = new StringWriter();
		XMLEventWriter writer = OUTPUT.createXMLEventWriter(text);
		EventFields fields = new EventFields();
		writer.add(start);
		fields.start("Event", attributes(start));
		while (fields.depth() > 0) {
			if (!reader.hasNext()) {
				throw new XMLStreamException("the event ends before </Event>");
			}
			XMLEvent event = reader.nextEvent();
			int room = MAX_EVENT_CHARS - text.getBuffer().length();
			if (room > 0 && event.isCharacters() && event.asCharacters().getData().length() > room) {
				writer.add(EVENTS.createCharacters(event.asCharacters().getData().substring(0, room)));
			} else if (room > 0) {
				writer.add(event);
			}
			if (event.isStartElement()) {
				fields.start(event.asStartElement().getName().getLocalPart(), attributes(event.asStartElement()));
			} else if (event.isCharacters()) {
				fields.text(event.asCharacters().getData());
			} else if (event.isEndElement()) {
				fields.end();
			}
		}
		writer.flush();
		String xml = text.getBuffer().length() >= MAX_EVENT_CHARS
				? text.getBuffer().substring(0, MAX_EVENT_CHARS) + "<!-- cut at " + MAX_EVENT_CHARS + " characters -->"
				: text.toString();
		return fields.event(xml, Instant.EPOCH, 0);
	}

	private static Map<String, String> attributes(StartElement element) {
		Map<String, String> attributes = new LinkedHashMap<>();
		for (Iterator<Attribute> all = element.getAttributes(); all.hasNext();) {
			Attribute attribute = all.next();
			attributes.put(attribute.getName().getLocalPart(), attribute.getValue());
		}
		return attributes;
	}
}
