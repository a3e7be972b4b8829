package rdpdoctor.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The RDP Doctor perspective: the Inventory navigator on the left, the editor area in the middle. */
public class RdpDoctorPerspective implements IPerspectiveFactory {

	/** The perspective's id. */
	public static final String ID = "rdpdoctor.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(true);
		layout.addView(InventoryView.ID, IPageLayout.LEFT, 0.3f, layout.getEditorArea());
	}
}
