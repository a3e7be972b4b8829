package rdpdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rdpdoctor.core.Finding;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.Target;
import rdpdoctor.core.inventory.RunRecords;
import rdpdoctor.model.Host;
import rdpdoctor.model.HostStatus;
import rdpdoctor.model.Inventory;
import rdpdoctor.model.ModelFactory;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.model.Severity;
import rdpdoctor.model.persistence.InventoryStore;
import rdpdoctor.report.HostJson;

/**
 * One vocabulary: a diagnosis (the API's {@link HostDiagnosis}) goes to the inventory (the model's records), through
 * an XMI file, back, to the JSON result and back again, and is the same at every stage: every evidence type (text,
 * whole and other numbers, booleans, instants with nanoseconds, bytes, lists holding any of them), every field of a
 * finding (citations that name no recorded evidence, remediations, causes considered), the expected address. Times are kept to the millisecond, as a diagnosis holds them.
 */
class VocabularyRoundTripTest {

	@TempDir
	Path dir;

	private static HostDiagnosis diagnosis() {
		Map<String, Object> evidence = new LinkedHashMap<>();
		evidence.put("text", "CN=evil, O=\"x\"\nline two \u202E");
		evidence.put("whole", 3389L);
		evidence.put("small", 7); // an Integer: kept as the Long 7
		evidence.put("fraction", 0.25);
		evidence.put("integralDouble", 3.0);
		evidence.put("flag", true);
		evidence.put("notAfter", Instant.parse("2027-01-31T23:59:59.123456789Z"));
		evidence.put("raw", new byte[] { 3, 0, 0, 19, (byte) 0xD0, 0, 0x12, 0x34 });
		evidence.put("sans", List.of("a.test", "b, with a comma.test"));
		evidence.put("mixed", List.of(Instant.parse("2020-01-01T00:00:00Z"), new byte[] { 1, 2 }, 5L, 1.5, "s", false));
		evidence.put("empty", List.of());
		ProbeOutcome tls = new ProbeOutcome("tls", ProbeStatus.OK, 42, "TLSv1.3", evidence);
		ProbeOutcome tcp = new ProbeOutcome("tcp", ProbeStatus.FAILED, 3001, "", Map.of("outcome", "TIMEOUT"));
		Finding finding = new Finding("CERT_NAME_MISMATCH", Severity.WARNING, 0.95, "Name mismatch",
				"The certificate names (evidence tls.sans) ...", List.of("tls.sans", "tls.nameMatch=false"),
				List.of("bind-ca-certificate"), List.of("CERT_SELF_SIGNED"));
		Finding second = new Finding("PORT_FILTERED", Severity.ERROR, 0.5, "Filtered", "", List.of("tcp.outcome"),
				List.of(), List.of(), List.of("FIREWALL_RULE_DISABLED", "NIC_POWER_SAVING"));
		return new HostDiagnosis(new Target("ts01.lab.test", 3390, "10.0.0.7"), "10.0.0.8", HostStatus.FAILING,
				List.of(second, finding), List.of(tcp, tls), Instant.parse("2026-11-30T22:00:00.000000001Z"),
				Instant.parse("2026-11-30T22:00:03.5Z"));
	}

	@Test
	void aDiagnosisSurvivesTheInventoryAnXmiFileAndTheJsonResultUnchanged() throws IOException {
		HostDiagnosis original = diagnosis();

		Inventory inventory = ModelFactory.eINSTANCE.createInventory();
		Host host = ModelFactory.eINSTANCE.createHost();
		host.setName("ts01.lab.test");
		host.setRdpPort(3390);
		host.setAddress("10.0.0.7");
		inventory.getHosts().add(host);
		RunRecords.record(host, RunRecords.toRun(original), 5);
		Path file = dir.resolve("inventory.rdpdoctor");
		InventoryStore.save(inventory, file);
		Host loaded = InventoryStore.load(file).getHosts().get(0);
		HostDiagnosis fromInventory = RunRecords.toDiagnosis(loaded.getRuns().get(0));

		HostDiagnosis fromJson = HostJson.read(HostJson.line(fromInventory));

		assertEquals(HostJson.line(original), HostJson.line(fromInventory), "inventory and XMI");
		assertEquals(HostJson.line(original), HostJson.line(fromJson), "JSON");
		for (HostDiagnosis copy : List.of(fromInventory, fromJson)) {
			assertEquals(original.target(), copy.target());
			assertEquals(original.findings(), copy.findings(), "every field of every finding");
			assertEquals(original.started(), copy.started());
			assertEquals(original.finished(), copy.finished());
			Map<String, Object> e = copy.outcomesById().get("tls").evidence();
			assertEquals(3389L, e.get("whole"));
			assertEquals(7L, e.get("small"));
			assertEquals(3.0, e.get("integralDouble"));
			assertEquals(Instant.parse("2027-01-31T23:59:59.123456789Z"), e.get("notAfter"));
			assertArrayEquals(new byte[] { 3, 0, 0, 19, (byte) 0xD0, 0, 0x12, 0x34 }, (byte[]) e.get("raw"));
			assertEquals(List.of("a.test", "b, with a comma.test"), e.get("sans"));
			List<?> mixed = (List<?>) e.get("mixed");
			assertEquals(Instant.parse("2020-01-01T00:00:00Z"), mixed.get(0));
			assertArrayEquals(new byte[] { 1, 2 }, (byte[]) mixed.get(1));
			assertEquals(List.of(5L, 1.5, "s", false), mixed.subList(2, 6));
			assertTrue(((List<?>) e.get("empty")).isEmpty());
			assertEquals("CN=evil, O=\"x\"\nline two \u202E", e.get("text"));
		}
	}
}
