package rdpdoctor.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

import rdpdoctor.core.inventory.InventoryWalk;
import rdpdoctor.core.inventory.RunRecords;
import rdpdoctor.model.Host;
import rdpdoctor.model.HostStatus;

/**
 * {@code --screenshots DIR}: waits (bounded) for the diagnoses under way, then shows the main views one after the
 * other and writes a PNG of the window for each, then closes the workbench. For the README and for reviewing the
 * UI under Xvfb.
 */
final class ScreenshotTour extends Thread {

	private static final long JOB_DEADLINE_MS = 180_000;
	private static final long SETTLE_MS = 800;

	private final IWorkbenchWindow window;
	private final Display display;
	private final Path dir;

	ScreenshotTour(IWorkbenchWindow window, Path dir) {
		super("rdpdoctor screenshot tour");
		setDaemon(true);
		this.window = window;
		this.display = window.getShell().getDisplay();
		this.dir = dir;
	}

	@Override
	public void run() {
		try {
			Files.createDirectories(dir);
			ui(page -> window.getShell().setBounds(0, 0, 1280, 800));
			waitForDiagnoses();
			ui(page -> {
				InventoryView inventory = (InventoryView) show(page, InventoryView.ID);
				inventory.expandAllGroups();
				show(page, FindingsView.ID);
				worstHost().ifPresent(host -> HostEditor.open(page, host));
			});
			shoot("1-inventory-and-findings.png");
			ui(page -> page.toggleZoom(page.getActivePartReference()));
			shoot("2-host-editor.png");
			ui(page -> page.toggleZoom(page.getActivePartReference()));
			ui(page -> page.toggleZoom(page.getReference(show(page, DashboardView.ID))));
			shoot("3-dashboard.png");
			ui(page -> page.toggleZoom(page.getReference(page.findView(DashboardView.ID))));
			ui(page -> {
				ExplainView explain = (ExplainView) show(page, ExplainView.ID);
				explain.explain("0x904 0x7");
				page.toggleZoom(page.getReference(explain));
			});
			shoot("4-explain.png");
		} catch (Exception e) {
			System.err.println("rdpdoctor: screenshot tour failed: " + e);
		} finally {
			display.asyncExec(() -> window.getWorkbench().close());
		}
	}

	private void waitForDiagnoses() throws InterruptedException {
		long deadline = System.currentTimeMillis() + JOB_DEADLINE_MS;
		Thread.sleep(SETTLE_MS);
		while ((Job.getJobManager().find(InventoryJobs.FAMILY).length > 0
				|| Job.getJobManager().find(DiagnoseJob.FAMILY).length > 0) && System.currentTimeMillis() < deadline) {
			Thread.sleep(200);
		}
		Thread.sleep(SETTLE_MS); // the last batch of results reaches the views
	}

	private Optional<Host> worstHost() {
		InventoryDocument document = window.getService(InventoryDocument.class);
		return InventoryWalk.hosts(document.inventory())
				.filter(h -> RunRecords.status(h) == HostStatus.FAILING)
				.max(Comparator.comparingInt(h -> RunRecords.last(h).map(r -> r.getFindings().size()).orElse(0)));
	}

	private static org.eclipse.ui.IViewPart show(IWorkbenchPage page, String id) {
		try {
			return page.showView(id);
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	private void ui(Consumer<IWorkbenchPage> step) {
		display.syncExec(() -> step.accept(window.getActivePage()));
	}

	private void shoot(String name) throws InterruptedException {
		Thread.sleep(SETTLE_MS);
		display.syncExec(() -> {
			window.getShell().update();
			// the menu bar and the client area: the shell's bounds may reach below what GTK paints
			Rectangle shell = window.getShell().getBounds();
			Rectangle client = display.map(window.getShell(), null, window.getShell().getClientArea());
			Rectangle bounds = new Rectangle(client.x, shell.y, client.width, client.y + client.height - shell.y);
			Image image = new Image(display, bounds.width, bounds.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, bounds.x, bounds.y);
				ImageLoader png = new ImageLoader();
				png.data = new ImageData[] { image.getImageData() };
				png.save(dir.resolve(name).toString(), SWT.IMAGE_PNG);
				System.out.println("rdpdoctor: wrote " + dir.resolve(name));
			} finally {
				gc.dispose();
				image.dispose();
			}
		});
	}
}
