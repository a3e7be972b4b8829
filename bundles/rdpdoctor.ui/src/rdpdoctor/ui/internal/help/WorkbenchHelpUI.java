package rdpdoctor.ui.internal.help;

import java.util.Optional;

import org.eclipse.help.IContext;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.help.AbstractHelpUI;

/**
 * The workbench's help (org.eclipse.ui.helpSupport): Help Contents, F1 and help links open the {@link HelpView}, so
 * the help needs neither a web server nor an external browser.
 */
public final class WorkbenchHelpUI extends AbstractHelpUI {

	@Override
	public void displayHelp() {
		view(IWorkbenchPage.VIEW_ACTIVATE).ifPresent(HelpView::showContents);
	}

	@Override
	public void displayContext(IContext context, int x, int y) {
		view(IWorkbenchPage.VIEW_VISIBLE).ifPresent(v -> v.showContext(context)); // the user's view keeps focus
	}

	@Override
	public void displayHelpResource(String href) {
		view(IWorkbenchPage.VIEW_ACTIVATE).ifPresent(v -> v.show(href));
	}

	@Override
	public boolean isContextHelpDisplayed() {
		return false;
	}

	private static Optional<HelpView> view(int mode) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null || window.getActivePage() == null) {
			return Optional.empty();
		}
		try {
			return Optional.of((HelpView) window.getActivePage().showView(HelpView.ID, null, mode));
		} catch (PartInitException e) {
			org.eclipse.core.runtime.ILog.get().error("The Help view could not open", e);
			return Optional.empty();
		}
	}
}
