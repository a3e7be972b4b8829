package rdpdoctor.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import rdpdoctor.core.Causes;
import rdpdoctor.core.Finding;
import rdpdoctor.model.Severity;

class CauseRankingTest {

	@Test
	void aClosedPortIsTheConsequenceOfTheStoppedServiceThatComesFirst() {
		List<Finding> ranked = CauseRanking.rank(List.of(finding(Causes.PORT_CLOSED, Severity.ERROR, 0.9),
				finding(Causes.NLA_NOT_ENFORCED, Severity.WARNING, 0.9),
				finding(Causes.RDP_SERVICE_STOPPED, Severity.ERROR, 0.8)), java.util.Map.of());

		assertEquals(List.of(Causes.RDP_SERVICE_STOPPED, Causes.NLA_NOT_ENFORCED, Causes.PORT_CLOSED),
				ranked.stream().map(Finding::cause).toList(), "roots first, then what they explain");
		assertEquals(List.of(Causes.RDP_SERVICE_STOPPED), ranked.get(2).causedBy());
		assertEquals(List.of(), ranked.get(0).causedBy());
	}

	@Test
	void aChainIsRankedLinkByLinkAndAFindingAloneIsItsOwnRoot() {
		List<Finding> ranked = CauseRanking.rank(List.of(finding(Causes.SECURITY_DOWNGRADE, Severity.WARNING, 0.9),
				finding(Causes.CERT_UNUSABLE, Severity.ERROR, 0.9),
				finding(Causes.MACHINEKEYS_INACCESSIBLE, Severity.ERROR, 0.9)), java.util.Map.of());

		assertEquals(Causes.MACHINEKEYS_INACCESSIBLE, ranked.get(0).cause());
		assertEquals(List.of(Causes.MACHINEKEYS_INACCESSIBLE), ranked.get(1).causedBy());
		assertEquals(List.of(Causes.CERT_UNUSABLE, Causes.MACHINEKEYS_INACCESSIBLE), ranked.get(2).causedBy());
		assertEquals(List.of(), CauseRanking.rank(List.of(finding(Causes.PORT_CLOSED, Severity.ERROR, 1)), java.util.Map.of())
				.get(0).causedBy(), "nothing on the host explains it: the closed port is the root");
	}

	@Test
	void aCertificateNotValidYetIsTheClockSkewsConsequenceOnlyWhenValidOnTheServersOwnClock() {
		List<Finding> both = List.of(finding(Causes.CERT_NOT_YET_VALID, Severity.ERROR, 0.95),
				finding(Causes.CLOCK_SKEW, Severity.WARNING, 0.9));
		java.time.Instant server = java.time.Instant.parse("2026-12-01T12:00:00Z");

		List<Finding> skewed = CauseRanking.rank(both, evidence(server.minusSeconds(60), server));
		assertEquals(List.of(Causes.CLOCK_SKEW, Causes.CERT_NOT_YET_VALID), skewed.stream().map(Finding::cause)
				.toList());
		assertEquals(List.of(Causes.CLOCK_SKEW), skewed.get(1).causedBy());

		List<Finding> future = CauseRanking.rank(both, evidence(server.plusSeconds(86_400), server));
		assertEquals(List.of(), future.get(0).causedBy(), "issued for tomorrow even on the server's clock: its own cause");
	}

	@Test
	void aRootRanksWithTheWorstFindingItExplainsSoTheSkewedClockLeadsAMoreConfidentNameWarning() {
		java.time.Instant server = java.time.Instant.parse("2026-12-01T12:00:00Z");
		List<Finding> ranked = CauseRanking.rank(List.of(finding(Causes.CERT_NAME_MISMATCH, Severity.WARNING, 0.99),
				finding(Causes.CERT_NOT_YET_VALID, Severity.ERROR, 0.95),
				finding(Causes.CLOCK_SKEW, Severity.WARNING, 0.9)), evidence(server.minusSeconds(60), server));

		assertEquals(List.of(Causes.CLOCK_SKEW, Causes.CERT_NAME_MISMATCH, Causes.CERT_NOT_YET_VALID),
				ranked.stream().map(Finding::cause).toList(), "the root of the ERROR first, though only a WARNING itself");
		assertEquals(Severity.WARNING, ranked.get(0).severity(), "its own severity is not changed");
	}

	@Test
	void aSeverityIsCarriedUpAChainToItsRoot() {
		List<Finding> ranked = CauseRanking.rank(List.of(finding(Causes.NLA_NOT_ENFORCED, Severity.WARNING, 0.99),
				finding(Causes.TLS_HANDSHAKE_FAILED, Severity.ERROR, 0.9),
				finding(Causes.CERT_UNUSABLE, Severity.WARNING, 0.5),
				finding(Causes.MACHINEKEYS_INACCESSIBLE, Severity.INFO, 0.5)), java.util.Map.of());

		assertEquals(Causes.MACHINEKEYS_INACCESSIBLE, ranked.get(0).cause(),
				"an INFO root of an ERROR two links away leads a WARNING that explains nothing");
		assertEquals(Causes.NLA_NOT_ENFORCED, ranked.get(1).cause());
	}

	private static java.util.Map<String, rdpdoctor.core.ProbeOutcome> evidence(java.time.Instant notBefore,
			java.time.Instant serverTime) {
		return java.util.Map.of("tls", new rdpdoctor.core.ProbeOutcome("tls", rdpdoctor.model.ProbeStatus.OK, 1, "",
				java.util.Map.of("notBefore", notBefore)), "ntlm", new rdpdoctor.core.ProbeOutcome("ntlm",
						rdpdoctor.model.ProbeStatus.OK, 1, "", java.util.Map.of("serverTime", serverTime)));
	}

	private static Finding finding(String cause, Severity severity, double confidence) {
		return Finding.of(cause, severity).confidence(confidence).build();
	}
}
