package rdpdoctor.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import rdpdoctor.core.inventory.InventoryValidator;
import rdpdoctor.model.Severity;

/**
 * New, Open, Save and Save As with the dialogs around them (unsaved changes, validation); the reading and writing
 * are {@link InventoryJobs}.
 */
public final class InventoryFiles {

	/** The file name extension of inventories. */
	public static final String EXTENSION = "*.rdpdoctor";
	private static final int SHOWN_PROBLEMS = 12;

	private InventoryFiles() {
	}

	/** What the user answered when asked about unsaved changes. */
	public enum Discard {
		/** Nothing was unsaved, or the user lets the changes go: go on. */
		PROCEED,
		/** A save was started; what was asked for runs once it has written the file. */
		SAVING,
		/** The user cancelled, or the save could not start: do nothing. */
		CANCELLED
	}

	/**
	 * Asks about unsaved changes before the document is replaced or the workbench closes.
	 *
	 * @param shell      parent of the dialogs
	 * @param document   the document
	 * @param afterwards what was asked for, run on the UI thread once a save chosen here has written the file
	 * @return the answer: run {@code afterwards} yourself on {@link Discard#PROCEED}
	 */
	public static Discard confirmDiscard(Shell shell, InventoryDocument document, Runnable afterwards) {
		if (!document.isDirty()) {
			return Discard.PROCEED;
		}
		int answer = MessageDialog.open(MessageDialog.QUESTION_WITH_CANCEL, shell, "Unsaved changes",
				"The inventory has unsaved changes. Save them first?", SWT.NONE, "Save", "Don't Save", "Cancel");
		return switch (answer) {
		case 0 -> save(shell, document, false, afterwards) ? Discard.SAVING : Discard.CANCELLED;
		case 1 -> Discard.PROCEED;
		default -> Discard.CANCELLED;
		};
	}

	/**
	 * Runs {@code replace} once unsaved changes are saved or let go, as the user answers.
	 *
	 * @param shell    parent of the dialogs
	 * @param document the document
	 * @param replace  what replaces the document
	 */
	public static void replacing(Shell shell, InventoryDocument document, Runnable replace) {
		if (confirmDiscard(shell, document, replace) == Discard.PROCEED) {
			replace.run();
		}
	}

	/**
	 * Asks for a file and opens it in a job; a malformed file leaves the document as it was.
	 *
	 * @param shell    parent of the dialogs
	 * @param document the document
	 */
	public static void open(Shell shell, InventoryDocument document) {
		replacing(shell, document, () -> {
			FileDialog dialog = new FileDialog(shell, SWT.OPEN);
			dialog.setText("Open Inventory");
			dialog.setFilterExtensions(new String[] { EXTENSION, "*" });
			String chosen = dialog.open();
			if (chosen != null) {
				InventoryJobs.open(document, Path.of(chosen), false).schedule();
			}
		});
	}

	/**
	 * Validates, asks where when needed, and saves atomically in a job.
	 *
	 * @param shell    parent of the dialogs
	 * @param document the document
	 * @param as       whether to ask for a new file even when the document has one
	 */
	public static void save(Shell shell, InventoryDocument document, boolean as) {
		save(shell, document, as, () -> {
			// nothing waits for this save
		});
	}

	/**
	 * Validates, asks where when needed, and saves atomically in a job.
	 *
	 * @param shell      parent of the dialogs
	 * @param document   the document
	 * @param as         whether to ask for a new file even when the document has one
	 * @param afterwards run on the UI thread once the file is written
	 * @return whether a save was started (false: the user cancelled)
	 */
	public static boolean save(Shell shell, InventoryDocument document, boolean as, Runnable afterwards) {
		List<InventoryValidator.Problem> errors = InventoryValidator.validate(document.inventory()).stream()
				.filter(p -> p.severity() == Severity.ERROR).toList();
		if (!errors.isEmpty() && !MessageDialog.openQuestion(shell, "The inventory has problems",
				describe(errors) + "\n\nSave anyway? (Nothing is lost: fix the entries later.)")) {
			return false;
		}
		Path target = document.file();
		if (as || target == null) {
			FileDialog dialog = new FileDialog(shell, SWT.SAVE);
			dialog.setText("Save Inventory As");
			dialog.setFilterExtensions(new String[] { EXTENSION });
			dialog.setOverwrite(true);
			String chosen = dialog.open();
			if (chosen == null) {
				return false;
			}
			target = Path.of(chosen.endsWith(".rdpdoctor") ? chosen : chosen + ".rdpdoctor");
		}
		InventoryJobs.save(document, target, afterwards).schedule();
		return true;
	}

	/**
	 * @param problems validation problems
	 * @return them as lines, the first few only
	 */
	public static String describe(List<InventoryValidator.Problem> problems) {
		String shown = problems.stream().limit(SHOWN_PROBLEMS).map(InventoryValidator.Problem::message)
				.collect(Collectors.joining("\n"));
		return problems.size() > SHOWN_PROBLEMS ? shown + "\n... and " + (problems.size() - SHOWN_PROBLEMS) + " more"
				: shown;
	}
}
