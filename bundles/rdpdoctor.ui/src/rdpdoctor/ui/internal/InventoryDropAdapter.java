package rdpdoctor.ui.internal;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.TransferData;

/** Drops hosts and groups dragged in the navigator onto a group (or a host's group, or empty space = top level). */
class InventoryDropAdapter extends ViewerDropAdapter {

	private final InventoryDocument document;

	InventoryDropAdapter(TreeViewer viewer, InventoryDocument document) {
		super(viewer);
		this.document = document;
		setFeedbackEnabled(false);
	}

	@Override
	public boolean validateDrop(Object target, int operation, TransferData type) {
		return LocalSelectionTransfer.getTransfer().isSupportedType(type) && command(target) != null;
	}

	@Override
	public boolean performDrop(Object data) {
		return document.execute(command(getCurrentTarget()));
	}

	private Command command(Object target) {
		if (!(LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection dragged)) {
			return null;
		}
		EObject container = target == null ? document.inventory() : InventoryEdits.container(target);
		return container == null ? null : InventoryEdits.move(document.domain(), dragged.toList(), container);
	}
}
