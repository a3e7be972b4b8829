package rdpdoctor.ui.producttest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

import rdpdoctor.core.inventory.InventoryWalk;
import rdpdoctor.plugins.PluginManager;
import rdpdoctor.ui.internal.DiagnoseJob;
import rdpdoctor.ui.internal.FindingRow;
import rdpdoctor.ui.internal.FindingsView;
import rdpdoctor.ui.internal.InventoryDocument;
import rdpdoctor.ui.internal.InventoryJobs;

/**
 * The plug-in scenario in a running, installed workbench: Help's p2 commands are there and Install New Software opens
 * its wizard; a diagnosis shows no finding of the example plug-in; the plug-in is installed with the p2 operations
 * the wizard uses and applied to the running workbench; the same diagnosis now shows its finding in the Findings
 * view; uninstalled and applied, it is gone. Runs only when {@value #PROPERTY} names its settings file (site,
 * feature, inventory, result); writes each step's outcome to the result file and closes the workbench.
 */
public class PluginsScenario implements IStartup {

	/** The system property naming the scenario's settings (a properties file). */
	public static final String PROPERTY = "rdpdoctor.producttest.plugins";

	private static final long STEP_MS = 120_000;
	private final List<String> log = new ArrayList<>();
	private Path result;

	@Override
	public void earlyStartup() {
		String file = System.getProperty(PROPERTY);
		if (file == null) {
			return;
		}
		Properties settings = new Properties();
		try (InputStream in = Files.newInputStream(Path.of(file))) {
			settings.load(in);
			result = Path.of(settings.getProperty("result"));
			say("started");
			run(settings);
			say("PASS");
		} catch (Throwable e) {
			say("FAIL " + e);
		} finally {
			saveInventory(settings);
			Display display = PlatformUI.getWorkbench().getDisplay();
			display.asyncExec(() -> PlatformUI.getWorkbench().close());
		}
	}

