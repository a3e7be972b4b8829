package rdpdoctor.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import rdpdoctor.model.Host;
import rdpdoctor.ui.internal.connect.ClientChoice;
import rdpdoctor.ui.internal.connect.ClientLaunch;

/**
 * Connect (toolbar, context menus, Ctrl+Enter): hands the selected host (of the Inventory, the Findings or the open
 * Host editor) to the platform's Remote Desktop client with its address, port, user, domain and gateway in a
 * connection file; the command line is shown in the status line and logged. A missing client is said with what to
 * install.
 */
public final class ConnectHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		Optional<Host> host = host(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditor(event));
		if (window == null) {
			return null;
		}
		if (host.isEmpty()) {
			MessageDialog.openInformation(window.getShell(), "Connect", "Select a host to connect to.");
			return null;
		}
		connect(window.getShell(), host.get(), message -> status(window, message));
		return null;
	}

	/**
	 * Starts the client on the host, or says why not.
	 *
	 * @param shell  the parent of any message
	 * @param host   the host
	 * @param status where the command line started is shown
	 */
	static void connect(Shell shell, Host host, java.util.function.Consumer<String> status) {
		ClientChoice.Result found = ClientLaunch.choose();
		if (found.choice().isEmpty()) {
			MessageDialog.openError(shell, "Connect", found.missing());
			return;
		}
		try {
			ClientLaunch.Started started = ClientLaunch.start(host, found.choice().get(), folder(),
					failure -> ILog.get().warn("Connect to " + host.getName() + ": " + failure));
			String line = "Connect: " + String.join(" ", started.command());
			ILog.get().info(line);
			status.accept(line);
		} catch (IllegalArgumentException | IOException e) {
			MessageDialog.openError(shell, "Connect", "Cannot connect to " + host.getName() + ": " + e.getMessage());
		}
	}

	/** @return the private folder connection files are written to, in the workbench's state location */
	static Path folder() {
		return Platform.getStateLocation(Platform.getBundle("rdpdoctor.ui")).toFile().toPath().resolve("connect");
	}

	private static Optional<Host> host(ISelection selection, IEditorPart editor) {
		if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			Object first = structured.getFirstElement();
			if (first instanceof Host h) {
				return Optional.of(h);
			}
			if (first instanceof FindingRow row) {
				return Optional.of(row.host());
			}
		}
		if (editor != null && editor.getEditorInput() instanceof HostEditorInput input) {
			return Optional.of(input.host());
		}
		return Optional.empty();
	}

	private static void status(IWorkbenchWindow window, String message) {
		if (window.getActivePage() != null && window.getActivePage().getActivePart() != null
				&& window.getActivePage().getActivePart().getSite() instanceof org.eclipse.ui.IViewSite view) {
			view.getActionBars().getStatusLineManager().setMessage(message);
		} else if (window.getActivePage() != null && window.getActivePage().getActiveEditor() != null) {
			window.getActivePage().getActiveEditor().getEditorSite().getActionBars().getStatusLineManager()
					.setMessage(message);
		}
	}
}
