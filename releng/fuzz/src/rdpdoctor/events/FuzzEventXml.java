package rdpdoctor.events;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/** Jazzer target: any bytes as event XML give events or an EventReadException, never another exception. */
public final class FuzzEventXml {

	private FuzzEventXml() {
	}

	public static void fuzzerTestOneInput(byte[] data) throws IOException {
		try {
			EventXmlReader.read(new ByteArrayInputStream(data), "fuzz.xml", e -> e.xml().length());
		} catch (EventReadException expected) {
			// a named break: what the reader does with broken XML
		}
	}
}
