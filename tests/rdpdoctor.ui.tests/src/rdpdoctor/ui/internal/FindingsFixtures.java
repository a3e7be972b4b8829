package rdpdoctor.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;

import rdpdoctor.core.Finding;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.Target;
import rdpdoctor.core.inventory.RunRecords;
import rdpdoctor.model.Host;
import rdpdoctor.model.ProbeRun;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.model.Severity;

/** Inventories with known findings, for the views' tests. */
final class FindingsFixtures {

	private FindingsFixtures() {
	}

	/** @return the sample inventory shipped in the workbench bundle */
	static Path sample() throws IOException {
		return Path.of(FileLocator.toFileURL(Platform.getBundle("rdpdoctor.ui").getEntry(FileHandlers.OpenSample.SAMPLE))
				.getPath());
	}

	/**
	 * Records a run per host: PORT_CLOSED on each, CERT_EXPIRED as well on every other host.
	 *
	 * @param document the document
	 * @param hosts    its hosts
	 */
	static void recordClosedAndExpired(InventoryDocument document, List<Host> hosts) {
		List<ProbeRun> runs = new ArrayList<>();
		for (int i = 0; i < hosts.size(); i++) {
			List<Finding> findings = new ArrayList<>(List.of(Finding.of("PORT_CLOSED", Severity.ERROR)
					.title("Nothing listens on the RDP port").build()));
			if (i % 2 == 1) {
				findings.add(Finding.of("CERT_EXPIRED", Severity.ERROR).title("The certificate expired").build());
			}
			ProbeOutcome tcp = new ProbeOutcome("tcp", ProbeStatus.FAILED, 1, "refused", Map.of("outcome", "refused"));
			runs.add(RunRecords.toRun(new HostDiagnosis(new Target(hosts.get(i).getName(), hosts.get(i).getRdpPort()),
					hosts.get(i).getName(), HostDiagnosis.statusOf(findings), findings, List.of(tcp), Instant.now(),
					Instant.now())));
		}
		document.record(hosts, runs);
	}

	/**
	 * Records a run per host: the INFO notice HOST_EVIDENCE_UNAVAILABLE on every host but the first, and on host i
	 * the causes CAUSE0 .. CAUSE(i % 12), ERROR for even numbers, WARNING for odd ones: twelve causes, CAUSE0 on
	 * every host (its title a spreadsheet formula), CAUSE11 on the fewest.
	 *
	 * @param document the document
	 * @param hosts    its hosts
	 */
	static void recordManyCausesAndANotice(InventoryDocument document, List<Host> hosts) {
		List<ProbeRun> runs = new ArrayList<>();
		for (int i = 0; i < hosts.size(); i++) {
			List<Finding> findings = new ArrayList<>();
			for (int c = 0; c <= i % 12; c++) {
				findings.add(Finding.of("CAUSE" + c, c % 2 == 0 ? Severity.ERROR : Severity.WARNING)
						.title(c == 0 ? "=HYPERLINK(\"http://attacker.test\",\"cause 0\")" : "cause " + c).build());
			}
			if (i > 0) {
				findings.add(Finding.of("HOST_EVIDENCE_UNAVAILABLE", Severity.INFO).title("SSH not used").build());
			}
			runs.add(RunRecords.toRun(new HostDiagnosis(new Target(hosts.get(i).getName(), hosts.get(i).getRdpPort()),
					hosts.get(i).getName(), HostDiagnosis.statusOf(findings), findings, List.of(), Instant.now(),
					Instant.now())));
		}
		document.record(hosts, runs);
	}
}
