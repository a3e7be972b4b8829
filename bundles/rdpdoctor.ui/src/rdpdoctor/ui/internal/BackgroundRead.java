package rdpdoctor.ui.internal;

import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import rdpdoctor.model.Inventory;

/**
 * Computes something from the whole inventory in a job, for a view that would otherwise stall the UI thread on a
 * large inventory: the job reads while edits wait ({@link InventoryDocument#beginRead()}), and the result is handed to
 * the view on the UI thread unless another inventory was opened meanwhile. Requests made while a computation runs
 * are folded into one more run after it.
 *
 * @param <T> what is computed
 */
final class BackgroundRead<T> {

	/** The family of its jobs, for {@code Job.getJobManager().find}. */
	static final Object FAMILY = BackgroundRead.class;

	private final InventoryDocument document;
	private final String name;
	private final Function<Inventory, T> compute;
	private final Consumer<T> apply;
	private final Display display;
	private boolean running;
	private boolean again;

	/**
	 * @param document the document
	 * @param name     the job's name, as the Progress view shows it
	 * @param compute  reads the inventory (off the UI thread; it must not change it)
	 * @param apply    given the result on the UI thread
	 */
	BackgroundRead(InventoryDocument document, String name, Function<Inventory, T> compute, Consumer<T> apply) {
		this.document = document;
		this.name = name;
		this.compute = compute;
		this.apply = apply;
		this.display = Display.getCurrent();
	}

	/** Computes again from the inventory as it is now; call on the UI thread. */
	void request() {
		if (running) {
			again = true;
			return;
		}
		running = true;
		InventoryDocument.Reading reading = document.beginRead();
		Job job = new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				T result = null;
				try {
					result = compute.apply(reading.inventory());
				} finally {
					T computed = result;
					if (!display.isDisposed()) {
						display.asyncExec(() -> finished(reading, computed));
					}
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setSystem(true);
		job.schedule();
	}

	private void finished(InventoryDocument.Reading reading, T result) {
		running = false;
		document.endRead(reading); // edits made meanwhile are applied now, and ask for another run
		if (result != null && reading.inventory() == document.inventory()) {
			apply.accept(result);
		}
		if (again) {
			again = false;
			request();
		}
	}
}
