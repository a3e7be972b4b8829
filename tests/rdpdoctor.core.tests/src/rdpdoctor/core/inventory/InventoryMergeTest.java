package rdpdoctor.core.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import rdpdoctor.model.Group;
import rdpdoctor.model.Host;
import rdpdoctor.model.Inventory;
import rdpdoctor.model.ModelFactory;

class InventoryMergeTest {

	private static final ModelFactory F = ModelFactory.eINSTANCE;

	@Test
	void aPlanAddsWhatAMergeAddsWithoutTouchingTheInventoryUntilApplied() {
		Inventory inventory = inventory();
		Inventory untouched = EcoreUtil.copy(inventory);
		List<ImportedHost> hosts = List.of(imported(List.of(), "top"), imported(List.of("Paris"), "ts01"),
				imported(List.of("Paris"), "TS01"), imported(List.of("Paris", "Annex"), "ts02"),
				imported(List.of("Paris", "Lab", "Rack1"), "ts03"), imported(List.of("Paris", "Lab"), "ts04"),
				imported(List.of("Rome", "Old"), "ts05"), imported(List.of("Rome"), "ts06"),
				imported(List.of("Paris", "Annex"), "ts02"));

		InventoryMerge.Plan plan = InventoryMerge.plan(inventory, hosts);

		assertTrue(EcoreUtil.equals(untouched, inventory), "planning changes nothing");
		assertEquals(InventoryMerge.duplicates(inventory, hosts), plan.duplicates());
		assertEquals(List.of(false, true, true, false, false, false, false, false, true), plan.duplicates());
		assertEquals(new InventoryMerge.Result(6, 3), plan.result());

		Inventory merged = EcoreUtil.copy(untouched);
		assertEquals(plan.result(), InventoryMerge.merge(merged, hosts));
		plan.apply();
		assertTrue(EcoreUtil.equals(merged, inventory), "the plan applied is what merge does");
		assertEquals(4, plan.additions().size(), "new groups under Paris and at the top, new hosts at the top and in"
				+ " Annex: " + plan.additions());
	}

	private static Inventory inventory() {
		Inventory inventory = F.createInventory();
		Group paris = group("Paris");
		paris.getHosts().add(host("ts01"));
		paris.getGroups().add(group("Annex"));
		inventory.getGroups().add(paris);
		return inventory;
	}

	private static Group group(String name) {
		Group group = F.createGroup();
		group.setName(name);
		return group;
	}

	private static Host host(String name) {
		Host host = F.createHost();
		host.setName(name);
		host.setRdpPort(3389);
		return host;
	}

	private static ImportedHost imported(List<String> groups, String name) {
		return new ImportedHost(groups, name, "", 3389, "", "", List.of(), "test");
	}
}
