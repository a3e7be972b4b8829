package rdpdoctor.ui.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Answers a modal input dialog the way a user does: types into its text field and presses OK. */
final class Dialogs {

	private Dialogs() {
	}

	/**
	 * @param display the display
	 * @param title   the dialog's title
	 * @param answer  what to type
	 */
	static void answer(Display display, String title, String answer) {
		for (Shell shell : display.getShells()) {
			if (title.equals(shell.getText()) && shell.isVisible()) {
				find(shell, Text.class).setText(answer);
				Button ok = (Button) find(shell, b -> b instanceof Button button
						&& IDialogConstants.OK_LABEL.equals(button.getText()));
				ok.notifyListeners(SWT.Selection, new Event());
				return;
			}
		}
		throw new IllegalStateException("no open dialog titled " + title);
	}

	/**
	 * Presses a button of an open dialog, as a user does.
	 *
	 * @param display the display
	 * @param title   the dialog's title
	 * @param button  the button's label
	 * @return the dialog's texts (its message), one line per label
	 */
	static String press(Display display, String title, String button) {
		for (Shell shell : display.getShells()) {
			if (title.equals(shell.getText()) && shell.isVisible()) {
				StringBuilder texts = new StringBuilder();
				collectLabels(shell, texts);
				Button pressed = (Button) find(shell, b -> b instanceof Button candidate
						&& button.equals(candidate.getText()));
				pressed.notifyListeners(SWT.Selection, new Event());
				return texts.toString();
			}
		}
		throw new IllegalStateException("no open dialog titled " + title);
	}

	/**
	 * Answers a dialog with a text field and a check box: types, ticks the box if asked, presses OK.
	 *
	 * @param shell  the dialog's shell
	 * @param answer what to type
	 * @param check  the check box's label, null to leave it
	 * @return the dialog's texts (its message), one line per label
	 */
	static String answer(Shell shell, String answer, String check) {
		StringBuilder texts = new StringBuilder();
		collectLabels(shell, texts);
		find(shell, Text.class).setText(answer);
		if (check != null) {
			((Button) find(shell, b -> b instanceof Button box && check.equals(box.getText()))).setSelection(true);
		}
		((Button) find(shell, b -> b instanceof Button button && IDialogConstants.OK_LABEL.equals(button.getText())))
				.notifyListeners(SWT.Selection, new Event());
		return texts.toString();
	}

	/**
	 * @param display the display
	 * @param title   a dialog title
	 * @return the open dialog with that title, null if none
	 */
	static Shell open(Display display, String title) {
		for (Shell shell : display.getShells()) {
			if (title.equals(shell.getText()) && shell.isVisible()) {
				return shell;
			}
		}
		return null;
	}

	private static void collectLabels(Composite parent, StringBuilder texts) {
		for (Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Label label) {
				texts.append(label.getText()).append('\n');
			} else if (child instanceof Composite composite) {
				collectLabels(composite, texts);
			}
		}
	}

	private static <T extends Control> T find(Composite parent, Class<T> type) {
		return type.cast(find(parent, type::isInstance));
	}

	private static Control find(Composite parent, java.util.function.Predicate<Control> wanted) {
		for (Control child : parent.getChildren()) {
			if (wanted.test(child)) {
				return child;
			}
			if (child instanceof Composite composite) {
				Control found = find(composite, wanted);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
