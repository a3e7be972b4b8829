package rdpdoctor.inventory.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import rdpdoctor.core.inventory.IInventoryImporter;
import rdpdoctor.core.inventory.ImportException;
import rdpdoctor.core.inventory.ImportResult;
import rdpdoctor.core.inventory.ImportedHost;

/**
 * nmap's XML output ({@code -oX}): every host with an open TCP port that is 3389 or runs an RDP service becomes a
 * host (its PTR name if nmap found one, else its address), one per such port. nmap has named the service
 * {@code ms-wbt-server} since 2007; older versions and other scanners wrote {@code microsoft-rdp} or
 * {@code ms-term-serv}.
 */
public class NmapXmlImporter implements IInventoryImporter {

	private static final Set<String> RDP_SERVICES = Set.of("ms-wbt-server", "microsoft-rdp", "ms-term-serv");

	@Override
	public boolean accepts(Path file) {
		return Xml.named(file, ".xml") && Xml.rootIs(file, "nmaprun");
	}

	@Override
	public ImportResult read(Path file) throws IOException {
		return Xml.read(file, reader -> {
			Xml.root(file, reader, "nmaprun", "nmap XML");
			Entries hosts = new Entries(file);
			while (reader.hasNext()) { // bounded by the document
				if (reader.next() == XMLStreamReader.START_ELEMENT && reader.getLocalName().equals("host")) {
					host(file, reader, hosts);
				}
			}
			return hosts.result();
		});
	}

	private static void host(Path file, XMLStreamReader reader, Entries hosts)
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
					String portId = reader.getAttributeValue(null, "portid");
					port = portId != null && portId.strip().matches("\\d{1,5}") ? Integer.parseInt(portId.strip()) : -1;
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
						&& (port == 3389 || RDP_SERVICES.contains(service))) {
					ports.add(port);
				}
			}
		}
		if (address.isEmpty() && !ports.isEmpty()) {
			hosts.skip(where, "a <host> with an open RDP port but no address");
			return;
		}
		for (int p : ports) {
			String dial = name.isEmpty() ? address : name;
			String found = address;
			hosts.add(where, () -> new ImportedHost(List.of(), dial, found, p, "", "Found by nmap", List.of("nmap"),
					file.getFileName() + ", " + where));
		}
	}
}
