package rdpdoctor.ui.internal;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import rdpdoctor.model.Group;
import rdpdoctor.model.Host;
import rdpdoctor.model.Inventory;
import rdpdoctor.model.ModelPackage;

/** The undoable edits of an inventory, as EMF commands. */
public final class InventoryEdits {

	private static final ModelPackage MODEL = ModelPackage.eINSTANCE;

	private InventoryEdits() {
	}

	/**
	 * @param element a selected element
	 * @return the group or inventory new children go into: the element itself, or a host's container
	 */
	public static EObject container(Object element) {
		if (element instanceof Group || element instanceof Inventory) {
			return (EObject) element;
		}
		return element instanceof Host host ? host.eContainer() : null;
	}

	/**
	 * @param domain    the editing domain
	 * @param container a group or the inventory
	 * @param child     a new group or host
	 * @return the command that adds it
	 */
	public static Command add(EditingDomain domain, EObject container, EObject child) {
		return AddCommand.create(domain, container, feature(container, child), child);
	}

	/**
	 * @param domain   the editing domain
	 * @param elements groups and hosts
	 * @return the command that removes them from their containers
	 */
	public static Command delete(EditingDomain domain, Collection<?> elements) {
		CompoundCommand delete = new CompoundCommand("Delete");
		for (Object element : elements) {
			if (element instanceof Group || element instanceof Host) {
				EObject child = (EObject) element;
				delete.append(RemoveCommand.create(domain, child.eContainer(), child.eContainingFeature(), child));
			}
		}
		return delete.isEmpty() ? null : delete;
	}

	/**
	 * @param domain   the editing domain
	 * @param elements groups and hosts to move
	 * @param target   a group or the inventory
	 * @return the command, null when a group would move into itself or nothing would change
	 */
	public static Command move(EditingDomain domain, List<?> elements, EObject target) {
		CompoundCommand move = new CompoundCommand("Move");
		for (Object element : elements) {
			if (!(element instanceof Group || element instanceof Host)) {
				continue;
			}
			EObject child = (EObject) element;
			if (child.eContainer() == target || child == target || EcoreUtil.isAncestor(child, target)) {
				return null;
			}
			move.append(RemoveCommand.create(domain, child.eContainer(), child.eContainingFeature(), child));
			move.append(AddCommand.create(domain, target, feature(target, child), child));
		}
		return move.isEmpty() ? null : move;
	}

	/**
	 * @param domain  the editing domain
	 * @param owner   the host or group
	 * @param feature the attribute
	 * @param value   its new value
	 * @return the command, null when the value is unchanged
	 */
	public static Command set(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value) {
		Object old = owner.eGet(feature);
		if (old == null ? value == null : old.equals(value)) {
			return null;
		}
		return SetCommand.create(domain, owner, feature, value);
	}

	private static EStructuralFeature feature(EObject container, EObject child) {
		boolean host = child instanceof Host;
		if (container instanceof Inventory) {
			return host ? MODEL.getInventory_Hosts() : MODEL.getInventory_Groups();
		}
		return host ? MODEL.getGroup_Hosts() : MODEL.getGroup_Groups();
	}
}
