package rdpdoctor.probes.net.io;

import java.util.concurrent.TimeUnit;

/** A point in time a network exchange must not pass. */
public final class Deadline {

	private final long nanos;

	private Deadline(long nanos) {
		this.nanos = nanos;
	}

	/**
	 * @param millis milliseconds from now
	 * @return the deadline
	 */
	public static Deadline in(long millis) {
		return new Deadline(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(0, millis)));
	}

	/** @return milliseconds left, 0 when passed */
	public long remainingMillis() {
		return Math.max(0, TimeUnit.NANOSECONDS.toMillis(nanos - System.nanoTime()));
	}

	/** @return whether the deadline has passed */
	public boolean passed() {
		return System.nanoTime() - nanos >= 0;
	}

	/**
	 * @param millis a cap
	 * @return the earlier of this deadline and {@code millis} from now
	 */
	public Deadline atMost(long millis) {
		return new Deadline(Math.min(nanos, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis)));
	}
}
