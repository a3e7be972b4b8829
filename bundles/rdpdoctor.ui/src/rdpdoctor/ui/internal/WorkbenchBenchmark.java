package rdpdoctor.ui.internal;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

import rdpdoctor.core.Finding;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.Target;
import rdpdoctor.core.WellKnownEvidence;
import rdpdoctor.core.inventory.RunRecords;
import rdpdoctor.model.Group;
import rdpdoctor.model.Host;
import rdpdoctor.model.Inventory;
import rdpdoctor.model.ModelFactory;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.model.Severity;
import rdpdoctor.model.persistence.InventoryStore;

/**
 * {@code --benchmark HOSTS}: writes an inventory of HOSTS hosts in HOSTS/20 groups with five findings each, then
 * measures in the running workbench: loading the file alone (the peer), opening it until the navigator has painted,
 * heap used, and the Findings view's filter per keystroke. Prints the figures and closes the workbench.
 */
final class WorkbenchBenchmark {

	private static final String[] CAUSES = { "CERT_EXPIRED", "PORT_CLOSED", "NLA_NOT_ENFORCED", "CLOCK_SKEW",
			"SECURITY_DOWNGRADE", "TLS_LEGACY_ONLY", "NETWORK_UNSTABLE", "CERT_NAME_MISMATCH" };
	private static final int FINDINGS_PER_HOST = 5;

	private final IWorkbenchWindow window;
	private final Display display;

	WorkbenchBenchmark(IWorkbenchWindow window) {
		this.window = window;
		this.display = window.getShell().getDisplay();
	}

	/**
	 * Runs in the UI thread, then closes the workbench.
	 *
	 * @param hosts how many hosts
	 * @throws Exception when the inventory cannot be written or read
	 */
	void run(int hosts) throws Exception {
		Path file = Files.createTempFile("rdpdoctor-bench", ".rdpdoctor");
		try {
			InventoryStore.save(inventory(hosts), file);
			System.out.printf("benchmark: %d hosts in %d groups, %d findings, file %.1f MB%n", hosts, hosts / 20,
					hosts * FINDINGS_PER_HOST, Files.size(file) / 1e6);
			long start = System.nanoTime();
			InventoryStore.load(file);
			long cold = Benchmarks.ms(start);
			start = System.nanoTime();
			InventoryStore.load(file);
			System.out.printf("peer: load the file alone (no UI):                %6d ms (first load %d ms)%n", Benchmarks.ms(start),
					cold);
			Benchmarks.gc();
			long heapBefore = heapUsed();
			InventoryDocument document = window.getService(InventoryDocument.class);
			IWorkbenchPage page = window.getActivePage();
			InventoryView view = (InventoryView) page.showView(InventoryView.ID);
			FindingsView findings = (FindingsView) page.showView(FindingsView.ID);
			Benchmarks.drain(display);
			UiGapMonitor gaps = new UiGapMonitor(display);
			gaps.start();
			start = System.nanoTime();
			await(InventoryJobs.open(document, file, false));
			view.getViewer().getTree().update(); // paints now
			Benchmarks.drain(display);
			long painted = Benchmarks.ms(start);
			awaitListing();
			System.out.printf("open (job): navigator painted %d ms, Findings listed %d ms, longest UI-thread stall %d ms"
					+ " (%d groups shown)%n", painted, Benchmarks.ms(start), gaps.stop(), view.getViewer().getTree().getItemCount());
			Benchmarks.gc();
			System.out.printf("heap used with the inventory open: %d MB after GC (%d MB before opening), peak %d MB%n",
					heapUsed() / (1 << 20), heapBefore / (1 << 20), heapPeak() / (1 << 20));
			keystrokes(findings, "cert_exp");
			keystrokes(findings, "ts0042");
			navigatorKeystrokes(view, "ts0042");
			save(document, file.resolveSibling(file.getFileName() + ".saved"));
			importHosts(document, view, hosts, "its groups closed");
			document.domain().getCommandStack().undo();
			awaitListing();
			expandAll(view);
			importHosts(document, view, hosts, "every group open");
		} finally {
			Files.deleteIfExists(file);
			display.asyncExec(() -> window.getWorkbench().close());
		}
	}

