package rdpdoctor.ui.internal;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import rdpdoctor.model.Finding;
import rdpdoctor.model.Severity;

/** The severity column shared by the Findings view and the Host editor. */
final class FindingColumns {

	private FindingColumns() {
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

	private static Finding finding(Object element) {
		return element instanceof FindingRow row ? row.finding() : (Finding) element;
	}
}
