package rdpdoctor.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import rdpdoctor.model.Group;
import rdpdoctor.model.Inventory;
import rdpdoctor.model.ModelFactory;

/** Opens RDP Doctor's real workbench (under Xvfb in CI) and looks at what a user sees. */
class WorkbenchTest {

	@Test
	void theWindowOpensOnTheRdpDoctorPerspectiveWithTheInventoryView() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "no workbench window");
		IWorkbenchPage page = window.getActivePage();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
				.findPerspectiveWithId(RdpDoctorPerspective.ID));

		assertEquals(RdpDoctorPerspective.ID, page.getPerspective().getId());
		InventoryView view = (InventoryView) page.showView(InventoryView.ID);
		assertTrue(window.getShell().isVisible(), "the window is not visible");
		assertEquals("RDP Doctor", window.getShell().getText());

		Inventory inventory = ModelFactory.eINSTANCE.createInventory();
		Group group = ModelFactory.eINSTANCE.createGroup();
		group.setName("Berlin");
		inventory.getGroups().add(group);
		view.setInventory(inventory);
		flush();

		Tree tree = view.getViewer().getTree();
		assertEquals(1, tree.getItemCount());
		assertEquals("Berlin", tree.getItem(0).getText());
	}

	private static void flush() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) { // drains pending UI events, then stops
			// keep draining
		}
	}
}
