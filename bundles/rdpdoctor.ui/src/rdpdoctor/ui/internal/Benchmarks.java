package rdpdoctor.ui.internal;

import org.eclipse.swt.widgets.Display;

/** What the workbench's benchmarks share: running the UI until idle, elapsed milliseconds, a thorough GC. */
final class Benchmarks {

	private Benchmarks() {
	}

	/** Runs the UI's pending events until none is left. */
	static void drain(Display display) {
		while (display.readAndDispatch()) {
			// until idle
		}
	}

	/** @return the milliseconds since {@code start} ({@link System#nanoTime()}) */
	static long ms(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

	/** Asks for a full collection three times, so that what stays is what is held. */
	static void gc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
	}
}
