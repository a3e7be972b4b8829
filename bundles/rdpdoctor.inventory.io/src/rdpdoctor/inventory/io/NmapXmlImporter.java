package rdpdoctor.inventory.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import rdpdoctor.core.inventory.IInventoryImporter;
import rdpdoctor.core.inventory.ImportException;
import rdpdoctor.core.inventory.ImportedHost;

/**
 * nmap's XML output ({@code -oX}): every host with an open TCP port that is 3389 or runs the {@code ms-wbt-server}
 * service becomes a host (its PTR name if nmap found one, else its address), one per such port.
 */
public class NmapXmlImporter implements IInventoryImporter {

	@Override
	public boolean accepts(Path file) {
		return Xml.named(file, ".xml") && Xml.starts(file, "<nmaprun");
	}

	@Override
	public List<ImportedHost> read(Path file) throws IOException {
		return Xml.read(file, reader -> {
			Xml.root(file, reader, "nmaprun", "nmap XML");
			List<ImportedHost> hosts = new ArrayList<>();
			while (reader.hasNext()) { // bounded by the document
				if (reader.next() == XMLStreamReader.START_ELEMENT && reader.getLocalName().equals("host")) {
					host(file, reader, hosts);
				}
			}
			return hosts;
		});
	}

	private static void host(Path file, XMLStreamReader reader, List<ImportedHost> hosts)
			throws XMLStreamException, ImportException {
		String where = Xml.where(reader);
		String address = "";
		String name = "";
		List<Integer> ports = new ArrayList<>();
		int depth = 1;
		int port = -1;
		boolean open = false;
		String service = "";
		while (depth > 0 && reader.hasNext()) { // bounded by the document
			int event = reader.next();
			if (event == XMLStreamReader.START_ELEMENT) {
				depth++;
				switch (reader.getLocalName()) {
				case "address" -> {
					String type = String.valueOf(reader.getAttributeValue(null, "addrtype"));
					if (address.isEmpty() && (type.equals("ipv4") || type.equals("ipv6"))) {
						address = String.valueOf(reader.getAttributeValue(null, "addr"));
					}
				}
				case "hostname" -> {
					if (name.isEmpty()) {
						name = String.valueOf(reader.getAttributeValue(null, "name"));
					}
				}
				case "port" -> {
					port = Ports.parse(file, Xml.where(reader), reader.getAttributeValue(null, "portid"), -1);
					open = false;
					service = "";
					if (!"tcp".equals(reader.getAttributeValue(null, "protocol"))) {
						port = -1;
					}
				}
				case "state" -> open = "open".equals(reader.getAttributeValue(null, "state"));
				case "service" -> service = String.valueOf(reader.getAttributeValue(null, "name"));
				default -> {
					// other details are not needed
				}
				}
			} else if (event == XMLStreamReader.END_ELEMENT) {
				depth--;
				if (reader.getLocalName().equals("port") && port > 0 && open
						&& (port == 3389 || service.equals("ms-wbt-server"))) {
					ports.add(port);
				}
			}
		}
		if (address.isEmpty() && !ports.isEmpty()) {
			throw new ImportException(file, where, "a <host> with an open RDP port but no address");
		}
		for (int p : ports) {
			hosts.add(new ImportedHost(List.of(), name.isEmpty() ? address : name, address, p, "",
					"Found by nmap", List.of("nmap"), file.getFileName() + ", " + where));
		}
	}
}
