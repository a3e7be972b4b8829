package rdpdoctor.events;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which events to collect from a host.
 *
 * @param since     the oldest event wanted
 * @param ids       the event IDs wanted; empty for the RDP-related ones every collector knows
 * @param maxEvents the most events to bring back (the newest)
 * @param logFiles  the log files of the RDP server that serves the port, as its configuration names them (xrdp's
 *                  LogFile); empty for the places its package uses, an empty list for none (which server serves the
 *                  port is not known: another one's log would be evidence about something else)
 */
public record EventQuery(Instant since, Set<Integer> ids, int maxEvents, Optional<List<String>> logFiles) {

	/**
	 * A query of the package's usual log files.
	 *
	 * @param since     the oldest event wanted
	 * @param ids       the event IDs wanted
	 * @param maxEvents the most events to bring back
	 */
	public EventQuery(Instant since, Set<Integer> ids, int maxEvents) {
		this(since, ids, maxEvents, Optional.empty());
	}

	/** Checks and copies. */
	public EventQuery {
		ids = Set.copyOf(ids);
		logFiles = logFiles.map(List::copyOf);
		if (maxEvents < 1) {
			throw new IllegalArgumentException("maxEvents " + maxEvents + " < 1");
		}
	}
}
