package rdpdoctor.ui.internal;

import java.util.Locale;

import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

import rdpdoctor.core.inventory.RunRecords;
import rdpdoctor.model.Group;
import rdpdoctor.model.Host;

/**
 * Keeps hosts whose name, address, tags, notes, status or last causes contain the text (case-insensitive), and the
 * groups on the way to them; a group whose name matches keeps its hosts and groups.
 */
public class InventoryFilter extends ViewerFilter {

	private String text = "";
	/** Whether the text could be part of ":PORT" (the port is only matched then: no string made per host). */
	private boolean portLike;

	/** @param filter the text typed, blank for everything */
	public void setText(String filter) {
		text = filter == null ? "" : filter.trim().toLowerCase(Locale.ROOT);
		portLike = text.chars().allMatch(c -> c == ':' || c >= '0' && c <= '9');
	}

	/** @return whether a filter is set */
	public boolean isActive() {
		return !text.isEmpty();
	}

	@Override
	public boolean select(Viewer viewer, Object parent, Object element) {
		Object parentElement = parent instanceof TreePath path ? path.getLastSegment() : parent;
		if (text.isEmpty() || parentElement instanceof Group g && matches(g.getName())) {
			return true;
		}
		if (element instanceof Host host) {
			return matches(host);
		}
		return element instanceof Group group && matches(group);
	}

	private boolean matches(Group group) {
		if (matches(group.getName())) {
			return true;
		}
		return group.getHosts().stream().anyMatch(this::matches) || group.getGroups().stream().anyMatch(this::matches);
	}

	/**
	 * @param host a host
	 * @return whether the filter keeps it
	 */
	public boolean matches(Host host) {
		if (matches(host.getName()) || matches(host.getAddress()) || matches(host.getNotes())
				|| portLike && matches(":" + host.getRdpPort()) || host.getTags().stream().anyMatch(this::matches)) {
			return true;
		}
		return matches(RunRecords.status(host).getName()) || RunRecords.last(host)
				.map(run -> run.getFindings().stream().anyMatch(f -> matches(f.getCauseId()))).orElse(false);
	}

	/** Whether the value contains the text, case-insensitively, without making a lower-case copy of it. */
	private boolean matches(String value) {
		if (value == null) {
			return false;
		}
		for (int at = 0, last = value.length() - text.length(); at <= last; at++) {
			if (value.regionMatches(true, at, text, 0, text.length())) {
				return true;
			}
		}
		return false;
	}
}
