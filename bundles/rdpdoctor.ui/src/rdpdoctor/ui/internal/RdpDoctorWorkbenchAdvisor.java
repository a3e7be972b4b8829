package rdpdoctor.ui.internal;


import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import rdpdoctor.core.inventory.InventoryWalk;

/**
 * Opens the RDP Doctor perspective in a window titled "RDP Doctor", opens the inventory named on the command line,
 * asks about unsaved changes before the window closes.
 */
public class RdpDoctorWorkbenchAdvisor extends WorkbenchAdvisor {

	private final StartOptions options;

	/** @param options the command line */
	public RdpDoctorWorkbenchAdvisor(StartOptions options) {
		this.options = options;
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return RdpDoctorPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new WorkbenchWindowAdvisor(configurer) {
			@Override
			public void preWindowOpen() {
				IWorkbenchWindowConfigurer window = getWindowConfigurer();
				window.setInitialSize(new Point(1280, 800));
				window.setShowStatusLine(true);
				window.setShowProgressIndicator(true);
				window.setShowCoolBar(true); // the toolbar of plugin.xml: New, Open, Save, Import, Diagnose
				window.setTitle("RDP Doctor");
			}

			@Override
			public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer bars) {
				return new RdpDoctorActionBarAdvisor(bars);
			}
		};
	}

	@Override
	public void postStartup() {
		InstallPolicy.register();
		UpdateSiteTrust.follow();
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		InventoryDocument document = window.getService(InventoryDocument.class);
		document.addListener(new InventoryDocument.Listener() { // File's recent inventories: opened or saved
			@Override
			public void inventoryChanged() {
				remember();
			}

			@Override
			public void dirtyStateChanged() {
				remember();
			}

			@Override
			public void hostsDiagnosed(java.util.List<rdpdoctor.model.Host> hosts) {
				// not a file event
			}

			private void remember() {
				if (document.file() != null) {
					RecentInventories.add(document.file());
				}
			}
		});
		Runnable diagnose = () -> {
			if (options.diagnose()) {
				new DiagnoseJob(document, InventoryWalk.hosts(document.inventory()).toList()).schedule();
			}
		};
		options.inventory().ifPresentOrElse(path -> InventoryJobs.open(document, path, false, diagnose).schedule(),
				diagnose);
		options.screenshots().ifPresent(dir -> new ScreenshotTour(window, dir, options).start());
		window.getShell().getDisplay().asyncExec(() -> warnInterrupted(window));
		options.benchmarkEvents().ifPresent(file -> window.getShell().getDisplay().asyncExec(() -> {
			try {
				new EventsBenchmark(window).run(file);
			} catch (Exception e) {
				System.err.println("rdpdoctor: events benchmark failed: " + e);
			}
		}));
		if (options.benchmark() > 0) {
			window.getShell().getDisplay().asyncExec(() -> {
				try {
					new WorkbenchBenchmark(window).run(options.benchmark());
				} catch (Exception e) {
					System.err.println("rdpdoctor: benchmark failed: " + e);
				}
			});
		}
	}

	/** An action a crash interrupted: said at once, with the Journal view open on it. */
	private static void warnInterrupted(IWorkbenchWindow window) {
		try {
			java.util.List<rdpdoctor.remediation.internal.JournalEntry> interrupted = JournalView.interrupted();
			if (interrupted.isEmpty()) {
				return;
			}
			window.getActivePage().showView(JournalView.ID);
			org.eclipse.jface.dialogs.MessageDialog.openWarning(window.getShell(), "Interrupted Remediation",
					interrupted.size() + " remediation(s) were interrupted, the first on "
							+ rdpdoctor.core.Untrusted.terminal(interrupted.get(0).host()) + " at "
							+ interrupted.get(0).step() + ": the host may be half changed. Their snapshots are kept: "
							+ "roll them back from the Remediation Journal view.");
		} catch (java.io.IOException | org.eclipse.ui.PartInitException e) {
			org.eclipse.core.runtime.ILog.get().warn("The remediation journal could not be read: " + e.getMessage());
		}
	}

	@Override
	public boolean preShutdown() {
		if (options.screenshots().isPresent() || options.benchmark() > 0 || options.benchmarkEvents().isPresent()) {
			return true;
		}
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null) {
			return true;
		}
		// Save first: the window closes once the file is written (the close asks again, and finds nothing unsaved)
		return InventoryFiles.confirmDiscard(window.getShell(), window.getService(InventoryDocument.class),
				() -> PlatformUI.getWorkbench().close()) == InventoryFiles.Discard.PROCEED;
	}
}
