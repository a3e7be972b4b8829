package rdpdoctor.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;

/** File's numbered list of recent inventories: a click opens one (unsaved changes asked about first). */
public final class RecentInventoriesMenu extends CompoundContributionItem {

	@Override
	protected IContributionItem[] getContributionItems() {
		List<IContributionItem> items = new ArrayList<>();
		int n = 0;
		for (Path file : RecentInventories.list()) {
			n++;
			Path folder = file.getParent();
			String label = (n < 10 ? "&" + n + " " : "") + file.getFileName().toString().replace("&", "&&")
					+ (folder == null ? "" : "  [" + folder.toString().replace("&", "&&") + "]");
			items.add(new ActionContributionItem(new Action(label) {
				@Override
				public void run() {
					open(file);
				}
			}));
		}
		return items.toArray(IContributionItem[]::new);
	}

	/**
	 * Opens a recent inventory, or says it is gone and forgets it.
	 *
	 * @param file the inventory
	 */
	static void open(Path file) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (!Files.isRegularFile(file)) {
			RecentInventories.remove(file);
			MessageDialog.openInformation(window.getShell(), "Open Recent Inventory", file
					+ " no longer exists; it is taken off the list.");
			return;
		}
		InventoryDocument document = window.getService(InventoryDocument.class);
		InventoryFiles.replacing(window.getShell(), document, () -> InventoryJobs.open(document, file, false)
				.schedule());
	}
}
