package rdpdoctor.core.engine;

import static rdpdoctor.core.WellKnownEvidence.EVENT_IDS;
import static rdpdoctor.core.WellKnownEvidence.EVENT_MESSAGES;
import static rdpdoctor.core.WellKnownEvidence.EVENT_PROVIDERS;
import static rdpdoctor.core.WellKnownEvidence.EVENT_TIMES;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import rdpdoctor.core.Causes;
import rdpdoctor.core.Finding;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.WellKnownEvidence;
import rdpdoctor.core.codes.RdpEvents;

/**
 * Links findings to the host's events that support them ({@link RdpEvents}), read by the {@code events} probe: a
 * supported finding cites {@code events.ids}, says which events and when, and gains confidence; a closed or filtered
 * port that clients nevertheless got through lately (RemoteConnectionManager 1149 in the last hour) is marked as
 * contradicted and loses confidence.
 */
final class EventSupport {

	private static final double SUPPORT = 0.05;
	private static final double CONTRADICTION = 0.15;
	private static final Duration RECENT = Duration.ofHours(1);
	private static final List<String> UNREACHED = List.of(Causes.PORT_CLOSED, Causes.PORT_FILTERED,
			Causes.SERVICE_NOT_RESPONDING, Causes.HOST_UNREACHABLE);

	private EventSupport() {
	}

	/** One event as the probe's columns hold it. */
	private record Event(Instant time, long id, String provider, String text) {
	}

	/**
	 * @param findings a host's findings
	 * @param outcomes its probe outcomes
	 * @param now      the diagnosis's time
	 * @return the findings, with the events that support or contradict them
	 */
	static List<Finding> attach(List<Finding> findings, Map<String, ProbeOutcome> outcomes, Instant now) {
		ProbeOutcome probe = outcomes.get(WellKnownEvidence.EVENTS_PROBE);
		if (probe == null || !probe.ok()) {
			return findings;
		}
		List<Event> events = events(probe);
		List<Finding> linked = new ArrayList<>(findings.size());
		for (Finding finding : findings) {
			Map<String, List<Event>> byReason = new LinkedHashMap<>();
			for (Event event : events) {
				RdpEvents.signals(event.id(), event.provider(), event.text()).stream()
						.filter(s -> s.cause().equals(finding.cause()))
						.forEach(s -> byReason.computeIfAbsent(s.reason(), r -> new ArrayList<>()).add(event));
			}
			Finding result = finding;
			if (!byReason.isEmpty()) {
				String sentence = "Supported by the host's events: " + byReason.entrySet().stream()
						.map(e -> e.getKey() + " (" + e.getValue().size() + "x, the last at " + e.getValue().get(0)
								.time() + ")").collect(Collectors.joining("; ")) + ".";
				result = result.withHostEvidence(List.of("events." + EVENT_IDS, "events." + EVENT_TIMES), sentence)
						.withConfidence(Math.min(0.99, finding.confidence() + SUPPORT));
			}
			if (UNREACHED.contains(finding.cause())) {
				List<Event> logons = events.stream().filter(e -> e.id() == RdpEvents.LOGON_SUCCEEDED
						&& e.provider().toLowerCase(java.util.Locale.ROOT).contains("remoteconnectionmanager")
						&& !e.time().isBefore(now.minus(RECENT))).toList();
				if (!logons.isEmpty()) {
					result = result.withHostEvidence(List.of("events." + EVENT_IDS, "events." + EVENT_TIMES),
							"Contradicted in part by the host's events: " + logons.size() + " RDP logons succeeded"
									+ " (RemoteConnectionManager 1149) in the last hour, the last at " + logons.get(0)
											.time() + ": the path works for some clients.")
							.withConfidence(Math.max(0.05, result.confidence() - CONTRADICTION));
				}
			}
			linked.add(result);
		}
		return linked;
	}

	private static List<Event> events(ProbeOutcome probe) {
		List<?> times = list(probe, EVENT_TIMES);
		List<?> ids = list(probe, EVENT_IDS);
		List<?> providers = list(probe, EVENT_PROVIDERS);
		List<?> texts = list(probe, EVENT_MESSAGES);
		int n = Math.min(Math.min(times.size(), ids.size()), Math.min(providers.size(), texts.size()));
		List<Event> events = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			if (times.get(i) instanceof Instant time && ids.get(i) instanceof Number id) {
				events.add(new Event(time, id.longValue(), String.valueOf(providers.get(i)),
						String.valueOf(texts.get(i))));
			}
		}
		return events;
	}

	private static List<?> list(ProbeOutcome probe, String key) {
		return probe.evidence().get(key) instanceof List<?> list ? list : List.of();
	}
}