	/** Saves the diagnosed inventory (the runs made it dirty), so that closing the workbench asks nothing. */
	private void saveInventory(Properties settings) {
		try {
			IWorkbenchWindow window = onUi(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0]);
			InventoryDocument document = onUi(() -> window.getService(InventoryDocument.class));
			if (onUi(document::isDirty)) {
				Job save = onUi(() -> InventoryJobs.save(document, Path.of(settings.getProperty("inventory")), () -> {
					// nothing follows
				}));
				save.schedule();
				save.join(STEP_MS, new NullProgressMonitor());
			}
		} catch (RuntimeException | InterruptedException e) {
			say("cannot save the inventory before closing: " + e);
		}
	}

	private void run(Properties settings) throws Exception {
		IWorkbenchWindow window = await("a workbench window", () -> onUi(() -> PlatformUI.getWorkbench()
				.getActiveWorkbenchWindow()));
		InventoryDocument document = onUi(() -> window.getService(InventoryDocument.class));
		for (String id : List.of("org.eclipse.equinox.p2.ui.sdk.install", "org.eclipse.equinox.p2.ui.sdk.update")) {
			Command command = onUi(() -> window.getService(ICommandService.class).getCommand(id));
			check(onUi(() -> command.isDefined() && command.isHandled()), "Help's p2 command " + id + " is there");
		}
		check(org.eclipse.equinox.p2.ui.ProvisioningUI.getDefaultUI().getPolicy().getRestartPolicy()
				== org.eclipse.equinox.p2.ui.Policy.RESTART_POLICY_PROMPT_RESTART_OR_APPLY,
				"p2's dialogs offer Apply Changes Now beside Restart Now");
		installWizardOpens(window);
		Job open = onUi(() -> InventoryJobs.open(document, Path.of(settings.getProperty("inventory")), false)); // as File > Open
		open.schedule();
		check(open.join(STEP_MS, new NullProgressMonitor()) && open.getResult().isOK(), "the inventory was read");
		await("the inventory's hosts in the workbench", () -> onUi(() -> InventoryWalk.hosts(document.inventory())
				.findAny().orElse(null))); // the document shows what was read on the UI thread, after the job
		String finding = settings.getProperty("finding");
		String before = diagnoseAndRead(window, document);
		check(before.contains(settings.getProperty("host")), "the Findings view lists the host's findings: " + before);
		check(!before.contains(finding), "no '" + finding + "' before the install");

		PluginManager plugins = PluginManager.ofRunningProduct();
		String feature = settings.getProperty("feature");
		Thread trust = new Thread(() -> trustWhenAsked(window), "producttest: trust dialog");
		trust.setDaemon(true);
		trust.start();
		plugins.install(java.net.URI.create(settings.getProperty("site")), List.of(feature), new NullProgressMonitor());
		trust.interrupt();
		plugins.applyToRunningSystem();
		org.osgi.framework.Bundle example = Platform.getBundle("com.example.rdpdoctor.rdgateway");
		check(example != null && (example.getState() & (org.osgi.framework.Bundle.ACTIVE
				| org.osgi.framework.Bundle.STARTING | org.osgi.framework.Bundle.RESOLVED)) != 0,
				"the plug-in's bundle is resolved in the running workbench");
		String after = diagnoseAndRead(window, document);
		check(after.contains(finding), "the Findings view shows '" + finding + "' without a restart: " + after);

		plugins.uninstall(List.of(feature), new NullProgressMonitor());
		plugins.applyToRunningSystem();
		check(Platform.getBundle("com.example.rdpdoctor.rdgateway") == null, "the plug-in's bundle is gone");
		check(!diagnoseAndRead(window, document).contains(finding), "no '" + finding + "' after the uninstall");
	}

	/** Help > Install New Software... opens p2's wizard; it is closed again. */
	private void installWizardOpens(IWorkbenchWindow window) throws Exception {
		Display display = onUi(() -> window.getShell().getDisplay());
		display.asyncExec(() -> {
			try {
				window.getService(IHandlerService.class).executeCommand("org.eclipse.equinox.p2.ui.sdk.install", null);
			} catch (Exception e) {
				say("install command failed: " + e);
			}
		});
		Shell wizard = await("the Install wizard", () -> onUi(() -> {
			for (Shell shell : display.getShells()) {
				if (shell != window.getShell() && shell.isVisible() && shell.getText().contains("Install")) {
					return shell;
				}
			}
			return null;
		}));
		say("OK Help > Install New Software... opened '" + onUi(wizard::getText) + "'");
		onUi(() -> {
			wizard.close();
			return null;
		});
	}

	/**
	 * Answers p2's trust dialog as an administrator would for the example plug-in (it is not signed): every artifact
	 * it lists is checked and trusted. Bounded by the step's deadline; ends when interrupted.
	 */
	private void trustWhenAsked(IWorkbenchWindow window) {
		try {
			Shell dialog = await("p2's trust dialog", () -> onUi(() -> {
				for (Shell shell : window.getShell().getDisplay().getShells()) {
					if (shell != window.getShell() && shell.isVisible() && shell.getText().contains("Trust")) {
						return shell;
					}
				}
				return null;
			}));
			String answered = onUi(() -> {
				List<String> seen = new ArrayList<>();
				List<Button> buttons = new ArrayList<>();
				collect(dialog, seen, buttons);
				for (Button button : buttons) {
					if ((button.getStyle() & SWT.PUSH) != 0 && button.getText().replace("&", "")
							.matches("(?i)(trust selected|trust all|accept|trust).*")) {
						String what = "pressed '" + button.getText() + "' in '" + dialog.getText() + "' (" + seen + ")";
						button.notifyListeners(SWT.Selection, new Event());
						return what;
					}
				}
				return "no trust button in '" + dialog.getText() + "' (" + seen + ")";
			});
			say("OK p2 asked to trust the unsigned plug-in: " + answered);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (AssertionError | RuntimeException e) {
			say("trust dialog: " + e);
		}
	}

	/** Checks every table and tree item of the dialog (the artifacts to trust); collects its push buttons. */
	private static void collect(Control control, List<String> seen,
			List<Button> buttons) {
		if (control instanceof Button button) {
			seen.add(button.getText());
			if ((button.getStyle() & SWT.PUSH) != 0) { // check boxes (trust always) stay as they are
				buttons.add(button);
			}
		} else if (control instanceof Table table) {
			for (TableItem item : table.getItems()) {
				tick(table, item, item.getChecked(), () -> item.setChecked(true));
			}
		} else if (control instanceof Tree tree) {
			for (TreeItem item : tree.getItems()) {
				tick(tree, item, item.getChecked(), () -> item.setChecked(true));
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, seen, buttons);
			}
		}
	}

	/** Checks an unchecked table or tree item as a click on its box does, telling the viewer about it. */
	private static void tick(Control owner, Item item, boolean checked, Runnable check) {
		if (!checked) {
			check.run();
			Event event = new Event();
			event.item = item;
			event.detail = SWT.CHECK;
			owner.notifyListeners(SWT.Selection, event);
		}
	}

	/**
	 * Diagnoses every host of the inventory as Diagnose > Diagnose All does, and returns the Findings view's rows once
	 * the view shows the run (it refreshes in batches, when visible): within 20 s.
	 */
	private String diagnoseAndRead(IWorkbenchWindow window, InventoryDocument document) throws Exception {
		String earlier = readFindings(window);
		DiagnoseJob job = new DiagnoseJob(document, InventoryWalk.hosts(document.inventory()).toList());
		job.schedule();
		check(job.join(STEP_MS, new NullProgressMonitor()), "the diagnosis ended");
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		String rows = readFindings(window);
		while (System.nanoTime() < deadline && (rows.isEmpty() || rows.equals(earlier))) { // bounded: 20 s
			Thread.sleep(250);
			rows = readFindings(window);
		}
		return rows;
	}

	/** @return the rows the Findings view shows: cause, host and title of each */
	private static String readFindings(IWorkbenchWindow window) {
		return onUi(() -> {
			FindingsView view = (FindingsView) window.getActivePage().showView(FindingsView.ID);
			StringBuilder rows = new StringBuilder();
			for (FindingRow row : view.shown()) {
				rows.append(row.finding().getCauseId()).append(" | ").append(row.target()).append(" | ")
						.append(row.finding().getTitle()).append('\n');
			}
			return rows.toString();
		});
	}

	private void check(boolean condition, String what) {
		if (!condition) {
			throw new AssertionError(what);
		}
		say("OK " + what);
	}

	/** Records a step in the result file at once (and on standard error), so a hang shows where it stopped. */
	private synchronized void say(String line) {
		log.add(line);
		System.err.println("producttest: " + line);
		if (result != null) {
			try {
				Files.write(result, log, StandardCharsets.UTF_8);
			} catch (IOException e) {
				System.err.println("producttest: cannot write " + result + ": " + e);
			}
		}
	}

	private static <T> T await(String what, Supplier<T> probe) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STEP_MS);
		while (System.nanoTime() < deadline) { // bounded by the step's deadline
			T value = probe.get();
			if (value != null) {
				return value;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no " + what + " within " + STEP_MS + " ms");
	}

	private interface UiWork<T> {
		T get() throws Exception;
	}

	private static <T> T onUi(UiWork<T> work) {
		AtomicReference<T> value = new AtomicReference<>();
		AtomicReference<Exception> failure = new AtomicReference<>();
		PlatformUI.getWorkbench().getDisplay().syncExec(() -> {
			try {
				value.set(work.get());
			} catch (Exception e) {
				failure.set(e);
			}
		});
		if (failure.get() != null) {
			throw new IllegalStateException(failure.get());
		}
		return value.get();
	}
}
