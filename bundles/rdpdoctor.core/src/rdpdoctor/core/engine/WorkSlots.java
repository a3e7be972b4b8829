package rdpdoctor.core.engine;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The bound on hosts past their reachability probes ({@link ProbeDescriptor#reachability()}): a host takes a slot
 * before its first other probe and gives it back when its diagnosis is done. Hosts wait without polling (hundreds
 * may wait at once); once the run is cancelled, the hosts holding slots stop within their probes' next check and
 * each waiting host passes its slot on as soon as it gets it.
 */
final class WorkSlots {

	private final Semaphore slots;
	private final AtomicBoolean cancelled;

	/**
	 * @param bound     hosts past their reachability probes at once
	 * @param cancelled the run's cancellation flag
	 */
	WorkSlots(int bound, AtomicBoolean cancelled) {
		this.slots = new Semaphore(bound, true); // first come, first served: hosts end about in the order they came
		this.cancelled = cancelled;
	}

	/** @return true with a slot taken, false when the run was cancelled (or this thread interrupted) */
	boolean enter() {
		try {
			slots.acquire(); // bounded: every holder gives its slot back by its probes' deadlines, sooner once cancelled
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			cancelled.set(true);
			return false;
		}
		if (cancelled.get()) {
			slots.release(); // on to the next waiting host
			return false;
		}
		return true;
	}

	void leave() {
		slots.release();
	}
}
