package rdpdoctor.ui.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.IWorkbenchPartSite;

/**
 * Saving as the parts that show the inventory do it: the workbench's Save and Save As write the inventory file
 * (InventoryFiles), dirty while the inventory has unsaved edits.
 */
interface InventorySaving extends ISaveablePart {

	/** @return the inventory the part shows */
	InventoryDocument inventory();

	/** @return the part's site (every workbench part has one) */
	IWorkbenchPartSite getSite();

	/** @return the shell to ask in (the file dialog of Save As, errors) */
	default Shell savingShell() {
		return getSite().getShell();
	}

	@Override
	default void doSave(IProgressMonitor monitor) {
		InventoryFiles.save(savingShell(), inventory(), false);
	}

	@Override
	default void doSaveAs() {
		InventoryFiles.save(savingShell(), inventory(), true);
	}

	@Override
	default boolean isDirty() {
		return inventory().isDirty();
	}

	@Override
	default boolean isSaveAsAllowed() {
		return true;
	}
}
