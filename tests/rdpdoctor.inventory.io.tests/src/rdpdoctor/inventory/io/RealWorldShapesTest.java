package rdpdoctor.inventory.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import rdpdoctor.core.inventory.ImportException;
import rdpdoctor.core.inventory.ImportResult;
import rdpdoctor.core.inventory.ImportedHost;
import rdpdoctor.core.inventory.InventoryMerge;
import rdpdoctor.core.inventory.InventoryWalk;
import rdpdoctor.model.Inventory;
import rdpdoctor.model.ModelFactory;

/**
 * The shapes real inventory files have that the first importers got wrong (found importing 61 files from public
 * repositories): inheritance in RDCMan and mRemoteNG, entries without a host, a user name that already names its
 * domain, a server in several groups, mRemoteNG 2.5's encrypted files, older nmap service names and a long comment
 * before nmap's root, hostile CSV fields.
 */
class RealWorldShapesTest {

	private static final Path SAMPLES = Path.of("samples");

	private static String summary(List<ImportedHost> hosts) {
		return hosts.stream().map(h -> String.join("/", h.groupPath()) + "|" + h.name() + ":" + h.port() + "|"
				+ rdpdoctor.core.inventory.RdpUsers.qualified(h.user(), h.domain())).collect(Collectors.joining("\n"));
	}

	@Test
	void rdcmanSchema1InheritsTheFilesPortAndTheGroupsCredentials() throws IOException {
		ImportResult result = new RdcManImporter().read(SAMPLES.resolve("rdcman-v1-inherited.rdg"));

		assertEquals("""
				Web|web01.lab.test:9999|CORP\\alice
				Web|shared.lab.test:9999|CORP\\alice
				Databases|shared.lab.test:3390|CORP\\bob""", summary(result.hosts()),
				"the file's port 9999 and the group's user reach servers that say nothing or FromParent; "
						+ "CORP\\\\alice with domain CORP stays CORP\\\\alice");
		assertEquals(2, result.skipped().size(), result.skipped().toString());
		assertTrue(result.skipped().get(0).contains("70000"), result.skipped().get(0));
		assertTrue(result.skipped().get(1).contains("without a <name>"), result.skipped().get(1));
		assertTrue(result.skipped().get(1).contains("rdcman-v1-inherited.rdg, element <server> at line 6"),
				result.skipped().get(1));
		assertFalse(result.hosts().toString().contains("AQAAANCM"), "DPAPI passwords are never read");
	}

	@Test
	void rdcmanSchema3InheritsPortsGatewayAndCredentialsBesideProperties() throws IOException {
		ImportResult result = new RdcManImporter().read(SAMPLES.resolve("rdcman-v3-inherited.rdg"));

		assertEquals("""
				Branch|b01.fleet.test:3391|carol@fleet.test
				Branch|b02.fleet.test:3392|carol@fleet.test""", summary(result.hosts()));
		assertEquals("rdg.fleet.test", result.hosts().get(0).gateway());
		assertEquals("", result.hosts().get(1).gateway(), "b02 turns the gateway off");
		assertEquals(List.of(), result.skipped());
	}

	@Test
	void aServerInSeveralGroupsStaysInEachGroup() throws IOException {
		Inventory inventory = ModelFactory.eINSTANCE.createInventory();
		List<ImportedHost> hosts = new RdcManImporter().read(SAMPLES.resolve("rdcman-v1-inherited.rdg")).hosts();
		assertEquals(new InventoryMerge.Result(3, 0), InventoryMerge.merge(inventory, hosts));
		assertEquals(List.of("[Web] shared.lab.test", "[Databases] shared.lab.test"),
				InventoryWalk.entries(inventory).stream().filter(e -> e.host().getName().startsWith("shared"))
						.map(e -> e.groupPath() + " " + e.host().getName()).toList());
		assertEquals(new InventoryMerge.Result(0, 3), InventoryMerge.merge(inventory, hosts), "importing twice");
	}

