package rdpdoctor.ui.internal;

import java.util.List;

import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import rdpdoctor.core.inventory.InventoryValidator;
import rdpdoctor.core.inventory.RunRecords;
import rdpdoctor.model.Group;
import rdpdoctor.model.Host;
import rdpdoctor.model.HostStatus;
import rdpdoctor.model.ProbeRun;

/**
 * Navigator labels: a host shows its status dot, name and port, then (grey) the top cause and what changed since
 * the previous run, or (red) what is wrong with the entry; a group shows how many hosts it holds and how many fail.
 */
public class InventoryLabelProvider extends StyledCellLabelProvider {

	@Override
	public void update(ViewerCell cell) {
		Object element = cell.getElement();
		StyledString text = new StyledString();
		if (element instanceof Host host) {
			text.append(host.getName() == null || host.getName().isBlank() ? "(no name)" : host.getName());
			text.append(":" + host.getRdpPort(), StyledString.COUNTER_STYLER);
			text.append(hostDetail(host), StyledString.DECORATIONS_STYLER);
			List<InventoryValidator.Problem> problems = InventoryValidator.validate(host);
			if (!problems.isEmpty()) {
				String message = problems.get(0).message();
				text.append("  \u26a0 " + message.substring(message.indexOf(": ") + 2), StyledString.QUALIFIER_STYLER);
			}
			cell.setImage(StatusImages.of(cell.getControl().getDisplay()).get(RunRecords.status(host)));
		} else if (element instanceof Group group) {
			text.append(group.getName() == null || group.getName().isBlank() ? "(no name)" : group.getName());
			text.append("  " + GroupCounts.of(group).describe(), StyledString.COUNTER_STYLER);
			cell.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER));
		}
		cell.setText(text.getString());
		cell.setStyleRanges(text.getStyleRanges());
		super.update(cell);
	}

	/**
	 * @param host a host
	 * @return e.g. " — FAILING · PORT_CLOSED (was HEALTHY)", or " — never diagnosed"
	 */
	static String hostDetail(Host host) {
		ProbeRun last = RunRecords.last(host).orElse(null);
		if (last == null) {
			return "  \u2014 never diagnosed";
		}
		StringBuilder detail = new StringBuilder("  \u2014 " + last.getStatus());
		if (!last.getFindings().isEmpty()) {
			detail.append(" \u00b7 ").append(last.getFindings().get(0).getCauseId());
			if (last.getFindings().size() > 1) {
				detail.append(" +").append(last.getFindings().size() - 1);
			}
		}
		RunRecords.Change change = RunRecords.change(host);
		if (change.before() != HostStatus.NEVER_PROBED && change.before() != change.now()) {
			detail.append(" (was ").append(change.before()).append(')');
		} else if (change.before() != HostStatus.NEVER_PROBED && change.changed()) {
			detail.append(" (causes changed)");
		}
		return detail.toString();
	}
}
