package rdpdoctor.ui.internal;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import rdpdoctor.model.FindingRecord;
import rdpdoctor.model.Severity;

/** Table columns the views share: text columns and the severity column of findings. */
final class TableColumns {

	private TableColumns() {
	}

	/**
	 * @param severity a severity
	 * @return the workbench's error, warning or info icon
	 */
	static Image image(Severity severity) {
		String key = switch (severity) {
		case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
		case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
		case INFO -> ISharedImages.IMG_OBJS_INFO_TSK;
		};
		return PlatformUI.getWorkbench().getSharedImages().getImage(key);
	}

	/**
	 * Adds a column that shows text of each row.
	 *
	 * @param <T>    the rows' type
	 * @param viewer the table
	 * @param title  the header
	 * @param width  the width
	 * @param text   a row's text
	 * @return the column
	 */
	@SuppressWarnings("unchecked")
	static <T> TableViewerColumn text(TableViewer viewer, String title, int width, Function<T, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> text.apply((T) e)));
		return column;
	}

	/**
	 * Adds a severity column to a table of findings (elements that are or adapt to a model finding).
	 *
	 * @param viewer the table
	 * @param width  its width
	 * @return the column
	 */
	static TableViewerColumn severity(TableViewer viewer, int width) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText("Severity");
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return finding(element).getSeverity().getName();
			}

			@Override
			public Image getImage(Object element) {
				return image(finding(element).getSeverity());
			}
		});
		return column;
	}

	private static FindingRecord finding(Object element) {
		return element instanceof FindingRow row ? row.finding() : (FindingRecord) element;
	}
}