	private void save(InventoryDocument document, Path target) throws Exception {
		window.getActivePage().showView(InventoryView.ID);
		UiGapMonitor gaps = new UiGapMonitor(display);
		try {
			gaps.start();
			long start = System.nanoTime();
			await(InventoryJobs.save(document, target, () -> {
			}));
			System.out.printf("save (job), %.1f MB written:                     %6d ms, longest UI-thread stall %d ms%n",
					Files.size(target) / 1e6, Benchmarks.ms(start), gaps.stop());
		} finally {
			Files.deleteIfExists(target);
		}
	}

	private void expandAll(InventoryView view) {
		UiGapMonitor gaps = new UiGapMonitor(display);
		gaps.start();
		long start = System.nanoTime();
		view.expandAllGroups();
		Benchmarks.drain(display); // the groups open a batch per event
		long expanded = Benchmarks.ms(start);
		long stall = gaps.stop();
		gaps.start();
		start = System.nanoTime();
		org.eclipse.swt.widgets.Tree tree = view.getViewer().getTree();
		tree.setTopItem(tree.getItem(tree.getItemCount() - 1));
		Benchmarks.drain(display);
		System.out.printf("navigator: open every group %d ms (longest UI-thread stall %d ms); scroll to the end %d ms"
				+ " (stall %d ms)%n", expanded, stall, Benchmarks.ms(start), gaps.stop());
		InventoryDocument document = window.getService(InventoryDocument.class);
		Host first = rdpdoctor.core.inventory.InventoryWalk.hosts(document.inventory()).findFirst().orElseThrow();
		gaps.start();
		start = System.nanoTime();
		document.execute(org.eclipse.emf.edit.command.SetCommand.create(document.domain(), first,
				rdpdoctor.model.ModelPackage.Literals.HOST__NAME, "renamed.corp.example"));
		awaitListing();
		System.out.printf("rename a host with every group open: %d ms until the views are redrawn, longest UI-thread"
				+ " stall %d ms%n", Benchmarks.ms(start), gaps.stop());
	}

	private void importHosts(InventoryDocument document, InventoryView view, int hosts, String tree)
			throws Exception {
		Path csv = Files.createTempFile("rdpdoctor-bench", ".csv");
		try {
			StringBuilder rows = new StringBuilder("name,port,group\n");
			for (int i = 0; i < hosts; i++) {
				rows.append(String.format("new%05d.corp.example,3389,import/site-%d%n", i, i / 20));
			}
			Files.writeString(csv, rows);
			UiGapMonitor gaps = new UiGapMonitor(display);
			gaps.start();
			long start = System.nanoTime();
			List<ImportDialog.Read> read = new ArrayList<>();
			await(InventoryJobs.importFiles(document, List.of(csv), read::add));
			long deadline = System.nanoTime() + 10_000_000_000L;
			while (read.isEmpty() && System.nanoTime() < deadline) {
				display.readAndDispatch(); // the preview is handed over by asyncExec
			}
			long readMs = Benchmarks.ms(start);
			List<ImportDialog.Row> preview = ImportDialog.rows(read.get(0).hosts(), read.get(0).planFor(document));
			Benchmarks.drain(display); // the preview dialog would be open here
			document.execute(ImportDialog.merge(document, read.get(0).planFor(document)));
			awaitListing();
			System.out.printf("import (job) of %d CSV rows, navigator with %s: read %d ms, merge + paint + Findings listed"
					+ " %d ms, longest UI-thread stall %d ms%n", preview.size(), tree, readMs, Benchmarks.ms(start) - readMs,
					gaps.stop());
		} finally {
			Files.deleteIfExists(csv);
		}
	}

	/** Runs the event loop until the views' background listings are done and shown, at most a minute. */
	private void awaitListing() {
		long deadline = System.nanoTime() + 60_000_000_000L;
		do {
			Benchmarks.drain(display);
			if (Job.getJobManager().find(BackgroundRead.FAMILY).length > 0) {
				display.sleep();
			}
		} while (Job.getJobManager().find(BackgroundRead.FAMILY).length > 0 && System.nanoTime() < deadline);
		Benchmarks.drain(display);
	}

