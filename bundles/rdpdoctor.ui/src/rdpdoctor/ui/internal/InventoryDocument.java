package rdpdoctor.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
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
 * dirty state, and the diagnoses recorded into it. Touched from the UI thread only; reached as a workbench service
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
	}

	/** How many runs a host keeps: the last one and the one before, to show what changed. */
	public static final int KEEP_RUNS = 2;

	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private Inventory inventory;
	private Path file;
	private AdapterFactoryEditingDomain domain;
	private boolean resultsUnsaved;

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
		return resultsUnsaved || ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	/** Starts an empty inventory (the caller asked about unsaved changes). */
	public void newDocument() {
		replace(newInventory(), null);
	}

	/**
	 * @param path an inventory file
	 * @throws IOException when it cannot be read; the document shown stays as it was
	 */
	public void open(Path path) throws IOException {
		replace(InventoryStore.load(path), path);
	}

	/**
	 * Opens a file as a new, unsaved inventory (a sample or template: Save asks where).
	 *
	 * @param path an inventory file
	 * @throws IOException when it cannot be read; the document shown stays as it was
	 */
	public void openCopy(Path path) throws IOException {
		replace(InventoryStore.load(path), null);
	}

	/**
	 * Saves atomically.
	 *
	 * @param path where, null for the file it came from
	 * @throws IOException when it cannot be written; the old file is intact
	 */
	public void save(Path path) throws IOException {
		Path target = path != null ? path : file;
		if (target == null) {
			throw new IOException("the inventory has no file yet: use Save As");
		}
		InventoryStore.save(inventory, target);
		file = target;
		resultsUnsaved = false;
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		fireChanged();
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
		for (int i = 0; i < hosts.size(); i++) {
			RunRecords.record(hosts.get(i), runs.get(i), KEEP_RUNS);
		}
		resultsUnsaved = true;
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
		resultsUnsaved = false;
		BasicCommandStack stack = new BasicCommandStack();
		stack.addCommandStackListener(event -> fireChanged());
		domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack);
		fireChanged();
	}

	private void fireChanged() {
		for (Listener listener : listeners) {
			listener.inventoryChanged();
		}
	}
}
