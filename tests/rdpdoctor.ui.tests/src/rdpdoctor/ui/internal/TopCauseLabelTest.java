package rdpdoctor.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import rdpdoctor.core.Finding;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.Target;
import rdpdoctor.core.inventory.RunRecords;
import rdpdoctor.model.Host;
import rdpdoctor.model.HostStatus;
import rdpdoctor.model.ModelFactory;
import rdpdoctor.model.Severity;

/**
 * The navigator's top cause of a host is the engine's first finding as it was recorded: a server whose clock runs two
 * days ahead shows CLOCK_SKEW (a WARNING, the root of the CERT_NOT_YET_VALID ERROR it causes), not the most severe
 * finding, also after the run went through the inventory's records.
 */
class TopCauseLabelTest {

	@Test
	void theRootOfTheWorstFindingLeadsNotTheMostSevereFinding() {
		Host host = ModelFactory.eINSTANCE.createHost();
		host.setName("skewed.lab.test");
		List<Finding> ranked = List.of(Finding.of("CLOCK_SKEW", Severity.WARNING).title("clock ahead").build(),
				Finding.of("CERT_NAME_MISMATCH", Severity.WARNING).title("name").build(),
				Finding.of("CERT_NOT_YET_VALID", Severity.ERROR).title("not yet valid").build()
						.withCausedBy(List.of("CLOCK_SKEW")));
		Instant now = Instant.now();
		host.getRuns().add(RunRecords.toRun(new HostDiagnosis(new Target("skewed.lab.test", 3389), "10.213.7.26",
				HostStatus.FAILING, ranked, List.of(), now, now)));

		assertEquals("  \u2014 FAILING \u00b7 CLOCK_SKEW +2", InventoryLabelProvider.hostDetail(host));
	}
}
