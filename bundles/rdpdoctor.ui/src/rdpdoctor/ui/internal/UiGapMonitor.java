package rdpdoctor.ui.internal;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long the UI thread stays away from its event loop: a timer asks to run every {@value #BEAT_MS} ms,
 * and the longest time between two runs is the longest stall a user would feel (a frozen window).
 */
final class UiGapMonitor {

	static final int BEAT_MS = 5;

	private final Display display;
	private final Runnable beat = this::beat;
	private long last;
	private long longest;
	private boolean running;

	UiGapMonitor(Display display) {
		this.display = display;
	}

	/** Starts measuring; call on the UI thread. */
	void start() {
		running = true;
		longest = 0;
		last = System.nanoTime();
		display.timerExec(BEAT_MS, beat);
	}

	/** @return the longest gap between two beats since {@link #start()}, in ms; stops measuring */
	long stop() {
		beat(); // the gap up to now counts too
		running = false;
		display.timerExec(-1, beat);
		return longest / 1_000_000;
	}

	private void beat() {
		if (!running) {
			return;
		}
		long now = System.nanoTime();
		longest = Math.max(longest, now - last);
		last = now;
		display.timerExec(BEAT_MS, beat);
	}
}