	@Test
	void mremotengInheritFlagsTakeTheContainersValues() throws IOException {
		ImportResult result = new MRemoteNgImporter().read(SAMPLES.resolve("confCons-inherited.xml"));

		assertEquals("""
				Ops|app01.ops.test:3390|OPS\\ops
				Ops/Nested|deep.ops.test:3390|CORP\\dave
				|top.ops.test:3389|""", summary(result.hosts()),
				"app01 is SSH2 on 22 itself but inherits RDP and 3390; Nested inherits them and passes them on; "
						+ "top inherits the defaults; own ssh stays out");
		assertEquals(1, result.skipped().size(), result.skipped().toString());
		assertTrue(result.skipped().get(0).contains("'forgotten' has an empty Hostname"), result.skipped().get(0));
		assertTrue(result.skipped().get(0).contains("line 6"), result.skipped().get(0));
	}

	@Test
	void anMremoteng25FullyEncryptedFileIsRecognisedAndSaysHowToExportIt() {
		Path file = SAMPLES.resolve("confCons-v25-encrypted.xml");
		assertTrue(new MRemoteNgImporter().accepts(file));
		assertFalse(new NmapXmlImporter().accepts(file));
		ImportException e = assertThrows(ImportException.class, () -> new MRemoteNgImporter().read(file));
		assertTrue(e.getMessage().contains("fully encrypted") && e.getMessage().contains("2.5"), e.getMessage());
	}

	@Test
	void nmapOlderServiceNamesAndARootAfterALongComment() throws IOException {
		Path file = SAMPLES.resolve("nmap-old.xml");
		assertTrue(new NmapXmlImporter().accepts(file));
		assertFalse(new MRemoteNgImporter().accepts(file));

		assertEquals("""
				|old.lab.test:3390|
				|192.0.2.11:3391|""", summary(new NmapXmlImporter().read(file).hosts()));
	}

	@Test
	void aFolderOfRdpFilesImportsTheGoodOnesAndSaysWhichAddressIsEmpty() throws IOException {
		ImportResult result = new RdpFileImporter().read(SAMPLES.resolve("rdp-folder-partial"));

		assertEquals("|good.lab.test:3395|eve", summary(result.hosts()));
		assertEquals(1, result.skipped().size());
		assertTrue(result.skipped().get(0).contains("empty.rdp") && result.skipped().get(0).contains("is empty"),
				result.skipped().get(0));
	}

	@Test
	void hostileCsvFieldsSkipTheirRowOrAreKeptEscaped() throws IOException {
		ImportResult result = new CsvImporter().read(SAMPLES.resolve("hostile.csv"));

		assertEquals("""
				|ok1.lab.test:3389|
				|ok2.lab.test:3390|""", summary(result.hosts()));
		assertEquals("tab\there and \\u0001 here", result.hosts().get(1).notes(), "kept, escaped for XML");
		List<String> skipped = result.skipped();
		assertEquals(5, skipped.size(), skipped.toString());
		assertTrue(skipped.get(0).contains("hostile.csv, line 3") && skipped.get(0).contains("control character"),
				skipped.get(0));
		assertTrue(skipped.get(0).contains("\\u001B"), "the name is shown escaped: " + skipped.get(0));
		assertFalse(String.join("", skipped).contains("\u001B"), "no raw escape in any message");
		assertTrue(skipped.get(1).contains("line 4") && skipped.get(1).contains("\\u0000"), skipped.get(1));
		assertTrue(skipped.get(2).contains("line 5") && skipped.get(2).contains("[::1"), skipped.get(2));
		assertTrue(skipped.get(3).contains("line 6") && skipped.get(3).contains("no port after the colon"),
				skipped.get(3));
		assertTrue(skipped.get(4).contains("line 8") && skipped.get(4).contains("'='"), skipped.get(4));
	}
}
