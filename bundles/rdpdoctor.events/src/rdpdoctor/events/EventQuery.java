package rdpdoctor.events;

import java.time.Instant;
import java.util.Set;

/**
 * Which events to collect from a host.
 *
 * @param since     the oldest event wanted
 * @param ids       the event IDs wanted; empty for the RDP-related ones every collector knows
 * @param maxEvents the most events to bring back (the newest)
 */
public record EventQuery(Instant since, Set<Integer> ids, int maxEvents) {

	/** Checks and copies. */
	public EventQuery {
		ids = Set.copyOf(ids);
		if (maxEvents < 1) {
			throw new IllegalArgumentException("maxEvents " + maxEvents + " < 1");
		}
	}
}
