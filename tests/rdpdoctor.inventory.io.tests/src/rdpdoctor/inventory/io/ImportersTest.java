package rdpdoctor.inventory.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rdpdoctor.core.inventory.ImportException;
import rdpdoctor.core.inventory.ImportResult;
import rdpdoctor.core.inventory.ImportedHost;
import rdpdoctor.core.inventory.InventoryMerge;
import rdpdoctor.core.inventory.InventoryWalk;
import rdpdoctor.model.Inventory;
import rdpdoctor.model.ModelFactory;

/**
 * Every importer against sample files written from each tool's documented format (samples/), including nested
 * groups, UTF-16 with BOM, stored credentials that must be ignored, and malformed files.
 */
class ImportersTest {

	private static final Path SAMPLES = Path.of("samples");

	@TempDir
	Path dir;

	private static String summary(List<ImportedHost> hosts) {
		return hosts.stream().map(h -> String.join("/", h.groupPath()) + "|" + h.name() + ":" + h.port() + "|"
				+ rdpdoctor.core.inventory.RdpUsers.qualified(h.user(), h.domain())).collect(Collectors.joining("\n"));
	}

	@Test
	void csvWithSemicolonsQuotesAndNestedFolders() throws IOException {
		List<ImportedHost> hosts = new CsvImporter().read(SAMPLES.resolve("servers.csv")).hosts();

		assertEquals("""
				Berlin/Terminal servers|ts01.contoso.com:3389|CONTOSO\\admin
				Berlin/Terminal servers|ts02.contoso.com:3390|
				|jump.contoso.com:3389|bob@contoso.com""", summary(hosts));
		assertEquals("rdg.contoso.com", hosts.get(0).gateway());
		assertEquals("10.1.0.11", hosts.get(0).address());
		assertEquals(List.of("prod", "rds"), hosts.get(0).tags());
		assertEquals("Main farm; node 1", hosts.get(0).notes());
		assertEquals("Says \"hello\"\non two lines", hosts.get(1).notes());
	}

	@Test
	void aBadPortSkipsItsRowNamingTheFileAndLineAndTheRestIsImported() throws IOException {
		ImportResult result = new CsvImporter().read(SAMPLES.resolve("bad-port.csv"));
		assertEquals("|ok.example:3389|", summary(result.hosts()));
		assertEquals(1, result.skipped().size());
		assertTrue(result.skipped().get(0).contains("bad-port.csv, line 4"), result.skipped().toString());
		assertTrue(result.skipped().get(0).contains("99999"), result.skipped().toString());
	}

	@Test
	void rdpFilesInUtf16WithBomAndAFolderTree() throws IOException {
		RdpFileImporter importer = new RdpFileImporter();
		assertTrue(importer.accepts(SAMPLES.resolve("rdp-folder")));

		List<ImportedHost> hosts = importer.read(SAMPLES.resolve("rdp-folder")).hosts();

		assertEquals("""
				Berlin|ts03.contoso.com:3391|CONTOSO\\admin
				|10.1.0.20:3392|bob""", summary(hosts));
		assertEquals("rdg.contoso.com", hosts.get(0).gateway());
		assertFalse(hosts.get(0).notes().contains("01000000D08C"), "the password blob is never read");
	}

	@Test
	void anRdpFileWithoutAddressIsRefused() {
		ImportException e = assertThrows(ImportException.class,
				() -> new RdpFileImporter().read(SAMPLES.resolve("no-address.rdp")));
		assertTrue(e.getMessage().contains("no-address.rdp") && e.getMessage().contains("full address"));
	}

	@Test
	void rdcmanSchema3NestedGroupsPortsAndInheritance() throws IOException {
		List<ImportedHost> hosts = new RdcManImporter().read(SAMPLES.resolve("rdcman-v3.rdg")).hosts();

		assertEquals("""
				Berlin|ts01.contoso.com:3390|CONTOSO\\admin
				Berlin/DMZ|gw01.contoso.com:3400|
				|jump.contoso.com:3389|""", summary(hosts));
		assertTrue(hosts.get(0).notes().contains("Terminal server 1"));
		assertEquals("the jump host", hosts.get(2).notes());
		assertFalse(summary(hosts).contains("AQAAANCM"), "DPAPI passwords are never read");
	}

	@Test
	void rdcmanSchema1() throws IOException {
		assertEquals("Legacy|old01.contoso.com:3389|",
				summary(new RdcManImporter().read(SAMPLES.resolve("rdcman-v1.rdg")).hosts()));
	}

