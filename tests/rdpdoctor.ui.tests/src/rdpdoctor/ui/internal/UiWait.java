package rdpdoctor.ui.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/** Runs the UI event loop until a condition holds, with a deadline. */
final class UiWait {

	private UiWait() {
	}

	/** Drains pending UI events. */
	static void flush() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// keep draining
		}
	}

	/**
	 * Schedules a job and runs the event loop until it is done (its hand-over to the UI thread included).
	 *
	 * @param job       the job
	 * @param timeoutMs the deadline
	 * @return its result
	 */
	static IStatus job(Job job, long timeoutMs) {
		job.schedule();
		until(() -> job.getName() + " done", () -> job.getState() == Job.NONE && job.getResult() != null, timeoutMs);
		return job.getResult();
	}

	/**
	 * @param what      says what was awaited when the deadline passes
	 * @param condition the condition
	 * @param timeoutMs the deadline
	 */
	static void until(Supplier<String> what, BooleanSupplier condition, long timeoutMs) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + timeoutMs;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				fail("not within " + timeoutMs + " ms: " + what.get());
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					fail("interrupted while waiting for " + what.get());
				}
			}
		}
		flush();
	}
}
