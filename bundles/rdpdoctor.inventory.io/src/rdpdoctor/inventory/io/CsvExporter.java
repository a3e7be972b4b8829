package rdpdoctor.inventory.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import rdpdoctor.core.Untrusted;
import rdpdoctor.core.inventory.InventoryWalk;
import rdpdoctor.model.Host;
import rdpdoctor.model.Inventory;

/**
 * Writes an inventory as CSV in the columns {@link CsvImporter} reads, so an export imports back unchanged; cells a
 * spreadsheet would run as formulas are neutralised ({@link Untrusted#csvCell(String)}).
 */
public final class CsvExporter {

	/** The header line. */
	public static final String HEADER = "name,address,port,group,user,domain,gateway,tags,notes";

	private CsvExporter() {
	}

	/**
	 * @param inventory the inventory
	 * @param out       where the CSV goes (UTF-8 is the caller's choice)
	 * @throws IOException when writing fails
	 */
	public static void write(Inventory inventory, Writer out) throws IOException {
		out.write(HEADER + "\r\n");
		for (InventoryWalk.Entry entry : InventoryWalk.entries(inventory)) {
			Host h = entry.host();
			out.write(String.join(",", List.of(quote(h.getName()), quote(h.getAddress()),
					String.valueOf(h.getRdpPort()), quote(String.join("/", entry.groupPath())),
					quote(h.getRdpUser()), quote(h.getRdpDomain()), quote(h.getRdpGateway()),
					quote(String.join(";", h.getTags())), quote(h.getNotes()))) + "\r\n");
		}
	}

	private static String quote(String value) {
		return Untrusted.csvCell(value);
	}
}
