package rdpdoctor.ui.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import rdpdoctor.model.Host;
import rdpdoctor.model.ModelFactory;

/** The navigator's filter: name, address, notes, port, tags and status, case-insensitive. */
class InventoryFilterTest {

	private static boolean keeps(Host host, String text) {
		InventoryFilter filter = new InventoryFilter();
		filter.setText(text);
		return filter.matches(host);
	}

	@Test
	void aHostIsKeptByAnyPartOfItsNameAddressPortTagsNotesOrStatusInAnyCase() {
		Host host = ModelFactory.eINSTANCE.createHost();
		host.setName("TS0042.Corp.Example");
		host.setAddress("10.0.0.5");
		host.setRdpPort(3390);
		host.getTags().add("Finance");
		host.setNotes("Rack B, Straße 3");

		for (String kept : new String[] { "ts0042", "CORP.example", "10.0.0", "3390", ":339", "finance", "RACK b",
				"straße", "never" }) {
			assertTrue(keeps(host, kept), kept);
		}
		for (String dropped : new String[] { "ts0043", "3391", ":3389", "hr", "rack c" }) {
			assertFalse(keeps(host, dropped), dropped);
		}
	}
}
