package rdpdoctor.core.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bound on hosts past their reachability probes ({@link ProbeDescriptor#reachability()}): a host takes a slot
 * before its first other probe and gives it back when its diagnosis is done. Hosts wait without polling; about
 * {@code room} hosts wait at most, since the engine admits no new host while that many wait or may soon wait (they
 * started their reachability probes less than {@value #YOUNG_MS} ms ago; hosts that take longer are most likely
 * not answering, and do not hold up the others): a host that was reached goes on within a few hosts' time, while
 * what its reachability probes found (an open connection) is still fresh. Once the run is cancelled, the
 * hosts holding slots stop within their probes' next check and each waiting host passes its slot on as soon as it
 * gets it.
 */
final class WorkSlots {

	private final int room;
	private final Semaphore slots;
	private final AtomicBoolean cancelled;
	private final ReentrantLock lock = new ReentrantLock();
	private final Condition roomToWait = lock.newCondition();
	private int waiting;
	/** Hosts in their reachability probes, by when they started, oldest first. */
	private final Map<Object, Long> reaching = new LinkedHashMap<>();

	/** How long a host in its reachability probes counts as one that will soon wait for a slot. */
	static final long YOUNG_MS = 250;

	/**
	 * @param bound     hosts past their reachability probes at once
	 * @param room      hosts waiting for a slot before the engine admits no more
	 * @param cancelled the run's cancellation flag
	 */
	WorkSlots(int bound, int room, AtomicBoolean cancelled) {
		this.room = room;
		this.slots = new Semaphore(bound, true); // first come, first served: hosts end about in the order they came
		this.cancelled = cancelled;
	}

	/**
	 * A host starts its reachability probes.
	 *
	 * @param host the host's run
	 */
	void arrive(Object host) {
		lock.lock();
		try {
			reaching.put(host, System.nanoTime());
		} finally {
			lock.unlock();
		}
	}

	/**
	 * A host is done (whether or not it ever took a slot).
	 *
	 * @param host the host's run
	 */
	void depart(Object host) {
		lock.lock();
		try {
			if (reaching.remove(host) != null) {
				roomToWait.signalAll();
			}
		} finally {
			lock.unlock();
		}
	}

	/**
	 * @param host the host's run, past its reachability probes
	 * @return true with a slot taken, false when the run was cancelled (or this thread interrupted)
	 */
	boolean enter(Object host) {
		lock.lock();
		try {
			reaching.remove(host);
			waiting++;
		} finally {
			lock.unlock();
		}
		try {
			slots.acquire(); // bounded: every holder gives its slot back by its probes' deadlines, sooner once cancelled
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			cancelled.set(true);
			return false;
		} finally {
			lock.lock();
			try {
				waiting--;
				roomToWait.signalAll();
			} finally {
				lock.unlock();
			}
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

	/**
	 * Waits until fewer hosts wait, or may soon wait, for a slot than the room, at most {@code millis}.
	 *
	 * @param millis the longest wait
	 * @return whether there is room now
	 * @throws InterruptedException when interrupted
	 */
	boolean awaitRoom(long millis) throws InterruptedException {
		long left = TimeUnit.MILLISECONDS.toNanos(millis);
		lock.lock();
		try {
			while (waiting + young() >= room) { // bounded by the deadline passed in
				if (left <= 0) {
					return false;
				}
				left = roomToWait.awaitNanos(left); // a host growing old signals nothing: checked again by then
			}
			return true;
		} finally {
			lock.unlock();
		}
	}

	/** Hosts that started their reachability probes less than {@value #YOUNG_MS} ms ago; call holding the lock. */
	private int young() {
		long oldest = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(YOUNG_MS);
		int young = 0;
		for (long since : reaching.values()) { // at most the hosts under way
			young += since - oldest > 0 ? 1 : 0;
		}
		return young;
	}
}
