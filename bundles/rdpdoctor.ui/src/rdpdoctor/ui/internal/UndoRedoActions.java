package rdpdoctor.ui.internal;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;

/** Edit > Undo and Redo for a part, on the document's command stack, labelled with the command they undo or redo. */
final class UndoRedoActions {

	private final InventoryDocument document;
	private final Action undo = new Action() {
		@Override
		public void run() {
			stack().undo();
		}
	};
	private final Action redo = new Action() {
		@Override
		public void run() {
			stack().redo();
		}
	};

	UndoRedoActions(InventoryDocument document, IActionBars bars) {
		this.document = document;
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		update();
	}

	private CommandStack stack() {
		return document.domain().getCommandStack();
	}

	/** Enables and labels the actions from the command stack. */
	void update() {
		Command toUndo = stack().getUndoCommand();
		Command toRedo = stack().getRedoCommand();
		undo.setEnabled(stack().canUndo());
		undo.setText("&Undo " + label(toUndo));
		redo.setEnabled(stack().canRedo());
		redo.setText("&Redo " + label(toRedo));
	}

	private static String label(Command command) {
		return command == null || command.getLabel() == null ? "" : command.getLabel();
	}
}
