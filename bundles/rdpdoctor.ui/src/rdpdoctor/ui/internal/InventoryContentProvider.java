package rdpdoctor.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;

import rdpdoctor.model.Group;
import rdpdoctor.model.Inventory;

/** Groups before hosts, at every level of an {@link Inventory}. */
public class InventoryContentProvider implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		return getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		List<Object> children = new ArrayList<>();
		if (parent instanceof Inventory inventory) {
			children.addAll(inventory.getGroups());
			children.addAll(inventory.getHosts());
		} else if (parent instanceof Group group) {
			children.addAll(group.getGroups());
			children.addAll(group.getHosts());
		}
		return children.toArray();
	}

	@Override
	public Object getParent(Object element) {
		return element instanceof org.eclipse.emf.ecore.EObject e ? e.eContainer() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof Group group && !(group.getGroups().isEmpty() && group.getHosts().isEmpty());
	}
}
