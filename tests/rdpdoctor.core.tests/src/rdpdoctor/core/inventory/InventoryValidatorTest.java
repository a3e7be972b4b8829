package rdpdoctor.core.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import rdpdoctor.model.Group;
import rdpdoctor.model.Host;
import rdpdoctor.model.Inventory;
import rdpdoctor.model.ModelFactory;

/** The inventory checks an admin sees before saving or diagnosing. */
class InventoryValidatorTest {

	private static Host host(String name, int port) {
		Host host = ModelFactory.eINSTANCE.createHost();
		host.setName(name);
		host.setRdpPort(port);
		return host;
	}

	@Test
	void aCleanInventoryHasNoProblems() {
		Inventory inventory = ModelFactory.eINSTANCE.createInventory();
		inventory.getHosts().add(host("ts01.corp.example", 3389));
		inventory.getHosts().add(host("10.0.0.5", 3389));
		inventory.getHosts().add(host("fe80::1", 3390));
		inventory.getHosts().add(host("ts01.corp.example", 3390));
		assertEquals(List.of(), InventoryValidator.validate(inventory));
	}

	@Test
	void eachProblemNamesTheHostByItsGroupPath() {
		Inventory inventory = ModelFactory.eINSTANCE.createInventory();
		Group sites = ModelFactory.eINSTANCE.createGroup();
		sites.setName("Sites");
		Group paris = ModelFactory.eINSTANCE.createGroup();
		paris.setName("Paris");
		sites.getGroups().add(paris);
		inventory.getGroups().add(sites);
		inventory.getHosts().add(host("TS01", 3389));
		paris.getHosts().add(host("ts01", 3389));
		paris.getHosts().add(host("bad name", 3389));
		paris.getHosts().add(host("ts02", 70000));
		Host noName = host("", 3389);
		paris.getHosts().add(noName);
		Host badAddress = host("ts03", 3389);
		badAddress.setAddress("ten.0.0.1");
		paris.getHosts().add(badAddress);

		List<String> messages = InventoryValidator.validate(inventory).stream()
				.map(InventoryValidator.Problem::message).toList();
		assertEquals(List.of("Sites/Paris/ts01:3389: duplicate host, the same name and port as TS01:3389",
				"Sites/Paris/bad name:3389: 'bad name' can never resolve: it is neither an IP address nor a valid DNS name",
				"Sites/Paris/ts02:70000: the RDP port 70000 is outside 1..65535",
				"Sites/Paris/(no name):3389: the host has no name or address to dial",
				"Sites/Paris/ts03:3389: the expected address 'ten.0.0.1' is not an IPv4 or IPv6 address"), messages);
	}

	@Test
	void dnsNamesFollowTheLabelRules() {
		assertTrue(InventoryValidator.resolvable("a-b.example."));
		assertTrue(InventoryValidator.resolvable("_rdp.example"));
		assertFalse(InventoryValidator.resolvable("-a.example"));
		assertFalse(InventoryValidator.resolvable("a..example"));
		assertFalse(InventoryValidator.resolvable("x".repeat(64) + ".example"));
		assertFalse(InventoryValidator.resolvable("host/1"));
	}
}
