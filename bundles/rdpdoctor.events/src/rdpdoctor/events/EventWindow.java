package rdpdoctor.events;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** How far back events are read: {@code 90s}, {@code 30m}, {@code 24h}, {@code 7d}, or ISO-8601 ({@code PT6H}). */
public final class EventWindow {

	/** The window when none is given. */
	public static final Duration DEFAULT = Duration.ofHours(24);
	private static final Duration LONGEST = Duration.ofDays(3650);

	private EventWindow() {
	}

	/**
	 * @param text the window as written; null or empty for the default
	 * @return the duration, empty for {@code 0} (no events)
	 * @throws IllegalArgumentException naming the text when it is no duration
	 */
	public static Optional<Duration> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.of(DEFAULT);
		}
		String t = text.strip().toLowerCase(Locale.ROOT);
		if (t.equals("0") || t.equals("off")) {
			return Optional.empty();
		}
		Duration duration;
		try {
			if (t.startsWith("p")) {
				duration = Duration.parse(t.toUpperCase(Locale.ROOT));
			} else if (t.matches("\\d{1,9}[smhd]")) {
				long n = Long.parseLong(t.substring(0, t.length() - 1));
				duration = switch (t.charAt(t.length() - 1)) {
				case 's' -> Duration.ofSeconds(n);
				case 'm' -> Duration.ofMinutes(n);
				case 'h' -> Duration.ofHours(n);
				default -> Duration.ofDays(n);
				};
			} else {
				throw new IllegalArgumentException();
			}
		} catch (RuntimeException e) {
			throw new IllegalArgumentException("'" + text + "' is no duration (e.g. 90s, 30m, 24h, 7d)");
		}
		if (duration.isNegative() || duration.compareTo(LONGEST) > 0) {
			throw new IllegalArgumentException("'" + text + "' is outside 0 to 3650 days");
		}
		return duration.isZero() ? Optional.empty() : Optional.of(duration);
	}
}
