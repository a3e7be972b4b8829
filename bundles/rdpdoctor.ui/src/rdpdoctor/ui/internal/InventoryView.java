package rdpdoctor.ui.internal;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import rdpdoctor.model.Group;
import rdpdoctor.model.Host;
import rdpdoctor.model.Inventory;
import rdpdoctor.model.ModelFactory;

/** The Inventory navigator: groups and hosts (empty until an inventory is opened). */
public class InventoryView extends ViewPart {

	/** The view's id. */
	public static final String ID = "rdpdoctor.ui.inventory";

	private TreeViewer viewer;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setContentProvider(new InventoryContentProvider());
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof Group group) {
					return group.getName();
				}
				return element instanceof Host host ? host.getName() + ":" + host.getRdpPort() : super.getText(element);
			}
		});
		setInventory(ModelFactory.eINSTANCE.createInventory());
		getSite().setSelectionProvider(viewer);
	}

	/** @param inventory the inventory to show */
	public void setInventory(Inventory inventory) {
		viewer.setInput(inventory);
	}

	/** @return the tree viewer, for tests */
	public TreeViewer getViewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
