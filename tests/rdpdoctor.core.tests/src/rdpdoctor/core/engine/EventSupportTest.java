package rdpdoctor.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import rdpdoctor.core.Causes;
import rdpdoctor.core.Finding;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.WellKnownEvidence;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.model.Severity;

/** Findings and the host's events: support within the window, contradiction by recent logons, nothing else. */
class EventSupportTest {

	private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

	private static Map<String, ProbeOutcome> events(List<Instant> times, List<Long> ids, List<String> providers,
			List<String> messages) {
		return Map.of(WellKnownEvidence.EVENTS_PROBE, new ProbeOutcome(WellKnownEvidence.EVENTS_PROBE, ProbeStatus.OK,
				9, "", Map.of(WellKnownEvidence.EVENT_TIMES, times, WellKnownEvidence.EVENT_IDS, ids,
						WellKnownEvidence.EVENT_PROVIDERS, providers, WellKnownEvidence.EVENT_MESSAGES, messages)));
	}

	private static Finding finding(String cause) {
		return Finding.of(cause, Severity.ERROR).confidence(0.8).title(cause).explanation("Seen.").build();
	}

	@Test
	void schannel36870SupportsTheUnusableCertificate() {
		Map<String, ProbeOutcome> outcomes = events(List.of(NOW.minusSeconds(60), NOW.minusSeconds(3600)),
				List.of(36870L, 36870L), List.of("Schannel", "Schannel"), List.of("Type=server", "Type=server"));

		Finding supported = EventSupport.attach(List.of(finding(Causes.CERT_UNUSABLE)), outcomes, NOW).get(0);

		assertEquals(0.85, supported.confidence(), 1e-9);
		assertTrue(supported.explanation().endsWith("Supported by the host's events: Schannel 36870: the TLS server"
				+ " credential's private key could not be used (2x, the last at 2026-12-01T11:59:00Z)."),
				supported.explanation());
		assertTrue(supported.evidence().contains("events.ids"));
	}

	@Test
	void recentLogonsContradictAClosedPortAndOldOnesDoNot() {
		Map<String, ProbeOutcome> recent = events(List.of(NOW.minusSeconds(300)), List.of(1149L),
				List.of("Microsoft-Windows-TerminalServices-RemoteConnectionManager"), List.of("Param1=alice"));
		Map<String, ProbeOutcome> old = events(List.of(NOW.minusSeconds(7200)), List.of(1149L),
				List.of("Microsoft-Windows-TerminalServices-RemoteConnectionManager"), List.of("Param1=alice"));

		Finding contradicted = EventSupport.attach(List.of(finding(Causes.PORT_FILTERED)), recent, NOW).get(0);
		Finding alone = finding(Causes.PORT_FILTERED);

		assertEquals(0.65, contradicted.confidence(), 1e-9);
		assertTrue(contradicted.explanation().contains("Contradicted in part by the host's events: 1 RDP logons"));
		assertSame(alone, EventSupport.attach(List.of(alone), old, NOW).get(0));
	}

	@Test
	void theServiceStoppingSupportsTheStoppedServiceNotTheCertificate() {
		Map<String, ProbeOutcome> outcomes = events(List.of(NOW.minusSeconds(60)), List.of(7036L),
				List.of("Service Control Manager"), List.of("param1=Remote Desktop Services; param2=stopped"));
		Finding certificate = finding(Causes.CERT_UNUSABLE);

		List<Finding> linked = EventSupport.attach(List.of(finding(Causes.RDP_SERVICE_STOPPED), certificate),
				outcomes, NOW);

		assertTrue(linked.get(0).explanation().contains("Service Control Manager 7036"));
		assertSame(certificate, linked.get(1));
	}
}
