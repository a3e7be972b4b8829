package rdpdoctor.ui.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;

import rdpdoctor.model.Group;
import rdpdoctor.model.Inventory;

/**
 * The navigator's content for a virtual tree: rows are made only when they scroll into view, so a 10,000-host
 * inventory with every group open stays quick. Groups come before hosts at every level; the filter is applied here
 * (a virtual tree takes no viewer filters). The children of each group are listed once and kept until
 * {@link #forget()}, which the view calls before every refresh.
 */
final class InventoryTreeContent implements ILazyTreeContentProvider {

	private static final Object[] NONE = {};

	private final TreeViewer viewer;
	private final InventoryFilter filter;
	private final Map<Object, Object[]> children = new IdentityHashMap<>();

	/**
	 * @param viewer the virtual tree viewer
	 * @param filter what to keep
	 */
	InventoryTreeContent(TreeViewer viewer, InventoryFilter filter) {
		this.viewer = viewer;
		this.filter = filter;
	}

	/** Drops the lists of children: the inventory or the filter changed. */
	void forget() {
		children.clear();
	}

	/** @param parent the inventory or a group whose children changed: they are listed again when asked */
	void forget(Object parent) {
		children.remove(parent);
	}

	/**
	 * @param parent the inventory or a group
	 * @return its groups, then its hosts, those the filter keeps
	 */
	Object[] children(Object parent) {
		return children.computeIfAbsent(parent, this::list);
	}

	private Object[] list(Object parent) {
		List<EObject> all = new ArrayList<>();
		if (parent instanceof Inventory inventory) {
			all.addAll(inventory.getGroups());
			all.addAll(inventory.getHosts());
		} else if (parent instanceof Group group) {
			all.addAll(group.getGroups());
			all.addAll(group.getHosts());
		} else {
			return NONE;
		}
		return filter.isActive() ? all.stream().filter(e -> filter.select(viewer, parent, e)).toArray() : all.toArray();
	}

	@Override
	public void updateElement(Object parent, int index) {
		Object[] kids = children(parent);
		if (index < kids.length) {
			Object child = kids[index];
			viewer.replace(parent, index, child);
			if (child instanceof Group) { // a host row has no children from the start; each call costs a GTK walk
				viewer.setChildCount(child, children(child).length);
			}
		}
	}

	@Override
	public void updateChildCount(Object element, int currentChildCount) {
		int count = children(element).length;
		if (count != currentChildCount) {
			viewer.setChildCount(element, count);
		}
	}

	@Override
	public Object getParent(Object element) {
		return element instanceof EObject object ? object.eContainer() : null;
	}

	@Override
	public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
		forget();
	}
}
