package rdpdoctor.ui.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** The Save As dialog of the views' exports: a file name proposed, overwriting asked about. */
final class SaveDialogs {

	private SaveDialogs() {
	}

	/**
	 * @param shell      the parent
	 * @param title      the dialog's title
	 * @param proposed   the file name proposed
	 * @param extensions the filters, e.g. {@code *.csv}
	 * @param names      what each filter is
	 * @return the file chosen, if any
	 */
	static Optional<Path> ask(Shell shell, String title, String proposed, String[] extensions, String[] names) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(title);
		dialog.setFilterExtensions(extensions);
		dialog.setFilterNames(names);
		dialog.setFileName(proposed);
		dialog.setOverwrite(true);
		return Optional.ofNullable(dialog.open()).map(Path::of);
	}
}
