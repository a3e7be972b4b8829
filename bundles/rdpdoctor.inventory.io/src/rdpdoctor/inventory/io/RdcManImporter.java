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
import rdpdoctor.core.inventory.ImportResult;
import rdpdoctor.core.inventory.ImportedHost;

/**
 * Remote Desktop Connection Manager files ({@code .rdg}), schema 1 (RDCMan 2.2) and schema 3 (2.7 and later): nested
 * {@code <group>}s become groups, each {@code <server>} a host. Settings follow RDCMan's inheritance: a
 * {@code connectionSettings} (port), {@code logonCredentials} (user, domain) or {@code gatewaySettings} element with
 * {@code inherit="FromParent"}, or none at all, takes its group's (up to the file's, then RDCMan's defaults); one with
 * {@code inherit="None"} is the node's own. Schema 1 keeps a group's settings inside its {@code <properties>}, schema
 * 3 beside them; both are read. A server listed in several groups is imported in each. Stored passwords are
 * DPAPI-encrypted and never read; only the user name is kept. A server without a name is skipped and listed.
 */
public class RdcManImporter implements IInventoryImporter {

	/** The settings a node has after inheritance. */
	private record Settings(int port, String user, String domain, String gateway) {
		static final Settings DEFAULTS = new Settings(Target.DEFAULT_RDP_PORT, "", "", "");
	}

	/** What a {@code <server>} says of itself. */
	private static final class Server {
		String name;
		String display;
		String comment = "";
		Settings settings;
	}

	@Override
	public boolean accepts(Path file) {
		return Xml.named(file, ".rdg");
	}

	@Override
	public ImportResult read(Path file) throws IOException {
		return Xml.read(file, reader -> {
			Xml.root(file, reader, "RDCMan", "an RDCMan file");
			String schema = reader.getAttributeValue(null, "schemaVersion");
			if (schema != null && !schema.equals("1") && !schema.equals("3")) {
				throw new ImportException(file, Xml.where(reader), "RDCMan schema " + schema + " is not supported "
						+ "(1 and 3 are)");
			}
			Entries entries = new Entries(file);
			while (reader.hasNext()) { // bounded by the document
				if (reader.next() == XMLStreamReader.START_ELEMENT) {
					if (reader.getLocalName().equals("file")) {
						container(file, reader, new ArrayList<>(), Settings.DEFAULTS, entries, true);
					} else {
						Xml.skip(reader);
					}
				}
			}
			return entries.result();
		});
	}

