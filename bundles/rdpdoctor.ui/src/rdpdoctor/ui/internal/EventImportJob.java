package rdpdoctor.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import rdpdoctor.events.EventReadException;
import rdpdoctor.events.EventSources;
import rdpdoctor.events.internal.EvtxFileReader;
import rdpdoctor.events.internal.EvtxReader;

/**
 * Reads event files into a new {@link EventStore} in the background (the events already shown first, then each
 * file's), and hands it to the Event viewer when done; damage is reported, what can be read is read.
 */
final class EventImportJob extends Job {

	/** The family of these jobs. */
	static final Object FAMILY = EventImportJob.class;
	private final EventStore before;
	private final List<Path> files;
	private final BiConsumer<EventStore, List<String>> done;

	/**
	 * @param before the events shown now (read, not changed)
	 * @param files  the files to add
	 * @param done   given the new store and the damage found, in the job's thread
	 */
	EventImportJob(EventStore before, List<Path> files, BiConsumer<EventStore, List<String>> done) {
		super("Importing " + files.size() + (files.size() == 1 ? " event file" : " event files"));
		this.before = before;
		this.files = List.copyOf(files);
		this.done = done;
	}

	private static EventSources sources() {
		EventSources sources = EventSources.of(Platform.getExtensionRegistry());
		sources.problems().forEach(ContributionProblems.logOnce("event sources"));
		return sources;
	}

	private static byte[] head(Path file) throws IOException {
		try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
			return in.readNBytes(16);
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), files.size() + 1);
		EventStore store = before.copy();
		List<String> damage = new ArrayList<>();
		try {
			for (Path file : files) {
				progress.subTask(file.getFileName().toString());
				long[] number = { 0 };
				String name = file.toString();
				java.util.function.Consumer<rdpdoctor.events.LogEvent> add = e -> {
					if (progress.isCanceled()) {
						throw new OperationCanceledException();
					}
					store.add(e, name, e.recordId() != 0 ? e.recordId() : ++number[0]);
				};
				if (new EvtxFileReader().accepts(file, head(file))) {
					// fields only (the details read the XML again), made ready in the reader's workers
					EvtxReader.read(file, events -> new EventStore.Batch(events, name), batch -> {
						if (progress.isCanceled()) {
							throw new OperationCanceledException();
						}
						store.add(batch);
					}, damage::add, false);
				} else {
					sources().read(file, add, damage::add);
				}
				progress.worked(1);
			}
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (EventReadException e) {
			damage.add(e.getMessage());
		} catch (IOException e) {
			damage.add(e.getMessage());
		}
		store.sort();
		progress.worked(1);
		done.accept(store, damage);
		return damage.isEmpty() ? Status.OK_STATUS : Status.warning(damage.size() + " problems: " + String.join("; ",
				damage.subList(0, Math.min(5, damage.size()))));
	}
}