	/** Schedules a job and runs the event loop until it has ended, at most two minutes. */
	private void await(Job job) {
		job.schedule();
		long deadline = System.nanoTime() + 120_000_000_000L;
		while ((job.getState() != Job.NONE || job.getResult() == null)
				&& System.nanoTime() < deadline) {
			if (!display.readAndDispatch()) {
				display.sleep(); // the gap monitor's timer wakes it
			}
		}
		if (job.getResult() == null || !job.getResult().isOK()) {
			throw new IllegalStateException(job.getName() + ": " + job.getResult());
		}
	}

	private void keystrokes(FindingsView findings, String typed) throws PartInitException {
		window.getActivePage().showView(FindingsView.ID);
		findings.filterText().setText("");
		Benchmarks.drain(display);
		List<Long> times = type(findings.filterText(), typed);
		System.out.printf("Findings filter over %d findings, typing '%s': per keystroke %s ms (max %d), %d match%n",
				rowsTotal(), typed, times, max(times), findings.matching());
	}

	private void navigatorKeystrokes(InventoryView view, String typed) throws PartInitException {
		window.getActivePage().showView(InventoryView.ID);
		List<Long> times = type(view.getFilterText(), typed);
		System.out.printf("Inventory filter over %d hosts, typing '%s': per keystroke %s ms (max %d)%n",
				rdpdoctor.core.inventory.InventoryWalk.hosts(window.getService(InventoryDocument.class).inventory())
						.count(), typed, times, max(times));
		view.getFilterText().setText("");
		Benchmarks.drain(display);
	}

	/** Types one character at a time; each keystroke is timed until its view has painted and the UI is idle. */
	private List<Long> type(Text box, String typed) {
		List<Long> times = new ArrayList<>();
		for (int i = 1; i <= typed.length(); i++) {
			long start = System.nanoTime();
			box.setText(typed.substring(0, i));
			box.getParent().update();
			Benchmarks.drain(display);
			times.add(Benchmarks.ms(start));
		}
		return times;
	}

	private static long max(List<Long> times) {
		return times.stream().mapToLong(Long::longValue).max().orElse(0);
	}

	private int rowsTotal() {
		return FindingRows.of(window.getService(InventoryDocument.class).inventory(), FindingRows.DEFAULT_ORDER).size();
	}

	private static Inventory inventory(int hosts) {
		ModelFactory factory = ModelFactory.eINSTANCE;
		Inventory inventory = factory.createInventory();
		inventory.setName("benchmark");
		Group group = null;
		for (int i = 0; i < hosts; i++) {
			if (i % 20 == 0) {
				group = factory.createGroup();
				group.setName("site-" + (i / 20));
				inventory.getGroups().add(group);
			}
			Host host = factory.createHost();
			host.setName(String.format("ts%05d.corp.example", i));
			host.getTags().add("bench");
			List<Finding> found = new ArrayList<>();
			for (int f = 0; f < FINDINGS_PER_HOST; f++) {
				found.add(Finding.of(CAUSES[(i + f) % CAUSES.length], f == 0 ? Severity.ERROR : Severity.WARNING)
						.title("finding " + f + " of " + host.getName()).evidence(WellKnownEvidence.TCP_PROBE + ".outcome").build());
			}
			ProbeOutcome tcp = new ProbeOutcome(WellKnownEvidence.TCP_PROBE, ProbeStatus.OK, 3, "", Map.of("outcome", "open"));
			RunRecords.record(host, RunRecords.toRun(new HostDiagnosis(new Target(host.getName(), 3389), "10.0.0.1",
					HostDiagnosis.statusOf(found), found, List.of(tcp), Instant.now(), Instant.now())), 2);
			group.getHosts().add(host);
		}
		return inventory;
	}

	/** @return the sum of the heap pools' peak usage since start-up (an upper bound of the peak heap) */
	private static long heapPeak() {
		return ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
				.mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
	}

	private static long heapUsed() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}
}
