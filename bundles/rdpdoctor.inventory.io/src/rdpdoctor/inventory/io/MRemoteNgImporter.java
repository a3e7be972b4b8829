package rdpdoctor.inventory.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import rdpdoctor.core.inventory.IInventoryImporter;
import rdpdoctor.core.inventory.ImportException;
import rdpdoctor.core.inventory.ImportResult;
import rdpdoctor.core.inventory.ImportedHost;

/**
 * mRemoteNG connection files ({@code confCons.xml}, versions 2.x): nested {@code <Node Type="Container">} become
 * groups, each {@code <Node Type="Connection">} whose protocol is RDP a host ({@code Hostname}, {@code Port},
 * {@code Username}, {@code Domain}, {@code Descr}). A node's {@code InheritProtocol}, {@code InheritPort},
 * {@code InheritHostname}, {@code InheritUsername}, {@code InheritDomain} and {@code InheritRDGatewayHostname} take
 * the value of its container, as mRemoteNG does (the root's are mRemoteNG's defaults: RDP, port 3389). Other
 * protocols are left out; an RDP connection without a host name is skipped and listed; the encrypted
 * {@code Password} is never read. A file saved with full-file encryption cannot be read and says so.
 */
public class MRemoteNgImporter implements IInventoryImporter {

	private static final String ENCRYPTED = "the file is fully encrypted (mRemoteNG's full-file encryption): in "
			+ "mRemoteNG, untick Tools > Options > Security > Encrypt complete connection file and save, or export "
			+ "the connections (File > Export to File, mRemoteNG XML) without it";

	/** What a node inherits: the effective values of its container. */
	private record Inherited(String protocol, String port, String hostname, String username, String domain,
			String gateway) {
		static final Inherited DEFAULTS = new Inherited("RDP", "3389", "", "", "", "");

		/** @return the values of the node the reader is on, each its own or its container's as it says */
		Inherited of(XMLStreamReader node) {
			return new Inherited(value(node, "Protocol", protocol), value(node, "Port", port),
					value(node, "Hostname", hostname), value(node, "Username", username),
					value(node, "Domain", domain), value(node, "RDGatewayHostname", gateway));
		}

		private static String value(XMLStreamReader node, String name, String inherited) {
			return "true".equalsIgnoreCase(attribute(node, "Inherit" + name)) ? inherited : attribute(node, name);
		}
	}

	@Override
	public boolean accepts(Path file) {
		return Xml.named(file, ".xml") && (Xml.rootIs(file, "Connections") || Xml.base64Only(file));
	}

	@Override
	public ImportResult read(Path file) throws IOException {
		if (!Xml.rootIs(file, "Connections") && Xml.base64Only(file)) {
			throw new ImportException(file, "", ENCRYPTED + " (mRemoteNG 2.5 and older write no XML at all then)");
		}
		return Xml.read(file, reader -> {
			Xml.root(file, reader, "Connections", "an mRemoteNG file");
			if ("true".equalsIgnoreCase(reader.getAttributeValue(null, "FullFileEncryption"))) {
				throw new ImportException(file, Xml.where(reader), ENCRYPTED);
			}
			Entries entries = new Entries(file);
			nodes(file, reader, new ArrayList<>(), Inherited.DEFAULTS, entries);
			return entries.result();
		});
	}

	private static void nodes(Path file, XMLStreamReader reader, List<String> path, Inherited parent,
			Entries entries) throws XMLStreamException, ImportException {
		while (reader.hasNext()) { // bounded by the document
			int event = reader.next();
			if (event == XMLStreamReader.END_ELEMENT) {
				return;
			}
			if (event != XMLStreamReader.START_ELEMENT) {
				continue;
			}
			if (!reader.getLocalName().equals("Node")) {
				Xml.skip(reader);
				continue;
			}
			String where = Xml.where(reader);
			String type = attribute(reader, "Type");
			String name = attribute(reader, "Name");
			Inherited own = parent.of(reader);
			if (type.equalsIgnoreCase("Container")) {
				path.add(name.isEmpty() ? "(unnamed)" : name);
				nodes(file, reader, path, own, entries);
				path.remove(path.size() - 1);
			} else if (type.equalsIgnoreCase("Connection")) {
				if (own.protocol().equalsIgnoreCase("RDP")) {
					List<String> groups = List.copyOf(path);
					entries.add(where, () -> connection(file, where, groups, name, own, attribute(reader, "Descr")));
				}
				Xml.skip(reader);
			} else {
				entries.skip(where, "Node Type '" + type + "' is neither Container nor Connection");
				Xml.skip(reader);
			}
		}
	}

	private static ImportedHost connection(Path file, String where, List<String> path, String name, Inherited own,
			String description) throws ImportException {
		if (own.hostname().isEmpty()) {
			throw new ImportException(file, where, "RDP connection '" + name + "' has an empty Hostname");
		}
		int port = Ports.parse(file, where, own.port(), 3389);
		String notes = description;
		if (!name.isEmpty() && !name.equalsIgnoreCase(own.hostname())) {
			notes = notes + (notes.isEmpty() ? "" : "\n") + "mRemoteNG name: " + name;
		}
		return new ImportedHost(path, own.hostname(), "", port, own.username(), own.domain(), own.gateway(), notes,
				List.of(), file.getFileName() + ", " + where);
	}

	private static String attribute(XMLStreamReader reader, String name) {
		String value = reader.getAttributeValue(null, name);
		return value == null ? "" : value.trim();
	}

}
