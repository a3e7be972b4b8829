package rdpdoctor.ui.internal;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
			long cold = ms(start);
			start = System.nanoTime();
			InventoryStore.load(file);
			System.out.printf("peer: load the file alone (no UI):                %6d ms (first load %d ms)%n", ms(start),
					cold);
			gc();
			long heapBefore = heapUsed();
			InventoryDocument document = window.getService(InventoryDocument.class);
			IWorkbenchPage page = window.getActivePage();
			InventoryView view = (InventoryView) page.showView(InventoryView.ID);
			FindingsView findings = (FindingsView) page.showView(FindingsView.ID);
			drain();
			start = System.nanoTime();
			document.open(file);
			view.getViewer().getTree().update(); // paints now
			drain();
			System.out.printf("open in the workbench until the navigator painted: %6d ms (%d groups shown)%n",
					ms(start), view.getViewer().getTree().getItemCount());
			gc();
			System.out.printf("heap used with the inventory open: %d MB after GC (%d MB before opening), peak %d MB%n",
					heapUsed() / (1 << 20), heapBefore / (1 << 20), heapPeak() / (1 << 20));
			keystrokes(findings, "cert_exp");
			keystrokes(findings, "ts0042");
			navigatorKeystrokes(view, "ts0042");
		} finally {
			Files.deleteIfExists(file);
			display.asyncExec(() -> window.getWorkbench().close());
		}
	}

	private void keystrokes(FindingsView findings, String typed) throws PartInitException {
		window.getActivePage().showView(FindingsView.ID);
		findings.filterText().setText("");
		drain();
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
		drain();
	}

	/** Types one character at a time; each keystroke is timed until its view has painted and the UI is idle. */
	private List<Long> type(Text box, String typed) {
		List<Long> times = new ArrayList<>();
		for (int i = 1; i <= typed.length(); i++) {
			long start = System.nanoTime();
			box.setText(typed.substring(0, i));
			box.getParent().update();
			drain();
			times.add(ms(start));
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
						.title("finding " + f + " of " + host.getName()).evidence("tcp.outcome").build());
			}
			ProbeOutcome tcp = new ProbeOutcome(WellKnownEvidence.TCP_PROBE, ProbeStatus.OK, 3, "", Map.of("outcome", "open"));
			RunRecords.record(host, RunRecords.toRun(new HostDiagnosis(new Target(host.getName(), 3389), "10.0.0.1",
					HostDiagnosis.statusOf(found), found, List.of(tcp), Instant.now(), Instant.now())), 2);
			group.getHosts().add(host);
		}
		return inventory;
	}

	private void drain() {
		while (display.readAndDispatch()) {
			// until idle
		}
	}

	private static long ms(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static void gc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
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