	@Test
	void aBrokenRdgNamesTheLine() {
		ImportException e = assertThrows(ImportException.class,
				() -> new RdcManImporter().read(SAMPLES.resolve("broken.rdg")));
		assertTrue(e.getMessage().startsWith(SAMPLES.resolve("broken.rdg") + ", line 8"), e.getMessage());
	}

	@Test
	void mremotengContainersAndRdpConnectionsOnly() throws IOException {
		MRemoteNgImporter importer = new MRemoteNgImporter();
		assertTrue(importer.accepts(SAMPLES.resolve("confCons.xml")));

		List<ImportedHost> hosts = importer.read(SAMPLES.resolve("confCons.xml")).hosts();

		assertEquals("""
				Berlin|ts01.contoso.com:3389|CONTOSO\\admin
				Berlin/Linux|xrdp01.contoso.com:3390|
				|jump.contoso.com:3389|""", summary(hosts));
		assertEquals("rdg.contoso.com", hosts.get(0).gateway());
		assertEquals(List.of("admin", "CONTOSO"), List.of(hosts.get(0).user(), hosts.get(0).domain()));
		assertFalse(hosts.toString().contains("U2FsdGVk"), "passwords are never read");
	}

	@Test
	void aFullyEncryptedMremotengFileSaysHowToExportIt() {
		ImportException e = assertThrows(ImportException.class,
				() -> new MRemoteNgImporter().read(SAMPLES.resolve("confCons-encrypted.xml")));
		assertTrue(e.getMessage().contains("fully encrypted"), e.getMessage());
	}

	@Test
	void nmapHostsWithAnOpenRdpPortOnly() throws IOException {
		NmapXmlImporter importer = new NmapXmlImporter();
		assertTrue(importer.accepts(SAMPLES.resolve("nmap.xml")));
		assertFalse(new MRemoteNgImporter().accepts(SAMPLES.resolve("nmap.xml")));

		List<ImportedHost> hosts = importer.read(SAMPLES.resolve("nmap.xml")).hosts();

		assertEquals("""
				|ts01.contoso.com:3389|
				|10.1.0.12:3390|""", summary(hosts));
		assertEquals("10.1.0.11", hosts.get(0).address());
	}

	@Test
	void mergingTwiceAddsNothingAndGroupsAreShared() throws IOException {
		Inventory inventory = ModelFactory.eINSTANCE.createInventory();
		List<ImportedHost> rdg = new RdcManImporter().read(SAMPLES.resolve("rdcman-v3.rdg")).hosts();
		List<ImportedHost> mrng = new MRemoteNgImporter().read(SAMPLES.resolve("confCons.xml")).hosts();

		assertEquals(new InventoryMerge.Result(3, 0), InventoryMerge.merge(inventory, rdg));
		assertEquals(new InventoryMerge.Result(2, 1), InventoryMerge.merge(inventory, mrng),
				"ts01:3389 is new (the rdg has it on 3390), xrdp01 too; jump is known");
		assertEquals(new InventoryMerge.Result(0, 6), InventoryMerge.merge(inventory,
				java.util.stream.Stream.concat(rdg.stream(), mrng.stream()).toList()));
		assertEquals(1, inventory.getGroups().size(), "one Berlin group for both files");
	}

	@Test
	void csvExportImportsBackUnchanged() throws IOException {
		Inventory inventory = ModelFactory.eINSTANCE.createInventory();
		InventoryMerge.merge(inventory, new CsvImporter().read(SAMPLES.resolve("servers.csv")).hosts());
		Path csv = dir.resolve("export.csv");
		StringWriter text = new StringWriter();
		CsvExporter.write(inventory, text);
		Files.writeString(csv, text.toString());

		Inventory again = ModelFactory.eINSTANCE.createInventory();
		InventoryMerge.merge(again, new CsvImporter().read(csv).hosts());

		assertEquals(InventoryWalk.entries(inventory).stream().map(ImportersTest::exported).toList(),
				InventoryWalk.entries(again).stream().map(ImportersTest::exported).toList());
		assertTrue(InventoryWalk.entries(again).stream().anyMatch(e -> "rdg.contoso.com".equals(e.host()
				.getRdpGateway()) && "CONTOSO".equals(e.host().getRdpDomain())), text.toString());
	}

	private static String exported(InventoryWalk.Entry e) {
		return e.groupPath() + e.host().getName() + e.host().getRdpPort() + e.host().getNotes() + e.host().getTags()
				+ "|" + e.host().getRdpUser() + "|" + e.host().getRdpDomain() + "|" + e.host().getRdpGateway();
	}
}