	/** Reads a {@code <file>} or {@code <group>} up to its end tag. */
	private static void container(Path file, XMLStreamReader reader, List<String> path, Settings inherited,
			Entries entries, boolean isFile) throws XMLStreamException, ImportException {
		Settings own = inherited;
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
				Server properties = new Server();
				properties.settings = own;
				properties(file, reader, properties, inherited);
				own = properties.settings;
				if (!isFile && properties.name != null && !named) {
					path.add(properties.name);
					named = true;
				}
			}
			case "name" -> { // schema 1 writers that put the group's name straight inside it
				String name = Xml.text(reader);
				if (!isFile && !named) {
					path.add(name);
					named = true;
				}
			}
			case "connectionSettings", "logonCredentials", "gatewaySettings" ->
				own = settings(file, reader, own, inherited);
			case "group" -> container(file, reader, path, own, entries, false);
			case "server" -> server(file, reader, List.copyOf(path), own, entries);
			default -> Xml.skip(reader);
			}
		}
	}

	/** Reads a {@code <properties>}: name, display name, comment and, in schema 1, the node's settings. */
	private static void properties(Path file, XMLStreamReader reader, Server into, Settings inherited)
			throws XMLStreamException, ImportException {
		while (reader.hasNext()) { // bounded by the document
			int event = reader.next();
			if (event == XMLStreamReader.END_ELEMENT) {
				return;
			}
			if (event == XMLStreamReader.START_ELEMENT) {
				element(file, reader, into, inherited);
			}
		}
	}

	/** One element of a server or of a properties block. */
	private static void element(Path file, XMLStreamReader reader, Server into, Settings inherited)
			throws XMLStreamException, ImportException {
		switch (reader.getLocalName()) {
		case "name" -> into.name = Xml.text(reader);
		case "displayName" -> into.display = Xml.text(reader);
		case "comment" -> into.comment = Xml.text(reader);
		case "properties" -> properties(file, reader, into, inherited);
		case "connectionSettings", "logonCredentials", "gatewaySettings" ->
			into.settings = settings(file, reader, into.settings, inherited);
		default -> Xml.skip(reader);
		}
	}

	private static void server(Path file, XMLStreamReader reader, List<String> path, Settings inherited,
			Entries entries) throws XMLStreamException, ImportException {
		String where = Xml.where(reader);
		Server server = new Server();
		server.settings = inherited;
		ImportException problem = null;
		while (reader.hasNext()) { // bounded by the document
			int event = reader.next();
			if (event == XMLStreamReader.END_ELEMENT) {
				break;
			}
			if (event == XMLStreamReader.START_ELEMENT) {
				try {
					element(file, reader, server, inherited);
				} catch (ImportException e) { // a bad value (read whole): this server is skipped, the file goes on
					problem = problem == null ? e : problem;
				}
			}
		}
		ImportException bad = problem;
		entries.add(where, () -> {
			if (bad != null) {
				throw bad;
			}
			return host(file, where, path, server);
		});
	}

	private static ImportedHost host(Path file, String where, List<String> path, Server server)
			throws ImportException {
		if (server.name == null || server.name.isEmpty()) {
			throw new ImportException(file, where, "a <server> without a <name>");
		}
		String notes = server.comment + (server.display != null && !server.display.isEmpty()
				&& !server.display.equals(server.name)
						? (server.comment.isEmpty() ? "" : "\n") + "RDCMan display name: " + server.display
						: "");
		Settings s = server.settings;
		return new ImportedHost(path, server.name, "", s.port(), s.user(), s.domain(), s.gateway(), notes, List.of(),
				file.getFileName() + ", " + where);
	}

	/**
	 * Reads one settings element: with {@code inherit="FromParent"} the parent's values of its kind stay, else the
	 * element's own (RDCMan's default where it says nothing).
	 */
	private static Settings settings(Path file, XMLStreamReader reader, Settings current, Settings parent)
			throws XMLStreamException, ImportException {
		String kind = reader.getLocalName();
		String where = Xml.where(reader);
		if ("FromParent".equals(reader.getAttributeValue(null, "inherit"))) {
			Xml.skip(reader);
			return switch (kind) {
			case "connectionSettings" -> new Settings(parent.port(), current.user(), current.domain(),
					current.gateway());
			case "logonCredentials" -> new Settings(current.port(), parent.user(), parent.domain(), current.gateway());
			default -> new Settings(current.port(), current.user(), current.domain(), parent.gateway());
			};
		}
		String port = "";
		String user = "";
		String domain = "";
		String host = "";
		boolean enabled = false;
		while (reader.hasNext()) { // bounded by the document; the password element is skipped unread
			int event = reader.next();
			if (event == XMLStreamReader.END_ELEMENT) {
				break;
			}
			if (event == XMLStreamReader.START_ELEMENT) {
				switch (reader.getLocalName()) {
				case "port" -> port = Xml.text(reader);
				case "userName" -> user = Xml.text(reader);
				case "domain" -> domain = Xml.text(reader);
				case "hostName" -> host = Xml.text(reader);
				case "enabled" -> enabled = Boolean.parseBoolean(Xml.text(reader));
				default -> Xml.skip(reader);
				}
			}
		}
		return switch (kind) {
		case "connectionSettings" -> new Settings(Ports.parse(file, where, port, Target.DEFAULT_RDP_PORT),
				current.user(), current.domain(), current.gateway());
		case "logonCredentials" -> new Settings(current.port(), user, domain, current.gateway());
		default -> new Settings(current.port(), current.user(), current.domain(), enabled ? host : "");
		};
	}
}
