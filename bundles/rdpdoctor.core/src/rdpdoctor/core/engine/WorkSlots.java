package rdpdoctor.core.engine;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The bound on hosts past their reachability probes ({@link ProbeDescriptor#reachability()}): a host takes a slot
 * before its first other probe and gives it back when its diagnosis is done. Waiting for a slot ends on
 * cancellation.
 */
final class WorkSlots {

	private static final long POLL_MS = 50;

	private final Semaphore slots;

	WorkSlots(int bound) {
		slots = new Semaphore(bound, true); // first come, first served: hosts finish in about the order they came
	}

	/** @return true with a slot taken, false when the run was cancelled (or this thread interrupted) first */
	boolean enter(AtomicBoolean cancelled) {
		try {
			while (!slots.tryAcquire(POLL_MS, TimeUnit.MILLISECONDS)) { // bounded by cancellation
				if (cancelled.get()) {
					return false;
				}
			}
			return true;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			cancelled.set(true);
			return false;
		}
	}

	void leave() {
		slots.release();
	}
}
