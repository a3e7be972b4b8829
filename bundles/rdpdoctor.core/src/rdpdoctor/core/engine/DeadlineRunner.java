package rdpdoctor.core.engine;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongFunction;

import rdpdoctor.core.IProbe;
import rdpdoctor.core.ProbeContext;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.ProbeReport;
import rdpdoctor.model.ProbeStatus;

/**
 * Runs one probe in its own engine thread ({@link EngineThreads}) and waits for it no longer than its deadline; a probe that overruns
 * is interrupted and reported as TIMEOUT with the evidence it had recorded, a crash as ERROR.
 */
final class DeadlineRunner {

	/**
	 * How often the wait for a probe looks at the run's cancellation: hundreds of probes wait at once on platform
	 * threads, and each look wakes one (at 25 ms they cost a 1,000-target batch about 4 CPU-s). A look that finds the
	 * probe still running throws nothing (a timed {@code Future.get} threw an exception at every look).
	 */
	private static final long POLL_MS = 200;

	private final ProbeDescriptor probe;
	private final long timeoutMs;
	private final AtomicBoolean cancelled;

	DeadlineRunner(ProbeDescriptor probe, long timeoutMs, AtomicBoolean cancelled) {
		this.probe = probe;
		this.timeoutMs = timeoutMs;
		this.cancelled = cancelled;
	}

	ProbeOutcome run(LongFunction<ProbeContext> contextForDeadline) {
		long start = System.nanoTime();
		long deadline = start + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
		ProbeReport report = new ProbeReport();
		CountDownLatch finished = new CountDownLatch(1);
		AtomicReference<Throwable> crash = new AtomicReference<>();
		Future<?> worker = EngineThreads.start("probe " + probe.id(), () -> {
			try {
				IProbe instance = probe.factory().get();
				instance.run(contextForDeadline.apply(deadline), report);
			} catch (Throwable t) { // a probe's crash is its outcome, never the run's end
				crash.set(t);
			} finally {
				finished.countDown();
			}
		});
		while (true) { // ends by completion, deadline or cancellation
			long left = deadline - System.nanoTime();
			if (cancelled.get()) {
				worker.cancel(true);
				return report.toOutcome(probe.id(), ProbeStatus.CANCELLED, "the run was cancelled", elapsed(start));
			}
			if (left <= 0) {
				worker.cancel(true);
				return report.toOutcome(probe.id(), ProbeStatus.TIMEOUT,
						"no result within the deadline of " + timeoutMs + " ms", elapsed(start));
			}
			try {
				if (finished.await(Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MS)), TimeUnit.NANOSECONDS)) {
					Throwable cause = crash.get();
					return cause == null ? report.toOutcome(probe.id(), elapsed(start))
							: report.toOutcome(probe.id(), ProbeStatus.ERROR, "probe crashed: " + cause, elapsed(start));
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				cancelled.set(true);
			}
		}
	}

	private static long elapsed(long startNanos) {
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
	}
}
