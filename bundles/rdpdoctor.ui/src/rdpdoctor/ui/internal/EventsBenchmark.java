package rdpdoctor.ui.internal;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * {@code --benchmark-events FILE}: imports an event file into the Events view of the running workbench and measures
 * the time until the table shows it, the heap used afterwards (after a GC), and for each filter change (a host, an ID,
 * a level, text typed one key at a time, back to everything) the time until painted and the longest UI-thread stall
 * ({@link UiGapMonitor}). Prints the figures and closes the workbench.
 */
final class EventsBenchmark {

	private final IWorkbenchWindow window;
	private final Display display;

	EventsBenchmark(IWorkbenchWindow window) {
		this.window = window;
		this.display = window.getShell().getDisplay();
	}

	/**
	 * Runs in the UI thread, then closes the workbench.
	 *
	 * @param file the event file
	 * @throws Exception when the view cannot open
	 */
	void run(Path file) throws Exception {
		try {
			EventsView view = (EventsView) window.getActivePage().showView(EventsView.ID);
			Benchmarks.drain(display);
			Benchmarks.gc();
			long heapBefore = heapUsed();
			UiGapMonitor gaps = new UiGapMonitor(display);
			gaps.start();
			long start = System.nanoTime();
			Job job = view.importFiles(List.of(file));
			long deadline = System.nanoTime() + 600_000_000_000L;
			while ((job.getState() != Job.NONE || view.store().size() == 0 || view.rows().length == 0)
					&& System.nanoTime() < deadline) {
				if (!display.readAndDispatch()) {
					display.sleep();
				}
			}
			Benchmarks.drain(display);
			long loadMs = Benchmarks.ms(start);
			long stall = gaps.stop();
			Benchmarks.gc();
			long heap = heapUsed() - heapBefore;
			System.out.printf("Events view: %d events of %s shown in %d ms (longest UI stall %d ms), heap %d MB%n",
					view.store().size(), file.getFileName(), loadMs, stall, heap / 1_048_576);
			change(view, "host " + choose(view, "Host:"), () -> select(view.hostCombo(), 1));
			change(view, "every host again", () -> select(view.hostCombo(), 0));
			change(view, "ID 4624", () -> view.idsText().setText("4624"));
			change(view, "every ID again", () -> view.idsText().setText(""));
			change(view, "level Error", () -> select(view.levelCombo(), 2));
			change(view, "every level again", () -> select(view.levelCombo(), 0));
			change(view, "from 7d", () -> view.fromText().setText("7d"));
			change(view, "from any time again", () -> view.fromText().setText(""));
			String typed = "system";
			for (int i = 1; i <= typed.length(); i++) {
				String prefix = typed.substring(0, i);
				change(view, "text '" + prefix + "'", () -> view.searchText().setText(prefix));
			}
			change(view, "everything again", () -> {
				view.searchText().setText("");
				view.idsText().setText("");
				select(view.levelCombo(), 0);
				select(view.hostCombo(), 0);
			});
		} finally {
			display.asyncExec(() -> window.getWorkbench().close());
		}
	}

	private static String choose(EventsView view, String label) {
		return view.hostCombo().getItemCount() > 1 ? view.hostCombo().getItem(1) : "(none)";
	}

	private static void select(Combo combo, int index) {
		if (index < combo.getItemCount()) {
			combo.select(index);
			combo.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		}
	}

	/** One filter change: timed until painted and idle, with the longest UI stall while it ran. */
	private void change(EventsView view, String what, Runnable change) {
		UiGapMonitor gaps = new UiGapMonitor(display);
		gaps.start();
		long start = System.nanoTime();
		change.run();
		view.table().update();
		Benchmarks.drain(display);
		long took = Benchmarks.ms(start);
		System.out.printf("Events filter: %s: %d rows in %d ms, longest UI stall %d ms%n", what, view.rows().length,
				took, gaps.stop());
	}

	private static long heapUsed() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}
}
