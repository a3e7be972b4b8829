package rdpdoctor.ui.internal;

import java.util.function.Consumer;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/**
 * The document's command stack: it can mark the state a background save is writing and call that state saved when
 * the save ends, and it holds edits, undos and redos back while a job reads the inventory (see
 * {@link InventoryDocument#beginRead()}).
 */
final class DocumentCommandStack extends BasicCommandStack {

	/** A state of the stack: how many commands were done, and the last of them. */
	record Mark(int top, Command last) {
	}

	private final Consumer<Runnable> holdBack;

	/** @param holdBack given each change to the stack: runs it now, or later when no job reads the inventory */
	DocumentCommandStack(Consumer<Runnable> holdBack) {
		this.holdBack = holdBack;
	}

	@Override
	public void execute(Command command) {
		holdBack.accept(() -> super.execute(command));
	}

	@Override
	public void undo() {
		holdBack.accept(super::undo);
	}

	@Override
	public void redo() {
		holdBack.accept(super::redo);
	}

	/** @return the state now */
	Mark mark() {
		return new Mark(top, top >= 0 ? commandList.get(top) : null);
	}

	/**
	 * Records that the state {@code mark} is what the file holds.
	 *
	 * @param mark a state taken by {@link #mark()}; if undo and new edits have since dropped it from the stack, no state
	 *             of the stack is the file's any more
	 */
	void savedAt(Mark mark) {
		boolean stillThere = mark.top() < 0 || mark.top() < commandList.size() && commandList.get(mark.top()) == mark.last();
		saveIndex = stillThere ? mark.top() : -2;
	}
}
