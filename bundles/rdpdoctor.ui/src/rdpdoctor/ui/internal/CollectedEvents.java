package rdpdoctor.ui.internal;

import static rdpdoctor.core.WellKnownEvidence.EVENT_CHANNELS;
import static rdpdoctor.core.WellKnownEvidence.EVENT_IDS;
import static rdpdoctor.core.WellKnownEvidence.EVENT_LEVELS;
import static rdpdoctor.core.WellKnownEvidence.EVENT_MESSAGES;
import static rdpdoctor.core.WellKnownEvidence.EVENT_PROVIDERS;
import static rdpdoctor.core.WellKnownEvidence.EVENT_TIMES;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import rdpdoctor.core.EvidenceValue;
import rdpdoctor.core.WellKnownEvidence;
import rdpdoctor.core.inventory.InventoryWalk;
import rdpdoctor.core.inventory.RunRecords;
import rdpdoctor.events.LogEvent;
import rdpdoctor.model.Evidence;
import rdpdoctor.model.Host;
import rdpdoctor.model.Inventory;
import rdpdoctor.model.ProbeResult;
import rdpdoctor.model.ProbeStatus;

/**
 * The events the hosts' last runs read over SSH (the {@code events} probe's columns), as the Events view shows them:
 * under the inventory's name of the host, so that a finding of the host finds them. Reads the inventory only.
 */
final class CollectedEvents {

	private CollectedEvents() {
	}

	/**
	 * @param inventory the inventory (read, not changed)
	 * @return its hosts' collected events
	 */
	static EventStore of(Inventory inventory) {
		EventStore store = new EventStore();
		InventoryWalk.hosts(inventory).forEach(host -> RunRecords.last(host).ifPresent(run -> {
			for (ProbeResult result : run.getResults()) {
				if (result.getProbeId().equals(WellKnownEvidence.EVENTS_PROBE) && result.getStatus() == ProbeStatus.OK) {
					add(store, host, result);
				}
			}
		}));
		store.sort();
		return store;
	}

	private static void add(EventStore store, Host host, ProbeResult result) {
		List<?> times = column(result, EVENT_TIMES);
		List<?> ids = column(result, EVENT_IDS);
		List<?> levels = column(result, EVENT_LEVELS);
		List<?> providers = column(result, EVENT_PROVIDERS);
		List<?> channels = column(result, EVENT_CHANNELS);
		List<?> messages = column(result, EVENT_MESSAGES);
		String name = host.getName() == null || host.getName().isBlank() ? host.getAddress() : host.getName();
		int n = Math.min(Math.min(Math.min(times.size(), ids.size()), Math.min(levels.size(), providers.size())),
				Math.min(channels.size(), messages.size()));
		for (int i = 0; i < n; i++) {
			if (times.get(i) instanceof Instant time && ids.get(i) instanceof Number id
					&& levels.get(i) instanceof Number level) {
				store.add(new LogEvent(time, name == null ? "" : name, String.valueOf(channels.get(i)),
						String.valueOf(providers.get(i)), id.intValue(), level.intValue(), 0, String.valueOf(
								messages.get(i)), Map.of(), ""), "", i);
			}
		}
	}

	private static List<?> column(ProbeResult result, String key) {
		for (Evidence evidence : result.getEvidence()) {
			if (key.equals(evidence.getKey())) {
				Object value = EvidenceValue.parse(evidence.getType(), evidence.getValue(), evidence.getItems().stream()
						.map(item -> Map.entry(item.getType(), item.getValue())).toList());
				return value instanceof List<?> list ? list : List.of();
			}
		}
		return List.of();
	}
}
