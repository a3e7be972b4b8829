package rdpdoctor.ui.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.IHandlerService;
import org.osgi.framework.FrameworkUtil;

/**
 * Help > About RDP Doctor: the product's version (the workbench bundle's, as the build stamped it, the same as
 * {@code rdpdoctor --version}), what it does, the Java it runs on, and the way to the installed plug-ins (Installation
 * Details, from p2).
 */
final class AboutDialog extends MessageDialog {

	/** The command that opens the p2 Installation Details dialog. */
	static final String INSTALLATION_DETAILS = "org.eclipse.ui.help.installationDialog";

	private final IWorkbenchWindow window;

	AboutDialog(IWorkbenchWindow window) {
		super(window.getShell(), "About RDP Doctor", null, text(), MessageDialog.INFORMATION, 0,
				"Installation &Details", IDialogConstants.CLOSE_LABEL);
		this.window = window;
	}

	/** @return the dialog's text: product name and version first */
	static String text() {
		String about = Platform.getProduct() == null ? "" : Platform.getProduct().getProperty("aboutText");
		return "RDP Doctor " + version() + "\n\n" + (about == null ? "" : about + "\n\n") + "Java "
				+ System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
				+ System.getProperty("os.name") + " " + System.getProperty("os.arch");
	}

	/** @return the product's version, as {@code rdpdoctor --version} prints it */
	static String version() {
		var bundle = FrameworkUtil.getBundle(AboutDialog.class);
		return bundle == null ? "unknown" : bundle.getVersion().toString();
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == 0) {
			Shell shell = getShell();
			close();
			try {
				window.getService(IHandlerService.class).executeCommand(INSTALLATION_DETAILS, null);
			} catch (Exception e) {
				MessageDialog.openError(shell, "Installation Details", "Installation Details are not available: "
						+ e.getMessage());
			}
			return;
		}
		super.buttonPressed(buttonId);
	}
}
