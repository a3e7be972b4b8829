package rdpdoctor.core.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import rdpdoctor.core.Finding;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.Target;
import rdpdoctor.model.EvidenceType;
import rdpdoctor.model.Host;
import rdpdoctor.model.HostStatus;
import rdpdoctor.model.ModelFactory;
import rdpdoctor.model.ProbeRun;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.model.Severity;

/** Diagnoses kept in the model, and what a re-run changed. */
class RunRecordsTest {

	private static HostDiagnosis diagnosis(HostStatus status, String... causes) {
		Map<String, Object> evidence = new LinkedHashMap<>();
		evidence.put("state", "refused");
		evidence.put("rttMs", 3L);
		evidence.put("bytes", new byte[] { 3, 0 });
		evidence.put("notAfter", Instant.parse("2026-01-01T00:00:00Z"));
		evidence.put("open", Boolean.FALSE);
		evidence.put("versions", List.of("TLSv1.2", "TLSv1.3"));
		ProbeOutcome tcp = new ProbeOutcome("rdpdoctor.probes.net.tcp", ProbeStatus.FAILED, 4, "refused", evidence);
		List<Finding> findings = java.util.Arrays.stream(causes)
				.map(c -> Finding.of(c, Severity.ERROR).evidence("rdpdoctor.probes.net.tcp.state", "no.such.key")
						.build())
				.toList();
		return new HostDiagnosis(new Target("ts01", 3389), "10.0.0.1", status, findings, List.of(tcp),
				Instant.parse("2026-11-21T10:00:00Z"), Instant.parse("2026-11-21T10:00:01Z"));
	}

	@Test
	void aRunKeepsTypedEvidenceAndFindingsPointAtWhatTheyCite() {
		ProbeRun run = RunRecords.toRun(diagnosis(HostStatus.FAILING, "PORT_CLOSED"));
		assertEquals("ts01:3389", run.getTarget());
		assertEquals(HostStatus.FAILING, run.getStatus());
		var evidence = run.getResults().get(0).getEvidence();
		assertEquals(List.of(EvidenceType.TEXT, EvidenceType.NUMBER, EvidenceType.HEX, EvidenceType.TIMESTAMP,
				EvidenceType.BOOLEAN, EvidenceType.LIST), evidence.stream().map(e -> e.getType()).toList());
		assertEquals(List.of("refused", "3", "0300", "2026-01-01T00:00:00Z", "false", "[TLSv1.2, TLSv1.3]"),
				evidence.stream().map(e -> e.getValue()).toList());
		var finding = run.getFindings().get(0);
		assertEquals("PORT_CLOSED", finding.getCauseId());
		assertEquals(1, finding.getEvidence().size(), "a reference to evidence the run lacks is left out");
		assertSame(evidence.get(0), finding.getEvidence().get(0));
	}

	@Test
	void aReRunTellsWhatChangedAndOldRunsAreDropped() {
		Host host = ModelFactory.eINSTANCE.createHost();
		assertEquals(HostStatus.NEVER_PROBED, RunRecords.status(host));
		RunRecords.record(host, RunRecords.toRun(diagnosis(HostStatus.FAILING, "PORT_CLOSED")), 2);
		assertTrue(RunRecords.change(host).changed(), "a first run is a change");
		RunRecords.record(host, RunRecords.toRun(diagnosis(HostStatus.FAILING, "PORT_CLOSED")), 2);
		assertFalse(RunRecords.change(host).changed());
		RunRecords.record(host, RunRecords.toRun(diagnosis(HostStatus.FAILING, "TLS_CERT_EXPIRED")), 2);

		assertEquals(2, host.getRuns().size());
		RunRecords.Change change = RunRecords.change(host);
		assertEquals(Set.of("TLS_CERT_EXPIRED"), change.appeared());
		assertEquals(Set.of("PORT_CLOSED"), change.resolved());
		assertEquals("still FAILING; new: TLS_CERT_EXPIRED; gone: PORT_CLOSED", change.describe());
	}
}
