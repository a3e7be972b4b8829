package rdpdoctor.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import rdpdoctor.core.inventory.ImportedHost;
import rdpdoctor.core.inventory.InventoryMerge;
import rdpdoctor.model.Inventory;
import rdpdoctor.model.persistence.InventoryStore;
import rdpdoctor.model.persistence.StoreProgress;

/**
 * Open, save and import as jobs, as EGit runs its repository operations: the file is read or written in the
 * background while holding the document's {@link InventoryDocument#rule() rule} (so they run one after the other),
 * with progress in kilobytes and Cancel. The document changes on the UI thread only: a save writes the inventory
 * shown while edits wait ({@link InventoryDocument#beginRead()}), an open shows the inventory read once it is whole.
 * A failure is the job's error status, naming the file (and the line, for a malformed inventory); the document is
 * then as it was.
 */
public final class InventoryJobs {

	/** The family of these jobs, for {@code Job.getJobManager().join}. */
	public static final Object FAMILY = InventoryJobs.class;
	private static final String PLUGIN = "rdpdoctor.ui";

	private InventoryJobs() {
	}

	/**
	 * @param document the document to show the file in
	 * @param path     an inventory file
	 * @param asNew    show it as a new unsaved inventory (a sample or template: Save asks where)
	 * @return the job, not scheduled yet
	 */
	public static Job open(InventoryDocument document, Path path, boolean asNew) {
		return open(document, path, asNew, () -> {
			// nothing follows
		});
	}

	/**
	 * @param document   the document to show the file in
	 * @param path       an inventory file
	 * @param asNew      show it as a new unsaved inventory (a sample or template: Save asks where)
	 * @param afterwards run on the UI thread once the inventory is shown, before the job ends; not run when the open
	 *                   fails or is cancelled
	 * @return the job, not scheduled yet
	 */
	public static Job open(InventoryDocument document, Path path, boolean asNew, Runnable afterwards) {
		Display display = Display.getCurrent();
		return job("Opening " + path.getFileName(), document, monitor -> {
			Inventory loaded = InventoryStore.load(path, progress(monitor, "Reading " + path, size(path)));
			monitor.subTask("Showing the inventory");
			onUi(display, () -> {
				document.show(loaded, asNew ? null : path);
				afterwards.run();
			});
		}, "Cannot open the inventory");
	}

	/**
	 * @param document   the document
	 * @param target     where to save
	 * @param afterwards run on the UI thread once the file is written (for example, what a Save-first question was
	 *                   asked for); not run when the save fails or is cancelled
	 * @return the job, not scheduled yet
	 */
	public static Job save(InventoryDocument document, Path target, Runnable afterwards) {
		Display display = Display.getCurrent();
		return job("Saving " + target.getFileName(), document, monitor -> {
			InventoryDocument.Reading reading = onUi(display, document::beginRead);
			try {
				InventoryStore.save(reading.inventory(), target, progress(monitor, "Writing " + target, -1));
				onUi(display, () -> {
					document.saved(reading, target);
					afterwards.run();
				});
			} finally {
				onUi(display, () -> document.endRead(reading));
			}
		}, "Cannot save the inventory (the file on disk is unchanged)");
	}

	/**
	 * @param document the document the hosts are for (the job holds its rule while the files are read)
	 * @param paths    files to read with the installed importers
	 * @param preview  given, on the UI thread, the hosts read, one line per file or entry left out, and what adding
	 *                 them would add (worked out in the job, while edits wait)
	 * @return the job, not scheduled yet
	 */
	public static Job importFiles(InventoryDocument document, List<Path> paths,
			Consumer<ImportDialog.Read> preview) {
		Display display = Display.getCurrent();
		return job("Importing " + paths.size() + (paths.size() == 1 ? " file" : " files"), document, monitor -> {
			monitor.beginTask("Reading", paths.size());
			List<String> problems = new ArrayList<>();
			List<ImportedHost> hosts = new ArrayList<>();
			for (Path path : paths) {
				if (monitor.isCanceled()) {
					throw new CancellationException();
				}
				monitor.subTask(path.toString());
				hosts.addAll(ImportDialog.read(List.of(path), problems));
				monitor.worked(1);
			}
			preview(display, document, monitor, new Read(hosts, problems, paths.size()), preview);
		}, "Cannot import");
	}

