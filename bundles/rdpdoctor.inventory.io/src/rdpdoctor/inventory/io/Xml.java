package rdpdoctor.inventory.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import rdpdoctor.core.inventory.ImportException;

/** Safe StAX reading for the XML importers: no DTDs, no external entities, errors with line numbers. */
final class Xml {

	private Xml() {
	}

	/** A unit of XML work that may fail. */
	interface Work<T> {
		T read(XMLStreamReader reader) throws XMLStreamException, ImportException;
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}

	static <T> T read(Path file, Work<T> work) throws IOException {
		XMLInputFactory factory = factory();
		try (InputStream in = Files.newInputStream(file)) {
			XMLStreamReader reader = factory.createXMLStreamReader(in);
			try {
				return work.read(reader);
			} finally {
				reader.close();
			}
		} catch (XMLStreamException e) {
			int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
			throw new ImportException(file, line > 0 ? "line " + line : "", "not well-formed XML: "
					+ e.getMessage().replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", ""), e);
		}
	}

	/**
	 * Moves to the root element and checks its name.
	 *
	 * @param what the format's name for the message, e.g. {@code nmap XML}
	 */
	static void root(Path file, XMLStreamReader reader, String name, String what)
			throws XMLStreamException, ImportException {
		while (reader.hasNext() && reader.next() != XMLStreamReader.START_ELEMENT) {
			// up to the root
		}
		if (!reader.isStartElement() || !name.equals(reader.getLocalName())) {
			throw new ImportException(file, reader.isStartElement() ? where(reader) : "", "not " + what
					+ " (the root element is not <" + name + ">)");
		}
	}

	/** @return {@code element <name> at line N} for the element the reader is on */
	static String where(XMLStreamReader reader) {
		return "element <" + reader.getLocalName() + "> at line " + reader.getLocation().getLineNumber();
	}

	/** Reads the text of a simple element and leaves the reader on its end tag. */
	static String text(XMLStreamReader reader) throws XMLStreamException {
		return reader.getElementText().trim();
	}

	/** Skips the current element with everything in it. */
	static void skip(XMLStreamReader reader) throws XMLStreamException {
		int depth = 1;
		while (depth > 0 && reader.hasNext()) { // bounded by the document
			int event = reader.next();
			if (event == XMLStreamReader.START_ELEMENT) {
				depth++;
			} else if (event == XMLStreamReader.END_ELEMENT) {
				depth--;
			}
		}
	}

	static boolean named(Path file, String... suffixes) {
		String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		for (String s : suffixes) {
			if (name.endsWith(s)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @return whether the file is XML whose root element is {@code name}, past any prolog, comments and processing
	 *         instructions (XML formats are told apart by their root)
	 */
	static boolean rootIs(Path file, String name) {
		if (!Files.isRegularFile(file)) {
			return false;
		}
		try (InputStream in = Files.newInputStream(file)) {
			XMLStreamReader reader = factory().createXMLStreamReader(in);
			try {
				while (reader.hasNext()) { // bounded by the document: ends at the first element
					if (reader.next() == XMLStreamReader.START_ELEMENT) {
						return name.equals(reader.getLocalName());
					}
				}
				return false;
			} finally {
				reader.close();
			}
		} catch (IOException | XMLStreamException | RuntimeException e) {
			return false;
		}
	}

	/**
	 * @return whether the file's first kilobyte is nothing but base64 text (an mRemoteNG file saved with full-file
	 *         encryption before version 2.6 has no XML at all)
	 */
	static boolean base64Only(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			String start = new String(in.readNBytes(1024), java.nio.charset.StandardCharsets.US_ASCII).strip();
			return start.length() >= 64 && start.matches("[A-Za-z0-9+/=\\s]+");
		} catch (IOException e) {
			return false;
		}
	}
}
