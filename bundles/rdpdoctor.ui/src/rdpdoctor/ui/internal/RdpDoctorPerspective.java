package rdpdoctor.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The RDP Doctor perspective: the Inventory navigator on the left, Host editors in the middle, Findings, Dashboard,
 * Explain, Events and Progress below.
 */
public class RdpDoctorPerspective implements IPerspectiveFactory {

	/** The perspective's id. */
	public static final String ID = "rdpdoctor.ui.perspective";
	private static final String PROGRESS = "org.eclipse.ui.views.ProgressView";
	/** The platform's Error Log view (org.eclipse.ui.views.log): what RDP Doctor logged, with stack traces. */
	static final String ERROR_LOG = "org.eclipse.pde.runtime.LogView";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		layout.addView(InventoryView.ID, IPageLayout.LEFT, 0.3f, layout.getEditorArea());
		IFolderLayout below = layout.createFolder("rdpdoctor.ui.below", IPageLayout.BOTTOM, 0.6f,
				layout.getEditorArea());
		below.addView(FindingsView.ID);
		below.addView(DashboardView.ID);
		below.addView(ExplainView.ID);
		below.addView(EventsView.ID);
		below.addView(JournalView.ID);
		below.addView(PROGRESS);
		below.addPlaceholder(ERROR_LOG);
		for (String id : new String[] { InventoryView.ID, FindingsView.ID, DashboardView.ID, ExplainView.ID,
				EventsView.ID, PROGRESS, ERROR_LOG }) {
			layout.addShowViewShortcut(id);
		}
	}
}
