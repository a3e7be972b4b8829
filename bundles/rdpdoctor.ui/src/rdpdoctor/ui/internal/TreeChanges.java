package rdpdoctor.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EContentAdapter;

import rdpdoctor.model.Group;
import rdpdoctor.model.Host;
import rdpdoctor.model.Inventory;
import rdpdoctor.model.ModelPackage;

/**
 * Collects, from EMF notifications, what changed in an inventory's groups and hosts since it was last asked, so that
 * the navigator redraws just that: the containers that only had groups or hosts added at the end (an import), those
 * whose children were removed, moved or inserted, and the groups and hosts whose label may differ. It follows the
 * inventory, its groups and its hosts only, not their runs.
 */
final class TreeChanges extends EContentAdapter {

	private static final ModelPackage MODEL = ModelPackage.eINSTANCE;

	private final Set<Object> restructured = new LinkedHashSet<>();
	private final Map<Object, List<Object>> appended = new LinkedHashMap<>();
	private final Set<Object> labels = new LinkedHashSet<>();

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification); // follows groups and hosts added, leaves those removed
		Object notifier = notification.getNotifier();
		if (notification.isTouch() || !(notifier instanceof Inventory || notifier instanceof Group
				|| notifier instanceof Host)) {
			return;
		}
		Object feature = notification.getFeature();
		if (feature instanceof EReference reference && isTreeStructure(reference)) {
			List<?> added = appendedBy(notification, ((EObject) notifier).eGet(reference));
			if (added.isEmpty() || restructured.contains(notifier)) {
				restructured.add(notifier);
				appended.remove(notifier);
			} else {
				appended.computeIfAbsent(notifier, n -> new ArrayList<>()).addAll(added);
			}
		} else {
			labels.add(notifier); // a name, address, port, tag, or a run (the status shown)
		}
	}

	/**
	 * @return the objects a notification added at the end of its list (groups are shown before hosts, so adding at the
	 *         end of either list moves no row that can be open), or nothing if it did anything else
	 */
	private static List<?> appendedBy(Notification notification, Object list) {
		int size = ((List<?>) list).size();
		int position = notification.getPosition();
		return switch (notification.getEventType()) {
		case Notification.ADD -> position == size - 1 ? List.of(notification.getNewValue()) : List.of();
		case Notification.ADD_MANY -> {
			List<?> added = (List<?>) notification.getNewValue();
			yield position == size - added.size() ? added : List.of();
		}
		default -> List.of();
		};
	}

	private static boolean isTreeStructure(EReference reference) {
		return reference == MODEL.getInventory_Groups() || reference == MODEL.getInventory_Hosts()
				|| reference == MODEL.getGroup_Groups() || reference == MODEL.getGroup_Hosts();
	}

	@Override
	protected void addAdapter(Notifier notifier) {
		if (notifier instanceof Inventory || notifier instanceof Group || notifier instanceof Host) {
			super.addAdapter(notifier);
		}
	}

	/** @return the inventory or groups whose children were removed, moved or inserted since {@link #clear()} */
	Set<Object> restructured() {
		return restructured;
	}

	/** @return the inventory or groups that only had children added at the end since {@link #clear()}, and those */
	Map<Object, List<Object>> appended() {
		return appended;
	}

	/** @return the groups and hosts whose label may have changed since {@link #clear()} */
	Set<Object> labels() {
		return labels;
	}

	/** Starts collecting anew. */
	void clear() {
		restructured.clear();
		appended.clear();
		labels.clear();
	}
}
