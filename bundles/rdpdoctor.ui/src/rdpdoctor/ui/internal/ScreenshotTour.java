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
 * other (inventory and findings, host editor, dashboard, explain, events, the Fix wizard's plan, journal) and writes a
 * PNG of the window for each, then, with {@code --save-as FILE}, saves the diagnosed inventory, then closes the
 * workbench. For the README, the sample's recorded diagnosis and reviewing the UI under Xvfb.
 */
final class ScreenshotTour extends Thread {

	private static final long JOB_DEADLINE_MS = 180_000;
	private static final long SETTLE_MS = 800;
	private static final long PLAN_MS = 8000;

	private final IWorkbenchWindow window;
	private final Display display;
	private final Path dir;
	private final Path saveAs;
	private final Path events;

	/**
	 * @param window  the workbench window
	 * @param dir     where the PNGs go
	 * @param options {@code --save-as}: where the diagnosed inventory is saved after the tour; {@code --events}: a
	 *                file the Events view imports for its picture
	 */
	ScreenshotTour(IWorkbenchWindow window, Path dir, StartOptions options) {
		super("rdpdoctor screenshot tour");
		setDaemon(true);
		this.window = window;
		this.display = window.getShell().getDisplay();
		this.dir = dir;
		this.saveAs = options.saveAs().orElse(null);
		this.events = options.events().orElse(null);
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
			ui(page -> page.toggleZoom(page.getReference(page.findView(ExplainView.ID))));
			Optional<rdpdoctor.model.FindingRecord> worst = worstHost().flatMap(h -> RunRecords.last(h))
					.flatMap(run -> run.getFindings().stream().findFirst());
			Job[] reading = new Job[1];
			ui(page -> {
				EventsView view = (EventsView) show(page, EventsView.ID);
				if (events != null) {
					reading[0] = view.importFiles(java.util.List.of(events));
				} else {
					worstHost().ifPresent(h -> worst.ifPresent(f -> view.showSupporting(h.getName(), f.getCauseId())));
				}
				page.toggleZoom(page.getReference(view));
			});
			if (reading[0] != null) {
				reading[0].join(JOB_DEADLINE_MS, null);
			}
			shoot("5-events.png");
			ui(page -> page.toggleZoom(page.getReference(page.findView(EventsView.ID))));
			fixWizard();
			ui(page -> page.toggleZoom(page.getReference(show(page, JournalView.ID))));
			shoot("7-journal.png");
			ui(page -> page.toggleZoom(page.getReference(page.findView(JournalView.ID))));
			if (saveAs != null) {
				save();
			}
		} catch (Exception e) {
			System.err.println("rdpdoctor: screenshot tour failed: " + e);
		} finally {
			display.asyncExec(() -> window.getWorkbench().close());
		}
	}

	/**
	 * The Fix wizard of the first failing host whose first finding has a remediation, its plan shown (made over SSH),
	 * then cancelled.
	 */
	private void fixWizard() throws InterruptedException {
		InventoryDocument document = window.getService(InventoryDocument.class);
		java.util.Set<String> fixable = java.util.Set.of("CERT_EXPIRED", "RDP_SERVICE_STOPPED", "SERVICE_NOT_RESPONDING",
				"SECURITY_LAYER_TLS_REQUIRED", "SECURITY_LAYER_RDP_ONLY", "FIREWALL_RULE_DISABLED");
		Optional<Host> host = InventoryWalk.hosts(document.inventory())
				.filter(h -> RunRecords.last(h).map(r -> !r.getFindings().isEmpty()
						&& fixable.contains(r.getFindings().get(0).getCauseId())).orElse(false))
				.findFirst();
		Optional<rdpdoctor.model.FindingRecord> finding = host.flatMap(RunRecords::last)
				.map(r -> r.getFindings().get(0));
		if (host.isEmpty() || finding.isEmpty()) {
			return;
		}
		org.eclipse.jface.wizard.WizardDialog[] dialog = new org.eclipse.jface.wizard.WizardDialog[1];
		ui(page -> {
			dialog[0] = new org.eclipse.jface.wizard.WizardDialog(window.getShell(), new FixWizard(host.get(),
					finding.get().getCauseId(), JournalView.journal()));
			dialog[0].setBlockOnOpen(false);
			dialog[0].open();
		});
		Thread.sleep(PLAN_MS); // the plan page plans over SSH
		shoot("6-fix-wizard.png");
		ui(page -> dialog[0].close());
	}

	/** {@code --save-as FILE}: the inventory with the diagnoses just made (the sample's recorded runs). */
	private void save() {
		display.syncExec(() -> {
			try {
				rdpdoctor.model.persistence.InventoryStore.save(window.getService(InventoryDocument.class).inventory(),
						saveAs);
				System.out.println("rdpdoctor: wrote " + saveAs);
			} catch (java.io.IOException e) {
				System.err.println("rdpdoctor: cannot write " + saveAs + ": " + e.getMessage());
			}
		});
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
