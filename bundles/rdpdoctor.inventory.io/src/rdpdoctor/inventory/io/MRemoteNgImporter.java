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
 * mRemoteNG connection files ({@code confCons.xml}): nested {@code <Node Type="Container">} become groups, each
 * {@code <Node Type="Connection" Protocol="RDP">} a host ({@code Hostname}, {@code Port}, {@code Username},
 * {@code Domain}, {@code Descr}). Other protocols are left out; the encrypted {@code Password} is never read. A file
 * saved with full-file encryption cannot be read and says so.
 */
public class MRemoteNgImporter implements IInventoryImporter {

	@Override
	public boolean accepts(Path file) {
		return Xml.named(file, ".xml") && Xml.starts(file, "Connections");
	}

	@Override
	public List<ImportedHost> read(Path file) throws IOException {
		return Xml.read(file, reader -> {
			Xml.root(file, reader, "Connections", "an mRemoteNG file");
			if ("true".equalsIgnoreCase(reader.getAttributeValue(null, "FullFileEncryption"))) {
				throw new ImportException(file, Xml.where(reader), "the file is fully encrypted: export the "
						+ "connections from mRemoteNG without full-file encryption");
			}
			List<ImportedHost> hosts = new ArrayList<>();
			nodes(file, reader, new ArrayList<>(), hosts);
			return hosts;
		});
	}

	private static void nodes(Path file, XMLStreamReader reader, List<String> path, List<ImportedHost> hosts)
			throws XMLStreamException, ImportException {
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
			if (type.equals("Container")) {
				path.add(name.isEmpty() ? "(unnamed)" : name);
				nodes(file, reader, path, hosts);
				path.remove(path.size() - 1);
			} else if (type.equals("Connection")) {
				if (attribute(reader, "Protocol").equalsIgnoreCase("RDP")) {
					hosts.add(connection(file, reader, where, path, name));
				}
				Xml.skip(reader);
			} else {
				throw new ImportException(file, where, "Node Type '" + type + "' is neither Container nor Connection");
			}
		}
	}

	private static ImportedHost connection(Path file, XMLStreamReader reader, String where, List<String> path,
			String name) throws ImportException {
		String host = attribute(reader, "Hostname");
		if (host.isEmpty()) {
			throw new ImportException(file, where, "RDP connection '" + name + "' has no Hostname");
		}
		int port = Ports.parse(file, where, attribute(reader, "Port"), Target.DEFAULT_RDP_PORT);
		String user = attribute(reader, "Username");
		String domain = attribute(reader, "Domain");
		String notes = attribute(reader, "Descr");
		if (!name.isEmpty() && !name.equalsIgnoreCase(host)) {
			notes = notes + (notes.isEmpty() ? "" : "\n") + "mRemoteNG name: " + name;
		}
		String gateway = attribute(reader, "RDGatewayHostname");
		if (!gateway.isEmpty()) {
			notes = notes + (notes.isEmpty() ? "" : "\n") + "RD Gateway: " + gateway;
		}
		return new ImportedHost(List.copyOf(path), host, "", port,
				domain.isEmpty() || user.isEmpty() ? user : domain + "\\" + user, notes, List.of(),
				file.getFileName() + ", " + where);
	}

	private static String attribute(XMLStreamReader reader, String name) {
		String value = reader.getAttributeValue(null, name);
		return value == null ? "" : value.trim();
	}
}
