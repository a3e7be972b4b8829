package rdpdoctor.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import rdpdoctor.core.inventory.InventoryValidator;
import rdpdoctor.model.Severity;

/** New, Open, Save and Save As with the dialogs around them: unsaved changes, validation, errors. */
public final class InventoryFiles {

	/** The file name extension of inventories. */
	public static final String EXTENSION = "*.rdpdoctor";
	private static final int SHOWN_PROBLEMS = 12;

	private InventoryFiles() {
	}

	/**
	 * @param shell    parent of the dialogs
	 * @param document the document
	 * @return whether it is fine to replace the document (saved, or the user lets the changes go)
	 */
	public static boolean confirmDiscard(Shell shell, InventoryDocument document) {
		if (!document.isDirty()) {
			return true;
		}
		int answer = MessageDialog.open(MessageDialog.QUESTION_WITH_CANCEL, shell, "Unsaved changes",
				"The inventory has unsaved changes. Save them first?", SWT.NONE, "Save", "Don't Save", "Cancel");
		return answer == 0 ? save(shell, document, false) : answer == 1;
	}

	/**
	 * Asks for a file and opens it; a malformed file leaves the document as it was.
	 *
	 * @param shell    parent of the dialogs
	 * @param document the document
	 */
	public static void open(Shell shell, InventoryDocument document) {
		if (!confirmDiscard(shell, document)) {
			return;
		}
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText("Open Inventory");
		dialog.setFilterExtensions(new String[] { EXTENSION, "*" });
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			document.open(Path.of(chosen));
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(shell, "Cannot open the inventory", e.getMessage());
		}
	}

	/**
	 * Validates, asks where when needed, saves atomically.
	 *
	 * @param shell    parent of the dialogs
	 * @param document the document
	 * @param as       whether to ask for a new file even when the document has one
	 * @return whether it was saved
	 */
	public static boolean save(Shell shell, InventoryDocument document, boolean as) {
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
		try {
			document.save(target);
			return true;
		} catch (IOException e) {
			MessageDialog.openError(shell, "Cannot save the inventory",
					target + ": " + e.getMessage() + "\nThe file on disk is unchanged.");
			return false;
		}
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
