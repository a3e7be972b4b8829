package rdpdoctor.ui.internal;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

import rdpdoctor.core.inventory.RunRecords;
import rdpdoctor.model.Host;
import rdpdoctor.model.Inventory;
import rdpdoctor.model.ModelFactory;
import rdpdoctor.model.ProbeRun;
import rdpdoctor.model.persistence.InventoryStore;

/**
 * The inventory the workbench shows: its file, an EMF editing domain whose command stack gives undo/redo and the
 * dirty state, and the diagnoses recorded into it. Changed on the UI thread only: jobs open, save and import holding
 * {@link #rule()}, and read the inventory while edits wait ({@link #beginRead()}); reached as a workbench service
 * ({@code getService(InventoryDocument.class)}).
 */
public final class InventoryDocument {

	/** Told when the inventory changes. */
	public interface Listener {

		/** The inventory was replaced, edited, undone or redone: refresh everything. */
		void inventoryChanged();

		/**
		 * New diagnoses were recorded.
		 *
		 * @param hosts the hosts that have a new last run
		 */
		void hostsDiagnosed(List<Host> hosts);

		/** The inventory was saved (or became dirty without an edit): only the dirty state may differ. */
		default void dirtyStateChanged() {
		}
	}

	/**
	 * A job's read of the inventory off the UI thread (see {@link InventoryDocument#beginRead()}).
	 *
	 * @param inventory      the inventory read; not changed until {@link InventoryDocument#endRead} is called
	 * @param mark           the command stack's state
	 * @param recordsVersion how many times diagnoses had been recorded
	 * @param editVersion    how many edits, undos and redos had been done
	 */
	public record Reading(Inventory inventory, DocumentCommandStack.Mark mark, long recordsVersion,
			long editVersion) {
	}

	/** How many runs a host keeps: the last one and the one before, to show what changed. */
	public static final int KEEP_RUNS = 2;

	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private final ISchedulingRule rule = new DocumentRule();
	private Inventory inventory;
	private Path file;
	private AdapterFactoryEditingDomain domain;
	private final Queue<Runnable> heldBack = new ArrayDeque<>();
	private int readers;
	private DocumentCommandStack stack;
	private long editVersion;
	private long recordsVersion;
	private long savedRecordsVersion;

	/** An empty inventory; the workbench has one document, made by {@link InventoryDocumentFactory}. */
	public InventoryDocument() {
		replace(newInventory(), null);
	}

	private static Inventory newInventory() {
		Inventory created = ModelFactory.eINSTANCE.createInventory();
		created.setName("Inventory");
		return created;
	}

	/** @return the inventory shown */
	public Inventory inventory() {
		return inventory;
	}

	/** @return the file it was opened from or saved to, null for a new one */
	public Path file() {
		return file;
	}

	/** @return the editing domain, for EMF commands */
	public AdapterFactoryEditingDomain domain() {
		return domain;
	}

	/** @return whether edits or diagnoses are not saved yet */
	public boolean isDirty() {
		return recordsVersion != savedRecordsVersion || stack.isSaveNeeded();
	}

	/**
	 * @return the rule that jobs reading or writing this document's file hold, so that an open, a save and an import
	 *         of the same document run one after the other
	 */
	public ISchedulingRule rule() {
		return rule;
	}

	/** Starts an empty inventory (the caller asked about unsaved changes). */
	public void newDocument() {
		replace(newInventory(), null);
	}

	/**
	 * Shows an inventory read by a job (see {@link InventoryJobs#open}).
	 *
	 * @param loaded the inventory
	 * @param path   the file it is, null to show it as a new unsaved inventory (a sample or template)
	 */
	public void show(Inventory loaded, Path path) {
		replace(loaded, path);
	}

	/**
	 * Lets a job read the inventory off the UI thread: until the matching {@link #endRead}, edits, undos, redos and
	 * recorded diagnoses are held back, and they are applied in order when the last read ends. Replacing the
	 * inventory (open, new) is not held back: the job goes on reading the one it was given. Call on the UI thread.
	 *
	 * @return what the job reads
	 */
	public Reading beginRead() {
		readers++;
		return new Reading(inventory, stack.mark(), recordsVersion, editVersion);
	}

	/**
	 * Ends a read; the changes held back meanwhile are applied now if it was the last. Call on the UI thread.
	 *
	 * @param reading what {@link #beginRead()} gave
	 */
	public void endRead(Reading reading) {
		if (readers == 0) {
			throw new IllegalStateException("no read to end");
		}
		readers--;
		while (readers == 0 && !heldBack.isEmpty()) {
			heldBack.poll().run();
		}
	}

	/**
	 * @param reading a read
	 * @return whether the inventory is the one read and no edit was done since (diagnoses may have been recorded)
	 */
	public boolean unchangedSince(Reading reading) {
		return reading.inventory() == inventory && reading.editVersion() == editVersion;
	}

	/**
	 * Records that what a read saw was saved: the document is clean unless it was edited or diagnosed since, or
	 * another inventory is shown now.
	 *
	 * @param reading what was written
	 * @param path    where
	 */
	public void saved(Reading reading, Path path) {
		if (reading.inventory() != inventory) {
			return;
		}
		file = path;
		savedRecordsVersion = reading.recordsVersion();
		stack.savedAt(reading.mark());
		for (Listener listener : listeners) {
			listener.dirtyStateChanged();
		}
	}

	/**
	 * Runs an undoable edit.
	 *
	 * @param command an EMF command
	 * @return whether it could run
	 */
	public boolean execute(Command command) {
		if (command == null || !command.canExecute()) {
			return false;
		}
		domain.getCommandStack().execute(command);
		return true;
	}

	/**
	 * Records diagnoses (not undoable: they are facts, not edits) and tells the listeners.
	 *
	 * @param hosts the hosts
	 * @param runs  their new runs, same order
	 */
	public void record(List<Host> hosts, List<ProbeRun> runs) {
		if (readers > 0) {
			heldBack.add(() -> record(hosts, runs));
			return;
		}
		for (int i = 0; i < hosts.size(); i++) {
			RunRecords.record(hosts.get(i), runs.get(i), KEEP_RUNS);
		}
		recordsVersion++;
		for (Listener listener : listeners) {
			listener.hostsDiagnosed(hosts);
		}
	}

	/** @param listener told of changes until removed */
	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	/** @param listener no longer told */
	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	private void replace(Inventory replacement, Path path) {
		inventory = replacement;
		file = path;
		savedRecordsVersion = recordsVersion;
		heldBack.clear(); // edits of the inventory replaced
		InventoryStore.attach(replacement); // a save job must not attach it to a resource from its thread
		editVersion++;
		stack = new DocumentCommandStack(this::holdBackWhileRead);
		stack.addCommandStackListener(event -> {
			editVersion++;
			fireChanged();
		});
		domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack);
		fireChanged();
	}

	private void holdBackWhileRead(Runnable change) {
		if (readers > 0) {
			heldBack.add(change);
		} else {
			change.run();
		}
	}

	private void fireChanged() {
		for (Listener listener : listeners) {
			listener.inventoryChanged();
		}
	}
}
