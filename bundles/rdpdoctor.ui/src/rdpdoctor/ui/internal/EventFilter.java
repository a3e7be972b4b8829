package rdpdoctor.ui.internal;

import java.util.Set;

/**
 * What the Event viewer shows: each part empty or zero for "any".
 *
 * @param host       a host, exactly
 * @param channel    a channel, exactly
 * @param level      a level (1-5), 0 for any
 * @param ids        event IDs
 * @param fromMillis the oldest time shown (epoch ms)
 * @param toMillis   the newest time shown (epoch ms)
 * @param text       text in the message, data or provider, ignoring case
 */
record EventFilter(String host, String channel, int level, Set<Integer> ids, long fromMillis, long toMillis,
		String text) {

	/** Everything. */
	static final EventFilter ALL = new EventFilter("", "", 0, Set.of(), Long.MIN_VALUE, Long.MAX_VALUE, "");

	/** Checks and copies. */
	EventFilter {
		host = host == null ? "" : host;
		channel = channel == null ? "" : channel;
		ids = Set.copyOf(ids);
		text = text == null ? "" : text.strip();
	}
}
