package rdpdoctor.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import rdpdoctor.core.Target;
import rdpdoctor.core.inventory.InventoryValidator;
import rdpdoctor.core.inventory.InventoryWalk;
import rdpdoctor.core.settings.DiagnosisDepth;
import rdpdoctor.model.Group;
import rdpdoctor.model.Host;
import rdpdoctor.model.ModelFactory;
import rdpdoctor.model.ModelPackage;

/** Inventory and Diagnose menu commands (also on the navigator's context menu). */
public final class InventoryHandlers {

	private InventoryHandlers() {
	}

	/**
	 * @param event the command's event
	 * @return the hosts the selection stands for: hosts, every host under selected groups, the hosts of selected
	 *         findings, or the host of the active Host editor
	 */
	static List<Host> selectedHosts(ExecutionEvent event) {
		Set<Host> hosts = new LinkedHashSet<>();
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured.toList()) {
				if (element instanceof Host host) {
					hosts.add(host);
				} else if (element instanceof Group group) {
					group.eAllContents().forEachRemaining(o -> {
						if (o instanceof Host host) {
							hosts.add(host);
						}
					});
				} else if (element instanceof FindingRow row) {
					hosts.add(row.host());
				}
			}
		}
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (hosts.isEmpty() && editor != null && editor.getEditorInput() instanceof HostEditorInput input) {
			hosts.add(input.host());
		}
		return new ArrayList<>(hosts);
	}

	private static EObject targetContainer(ExecutionEvent event, InventoryDocument document) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s && !s.isEmpty()) {
			EObject container = InventoryEdits.container(s.getFirstElement());
			if (container != null) {
				return container;
			}
		}
		return document.inventory();
	}

	/** New Group: asks for the name, adds it beside or inside the selection. */
	public static class NewGroup extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			InventoryDocument document = FileHandlers.document(event);
			InputDialog ask = new InputDialog(HandlerUtil.getActiveShell(event), "New Group", "Name of the group:",
					"", text -> text.isBlank() ? "A group needs a name" : null);
			if (ask.open() == Window.OK) {
				Group group = ModelFactory.eINSTANCE.createGroup();
				group.setName(ask.getValue().trim());
				document.execute(InventoryEdits.add(document.domain(), targetContainer(event, document), group));
			}
			return null;
		}
	}

	/** New Host: asks for NAME[:PORT], adds it to the selected group, opens its editor. */
	public static class NewHost extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			InventoryDocument document = FileHandlers.document(event);
			InputDialog ask = new InputDialog(HandlerUtil.getActiveShell(event), "New Host",
					"Host name or address, optionally with the RDP port (ts01.corp.example, 10.0.0.5:3390, [fe80::1]):",
					"", NewHost::problem);
			if (ask.open() != Window.OK) {
				return null;
			}
			Target target = Target.parse(ask.getValue(), Target.DEFAULT_RDP_PORT);
			Host host = ModelFactory.eINSTANCE.createHost();
			host.setName(target.host());
			host.setRdpPort(target.port());
			if (document.execute(InventoryEdits.add(document.domain(), targetContainer(event, document), host))) {
				HostEditor.open(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), host);
			}
			return null;
		}

		static String problem(String text) {
			try {
				Target target = Target.parse(text, Target.DEFAULT_RDP_PORT);
				return InventoryValidator.resolvable(target.host()) ? null
						: "'" + target.host() + "' is neither an IP address nor a valid DNS name";
			} catch (IllegalArgumentException e) {
				return e.getMessage();
			}
		}
	}

	/** Rename (F2 in the Inventory): a group's or a host's name, one undoable step. */
	public static class Rename extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			InventoryDocument document = FileHandlers.document(event);
			Object element = HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s
					? s.getFirstElement() : null;
			EAttribute name = element instanceof Group ? ModelPackage.eINSTANCE.getGroup_Name()
					: element instanceof Host ? ModelPackage.eINSTANCE.getHost_Name() : null;
			if (name == null) {
				return null;
			}
			EObject owner = (EObject) element;
			InputDialog ask = new InputDialog(HandlerUtil.getActiveShell(event), "Rename", "New name:",
					String.valueOf(owner.eGet(name)), text -> text.isBlank() ? "The name cannot be empty"
							: element instanceof Host && !InventoryValidator.resolvable(text.trim())
									? "'" + text.trim() + "' is neither an IP address nor a valid DNS name" : null);
			if (ask.open() == Window.OK) {
				document.execute(InventoryEdits.set(document.domain(), owner, name, ask.getValue().trim()));
			}
			return null;
		}
	}

	/** Diagnose: the selected hosts, groups or findings. */
	public static class Diagnose extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			List<Host> hosts = selectedHosts(event);
			if (hosts.isEmpty()) {
				MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Diagnose",
						"Select hosts or groups in the Inventory, or use Diagnose All (Ctrl+Shift+R).");
				return null;
			}
			new DiagnoseJob(FileHandlers.document(event), hosts).schedule();
			return null;
		}
	}

	/** Diagnose All: every host of the inventory. */
	public static class DiagnoseAll extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			InventoryDocument document = FileHandlers.document(event);
			new DiagnoseJob(document, InventoryWalk.hosts(document.inventory()).toList()).schedule();
			return null;
		}
	}

	/** Quick Sweep All: every host, at the quick depth (reachability, the mstsc-like request, the certificate). */
	public static class QuickSweepAll extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			InventoryDocument document = FileHandlers.document(event);
			new DiagnoseJob(document, InventoryWalk.hosts(document.inventory()).toList(),
					DiagnosisPreferences.settings(DiagnosisDepth.QUICK)).schedule();
			return null;
		}
	}

	/** Validate: lists the inventory's problems. */
	public static class Validate extends AbstractHandler {
		@Override
		public Object execute(ExecutionEvent event) {
			Shell shell = HandlerUtil.getActiveShell(event);
			var problems = InventoryValidator.validate(FileHandlers.document(event).inventory());
			if (problems.isEmpty()) {
				MessageDialog.openInformation(shell, "Validate Inventory", "No problem found.");
			} else {
				MessageDialog.openWarning(shell, "Validate Inventory",
						problems.size() + " problems:\n\n" + InventoryFiles.describe(problems));
			}
			return null;
		}
	}
}
