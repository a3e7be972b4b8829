package rdpdoctor.probes.host.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.Finding;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.RuleContext;
import rdpdoctor.core.Target;
import rdpdoctor.model.ProbeStatus;

/** Causes from the host's events alone: only when its set-up could not be read, and the service's last word counts. */
class EventRulesTest {

	private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

	/** Events newest first, as the probe keeps them. */
	private static ProbeOutcome events(List<Long> ids, List<String> providers, List<String> messages) {
		List<Instant> times = ids.stream().map(id -> NOW).toList();
		return new ProbeOutcome("events", ProbeStatus.OK, 5, "", Map.of("times", times, "ids", ids, "providers",
				providers, "messages", messages));
	}

	private static List<String> causes(ProbeOutcome events, ProbeStatus windows) {
		Map<String, ProbeOutcome> outcomes = new LinkedHashMap<>();
		outcomes.put("events", events);
		outcomes.put("windows", new ProbeOutcome("windows", windows, 5, "", Map.of()));
		return new EventRules().evaluate(new RuleContext(new Target("ts01", 3389), DiagnosisSettings.defaults(),
				outcomes)).stream().map(Finding::cause).toList();
	}

	@Test
	void schannel36870GivesTheUnusableCertificateOnlyWhenTheSetUpWasNotRead() {
		ProbeOutcome schannel = events(List.of(36870L), List.of("Schannel"), List.of("Type=server"));

		assertEquals(List.of("CERT_UNUSABLE"), causes(schannel, ProbeStatus.TIMEOUT));
		assertEquals(List.of(), causes(schannel, ProbeStatus.OK), "the set-up's own rules say it then");
	}

	@Test
	void theServiceIsStoppedOnlyWhenItsLastWordSaysSo() {
		String scm = "Service Control Manager";
		ProbeOutcome startedAgain = events(List.of(7036L, 7036L), List.of(scm, scm), List.of(
				"param1=Remote Desktop Services; param2=running", "param1=Remote Desktop Services; param2=stopped"));
		ProbeOutcome stopped = events(List.of(7036L, 7036L), List.of(scm, scm), List.of(
				"param1=Remote Desktop Services; param2=stopped", "param1=Remote Desktop Services; param2=running"));

		assertEquals(List.of(), causes(startedAgain, ProbeStatus.ERROR));
		assertEquals(List.of("RDP_SERVICE_STOPPED"), causes(stopped, ProbeStatus.ERROR));
	}
}
