package rdpdoctor.inventory.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import rdpdoctor.core.Target;
import rdpdoctor.core.inventory.IInventoryImporter;
import rdpdoctor.core.inventory.ImportException;
import rdpdoctor.core.inventory.ImportedHost;

/**
 * Remote Desktop Connection Manager files ({@code .rdg}), schema 1 (RDCMan 2.2) and schema 3 (2.7 and later): nested
 * {@code <group>}s become groups, each {@code <server>} a host with its {@code connectionSettings/port} (or the one
 * its groups set). Stored credentials are DPAPI-encrypted and never read; only the user name is kept.
 */
public class RdcManImporter implements IInventoryImporter {

	@Override
	public boolean accepts(Path file) {
		return Xml.named(file, ".rdg");
	}

	@Override
	public List<ImportedHost> read(Path file) throws IOException {
		return Xml.read(file, reader -> {
			List<ImportedHost> hosts = new ArrayList<>();
			Xml.root(file, reader, "RDCMan", "an RDCMan file");
			String schema = reader.getAttributeValue(null, "schemaVersion");
			if (schema != null && !schema.equals("1") && !schema.equals("3")) {
				throw new ImportException(file, Xml.where(reader), "RDCMan schema " + schema + " is not supported "
						+ "(1 and 3 are)");
			}
			while (reader.hasNext()) { // bounded by the document
				if (reader.next() == XMLStreamReader.START_ELEMENT) {
					if (reader.getLocalName().equals("file")) {
						container(file, reader, new ArrayList<>(), Target.DEFAULT_RDP_PORT, hosts, true);
					} else {
						Xml.skip(reader);
					}
				}
			}
			return hosts;
		});
	}

	/** Reads a {@code <file>} or {@code <group>} up to its end tag. */
	private static void container(Path file, XMLStreamReader reader, List<String> path, int port,
			List<ImportedHost> hosts, boolean isFile) throws XMLStreamException, ImportException {
		int inherited = port;
		boolean named = false;
		while (reader.hasNext()) { // bounded by the document
			int event = reader.next();
			if (event == XMLStreamReader.END_ELEMENT) {
				if (named) {
					path.remove(path.size() - 1);
				}
				return;
			}
			if (event != XMLStreamReader.START_ELEMENT) {
				continue;
			}
			switch (reader.getLocalName()) {
			case "properties" -> {
				String name = properties(reader);
				if (!isFile && name != null && !named) {
					path.add(name);
					named = true;
				}
			}
			case "connectionSettings" -> inherited = settingsPort(file, reader, inherited);
			case "group" -> container(file, reader, path, inherited, hosts, false);
			case "server" -> hosts.add(server(file, reader, List.copyOf(path), inherited));
			default -> Xml.skip(reader);
			}
		}
	}

	/** @return the {@code <name>} inside {@code <properties>} */
	private static String properties(XMLStreamReader reader) throws XMLStreamException {
		String name = null;
		while (reader.hasNext()) { // bounded by the document
			int event = reader.next();
			if (event == XMLStreamReader.END_ELEMENT) {
				return name;
			}
			if (event == XMLStreamReader.START_ELEMENT) {
				if (reader.getLocalName().equals("name")) {
					name = Xml.text(reader);
				} else {
					Xml.skip(reader);
				}
			}
		}
		return name;
	}

	private static int settingsPort(Path file, XMLStreamReader reader, int inherited)
			throws XMLStreamException, ImportException {
		String where = Xml.where(reader);
		boolean fromParent = "FromParent".equals(reader.getAttributeValue(null, "inherit"));
		int port = inherited;
		while (reader.hasNext()) { // bounded by the document
			int event = reader.next();
			if (event == XMLStreamReader.END_ELEMENT) {
				return port;
			}
			if (event == XMLStreamReader.START_ELEMENT) {
				if (reader.getLocalName().equals("port") && !fromParent) {
					port = Ports.parse(file, where, Xml.text(reader), inherited);
				} else {
					Xml.skip(reader);
				}
			}
		}
		return port;
	}

	private static ImportedHost server(Path file, XMLStreamReader reader, List<String> path, int inherited)
			throws XMLStreamException, ImportException {
		String where = Xml.where(reader);
		String name = null;
		String display = null;
		String comment = "";
		String user = "";
		int port = inherited;
		while (reader.hasNext()) { // bounded by the document
			int event = reader.next();
			if (event == XMLStreamReader.END_ELEMENT) {
				break;
			}
			if (event != XMLStreamReader.START_ELEMENT) {
				continue;
			}
			switch (reader.getLocalName()) {
			case "properties" -> { // schema 3
				String[] p = serverProperties(reader);
				name = p[0];
				display = p[1];
				comment = p[2] == null ? comment : p[2];
			}
			case "name" -> name = Xml.text(reader); // schema 1
			case "displayName" -> display = Xml.text(reader);
			case "comment" -> comment = Xml.text(reader);
			case "connectionSettings" -> port = settingsPort(file, reader, inherited);
			case "logonCredentials" -> user = userName(reader);
			default -> Xml.skip(reader);
			}
		}
		if (name == null || name.isEmpty()) {
			throw new ImportException(file, where, "a <server> without a <name>");
		}
		String notes = comment + (display != null && !display.isEmpty() && !display.equals(name)
				? (comment.isEmpty() ? "" : "\n") + "RDCMan display name: " + display : "");
		return new ImportedHost(path, name, "", port, user, notes, List.of(), file.getFileName() + ", " + where);
	}

	private static String[] serverProperties(XMLStreamReader reader) throws XMLStreamException {
		String[] values = new String[3];
		while (reader.hasNext()) { // bounded by the document
			int event = reader.next();
			if (event == XMLStreamReader.END_ELEMENT) {
				return values;
			}
			if (event == XMLStreamReader.START_ELEMENT) {
				switch (reader.getLocalName()) {
				case "name" -> values[0] = Xml.text(reader);
				case "displayName" -> values[1] = Xml.text(reader);
				case "comment" -> values[2] = Xml.text(reader);
				default -> Xml.skip(reader);
				}
			}
		}
		return values;
	}

	/** @return {@code DOMAIN\\user} or {@code user}; the password element is skipped unread */
	private static String userName(XMLStreamReader reader) throws XMLStreamException {
		String user = "";
		String domain = "";
		while (reader.hasNext()) { // bounded by the document
			int event = reader.next();
			if (event == XMLStreamReader.END_ELEMENT) {
				break;
			}
			if (event == XMLStreamReader.START_ELEMENT) {
				switch (reader.getLocalName()) {
				case "userName" -> user = Xml.text(reader);
				case "domain" -> domain = Xml.text(reader);
				default -> Xml.skip(reader);
				}
			}
		}
		return domain.isEmpty() || user.isEmpty() ? user : domain + "\\" + user;
	}
}
