package rdpdoctor.ui.internal;

import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;

/**
 * Runs a view's refresh only while the view is visible: a refresh asked for while it is hidden behind another tab
 * runs once, when it shows (a diagnosis of thousands of hosts asks several times a second).
 */
final class RefreshWhenVisible implements IPartListener2 {

	private final IWorkbenchPart part;
	private final IWorkbenchPage page;
	private final Runnable refresh;
	private boolean stale;

	RefreshWhenVisible(IWorkbenchPart part, Runnable refresh) {
		this.part = part;
		this.page = part.getSite().getPage();
		this.refresh = refresh;
		page.addPartListener(this);
	}

	/** Refreshes now if the part is visible, else when it becomes visible. */
	void request() {
		if (page.isPartVisible(part)) {
			stale = false;
			refresh.run();
		} else {
			stale = true;
		}
	}

	@Override
	public void partVisible(IWorkbenchPartReference reference) {
		if (stale && reference.getPart(false) == part) {
			stale = false;
			refresh.run();
		}
	}

	/** Stops listening. */
	void dispose() {
		page.removePartListener(this);
	}
}
