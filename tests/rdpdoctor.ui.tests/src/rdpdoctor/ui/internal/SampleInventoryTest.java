package rdpdoctor.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

import rdpdoctor.core.inventory.InventoryWalk;
import rdpdoctor.core.inventory.RunRecords;
import rdpdoctor.model.Host;
import rdpdoctor.model.HostStatus;
import rdpdoctor.model.persistence.InventoryStore;

/**
 * File > Open Sample Inventory shows findings, evidence and the dashboard without the lab: the sample carries the
 * lab's recorded diagnosis (releng/bin/screenshots.sh records it).
 */
class SampleInventoryTest {

	@Test
	void theSampleCarriesARecordedDiagnosisOfEveryHost() throws IOException {
		Path sample = Path.of(FileLocator.toFileURL(Platform.getBundle("rdpdoctor.ui")
				.getEntry(FileHandlers.OpenSample.SAMPLE)).getPath());
		List<Host> hosts = InventoryWalk.hosts(InventoryStore.load(sample)).toList();
		assertTrue(hosts.size() >= 15, "the lab's hosts: " + hosts.size());
		for (Host host : hosts) {
			assertTrue(RunRecords.last(host).isPresent(), host.getName() + " has no recorded run");
		}
		Set<String> causes = hosts.stream().flatMap(h -> RunRecords.last(h).get().getFindings().stream())
				.map(f -> f.getCauseId()).collect(Collectors.toSet());
		assertTrue(causes.containsAll(Set.of("CERT_EXPIRED", "CERT_NOT_YET_VALID", "PORT_CLOSED", "NLA_NOT_ENFORCED")),
				causes.toString());
		assertTrue(hosts.stream().anyMatch(h -> RunRecords.status(h) == HostStatus.HEALTHY
				|| RunRecords.status(h) == HostStatus.DEGRADED), "not every host fails");
		assertTrue(hosts.stream().allMatch(h -> !RunRecords.last(h).get().getResults().isEmpty()), "evidence kept");
	}
}