	/**
	 * @param document the document the hosts are for
	 * @param source   the directory and how to read it
	 * @param password the bind password (cleared when the job ends)
	 * @param preview  given, on the UI thread, the computers read and what adding them would add
	 * @return the job, not scheduled yet
	 */
	public static Job importDirectory(InventoryDocument document, rdpdoctor.inventory.io.DirectoryImport.Source source,
			char[] password, Consumer<ImportDialog.Read> preview) {
		Display display = Display.getCurrent();
		return job("Importing the computers of " + source.url(), document, monitor -> {
			monitor.beginTask("Reading " + source.baseDn() + " from " + source.url(), IProgressMonitor.UNKNOWN);
			List<String> problems = new ArrayList<>();
			List<ImportedHost> hosts = new ArrayList<>();
			try {
				rdpdoctor.inventory.io.DirectoryImport.Counts counts = rdpdoctor.inventory.io.DirectoryImport.read(
						source, password, host -> {
							if (monitor.isCanceled()) {
								throw new CancellationException();
							}
							hosts.add(host);
						}, problems::add);
				if (counts.disabled() > 0) {
					problems.add(0, counts.disabled() + " disabled computer accounts skipped");
				}
				if (counts.referrals() > 0) {
					problems.add(counts.referrals() + " referrals to other servers not followed");
				}
			} finally {
				java.util.Arrays.fill(password, '\0');
			}
			preview(display, document, monitor, new Read(hosts, problems, 1), preview);
		}, "Cannot import from " + source.url());
	}

	/** What an import job read: the hosts, the lines left out, how many sources. */
	private record Read(List<ImportedHost> hosts, List<String> problems, int sources) {
	}

	/** Works out, while edits wait, what adding the hosts would add, and hands it to the preview on the UI thread. */
	private static void preview(Display display, InventoryDocument document, IProgressMonitor monitor, Read read,
			Consumer<ImportDialog.Read> preview) {
		monitor.subTask("Comparing with the inventory");
		InventoryDocument.Reading reading = onUi(display, document::beginRead);
		InventoryMerge.Plan plan;
		try {
			plan = InventoryMerge.plan(reading.inventory(), read.hosts());
		} finally {
			onUi(display, () -> document.endRead(reading));
		}
		display.asyncExec(() -> preview.accept(new ImportDialog.Read(read.hosts(), read.problems(), read.sources(),
				plan, reading)));
	}

	/** The work of a job, which may fail or be cancelled. */
	private interface Work {
		void run(IProgressMonitor monitor) throws IOException;
	}

	private static Job job(String name, InventoryDocument document, Work work, String failure) {
		Job job = new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					work.run(monitor);
					return Status.OK_STATUS;
				} catch (CancellationException e) {
					return Status.CANCEL_STATUS;
				} catch (IOException | RuntimeException e) {
					String reason = e.getMessage() == null ? e.toString() : e.getMessage();
					return Status.error(failure + ": " + reason, e);
				} finally {
					monitor.done();
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setRule(document.rule());
		job.setUser(true);
		return job;
	}

	/** @return progress in KiB against {@code total} bytes (unknown: -1), asking the monitor whether to go on */
	private static StoreProgress progress(IProgressMonitor monitor, String task, long total) {
		monitor.beginTask(task, total > 0 ? (int) Math.min(Integer.MAX_VALUE, total / 1024) : IProgressMonitor.UNKNOWN);
		long[] reported = { 0 };
		return bytes -> {
			int kib = (int) ((bytes - reported[0]) / 1024);
			monitor.worked(kib);
			reported[0] += kib * 1024L;
			return !monitor.isCanceled();
		};
	}

	private static long size(Path path) {
		try {
			return Files.size(path);
		} catch (IOException e) {
			return -1; // the load names the problem
		}
	}

	/** Runs on the UI thread and waits for it, so that the job keeps its rule until the document is updated. */
	private static void onUi(Display display, Runnable runnable) {
		onUi(display, () -> {
			runnable.run();
			return null;
		});
	}

	/** @return what {@code supplier} gives, run on the UI thread */
	private static <T> T onUi(Display display, Supplier<T> supplier) {
		if (display == null || display.isDisposed()) {
			throw new CancellationException("the workbench is closing");
		}
		List<T> result = new ArrayList<>(1);
		RuntimeException[] failed = new RuntimeException[1];
		display.syncExec(() -> {
			try {
				result.add(supplier.get());
			} catch (RuntimeException e) {
				failed[0] = e;
			}
		});
		if (failed[0] != null) {
			throw failed[0];
		}
		if (result.isEmpty()) {
			throw new CancellationException("the workbench closed");
		}
		return result.get(0);
	}
}
