package rdpdoctor.ui.internal;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** File menu commands: New, Open, Open Sample, Import (Save and Save As are the workbench's own). */
public final class FileHandlers {

	private FileHandlers() {
	}

	static InventoryDocument document(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		return window.getService(InventoryDocument.class);
	}

	/** File > New Inventory. */
	public static class NewInventory extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			InventoryDocument document = document(event);
			InventoryFiles.replacing(HandlerUtil.getActiveShell(event), document, document::newDocument);
			return null;
		}
	}

	/** File > Open Inventory... */
	public static class OpenInventory extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			InventoryFiles.open(HandlerUtil.getActiveShell(event), document(event));
			return null;
		}
	}

	/** File > Open Sample Inventory: the lab's hosts, as a new unsaved inventory. */
	public static class OpenSample extends AbstractHandler {

		/** The sample's path inside the bundle. */
		static final String SAMPLE = "samples/lab-sample.rdpdoctor";

		@Override
		public Object execute(ExecutionEvent event) {
			Shell shell = HandlerUtil.getActiveShell(event);
			InventoryDocument document = document(event);
			InventoryFiles.replacing(shell, document, () -> {
				try {
					URL entry = Platform.getBundle("rdpdoctor.ui").getEntry(SAMPLE);
					InventoryJobs.open(document, Path.of(FileLocator.toFileURL(entry).getPath()), true).schedule();
				} catch (IOException | RuntimeException e) {
					MessageDialog.openError(shell, "Cannot open the sample", e.getMessage());
				}
			});
			return null;
		}
	}

	/** File > Import Hosts...: any format an installed importer reads, with a preview. */
	public static class ImportHosts extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			ImportDialog.run(HandlerUtil.getActiveShell(event), document(event));
			return null;
		}
	}

	/** File > Import Hosts from Active Directory...: the directory's computers, with the same preview. */
	public static class ImportDirectory extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			DirectoryImportDialog.run(HandlerUtil.getActiveShell(event), document(event));
			return null;
		}
	}

	/** File > Import Events...: the Events view, and its file dialog. */
	public static class ImportEvents extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) throws org.eclipse.core.commands.ExecutionException {
			try {
				EventsView view = (EventsView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
						.showView(EventsView.ID);
				view.importWithDialog();
			} catch (org.eclipse.ui.PartInitException e) {
				throw new org.eclipse.core.commands.ExecutionException("The Events view could not open", e);
			}
			return null;
		}
	}
}
