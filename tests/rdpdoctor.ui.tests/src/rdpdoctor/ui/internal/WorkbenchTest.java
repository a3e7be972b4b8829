package rdpdoctor.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.progress.IProgressConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rdpdoctor.core.inventory.InventoryWalk;
import rdpdoctor.core.inventory.RunRecords;
import rdpdoctor.model.Group;
import rdpdoctor.model.Host;
import rdpdoctor.model.HostStatus;
import rdpdoctor.model.ModelFactory;
import rdpdoctor.model.ModelPackage;
import rdpdoctor.tests.harness.FreePorts;

/**
 * RDP Doctor's real workbench (under Xvfb in CI): what a user does, through the same commands, views and editors,
 * against real loopback sockets.
 */
class WorkbenchTest {

	@TempDir
	Path dir;

	private IWorkbenchWindow window;
	private IWorkbenchPage page;
	private InventoryDocument document;
	private InventoryView inventory;

	@BeforeEach
	void freshPerspectiveAndEmptyInventory() throws Exception {
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "no workbench window");
		page = window.getActivePage();
		page.closeAllEditors(false);
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
				.findPerspectiveWithId(RdpDoctorPerspective.ID));
		document = window.getService(InventoryDocument.class);
		document.newDocument();
		inventory = (InventoryView) page.showView(InventoryView.ID);
		UiWait.flush();
	}

	@AfterEach
	void noDiagnosisLeftRunning() throws InterruptedException {
		Job.getJobManager().cancel(DiagnoseJob.FAMILY);
		UiWait.until(() -> "diagnosis jobs to stop", () -> Job.getJobManager().find(DiagnoseJob.FAMILY).length == 0,
				20_000);
		UiWait.until(() -> "file jobs to end", () -> Job.getJobManager().find(InventoryJobs.FAMILY).length == 0,
				20_000);
	}

	@Test
	void theWindowOpensOnTheRdpDoctorPerspectiveWithItsViews() {
		assertEquals(RdpDoctorPerspective.ID, page.getPerspective().getId());
		assertTrue(window.getShell().isVisible(), "the window is not visible");
		assertEquals("RDP Doctor", window.getShell().getText());
		for (String id : List.of(InventoryView.ID, FindingsView.ID, DashboardView.ID, ExplainView.ID)) {
			assertNotNull(page.findViewReference(id), id + " is not in the perspective");
		}
	}

	@Test
	void createAGroupAndAHostThenUndoAndRedo() {
		Group group = group("Berlin");
		document.execute(InventoryEdits.add(document.domain(), document.inventory(), group));
		Host host = host("ts01.berlin.example", 3389);
		document.execute(InventoryEdits.add(document.domain(), group, host));
		inventory.expandAllGroups();
		UiWait.flush();
		assertEquals(List.of("Berlin  (1 host)", "ts01.berlin.example:3389  \u2014 never diagnosed"), labels());
		assertTrue(document.isDirty());

		undo().run();
		UiWait.flush();
		assertEquals(List.of("Berlin  (0 hosts)"), labels());
		undo().run();
		UiWait.flush();
		assertEquals(List.of(), labels());
		assertFalse(document.isDirty(), "undoing every edit leaves nothing to save");
		global(ActionFactory.REDO).run();
		global(ActionFactory.REDO).run();
		inventory.expandAllGroups();
		UiWait.flush();
		assertEquals(2, labels().size());
	}

	@Test
	void theNewGroupAndNewHostCommandsAskForNamesAndOpenTheHost() throws Exception {
		org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
		IHandlerService handlers = window.getService(IHandlerService.class);
		page.activate(inventory);
		display.asyncExec(() -> Dialogs.answer(display, "New Group", "Berlin"));
		handlers.executeCommand("rdpdoctor.ui.newGroup", null);
		Group berlin = document.inventory().getGroups().get(0);
		assertEquals("Berlin", berlin.getName());

		inventory.getViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(berlin));
		display.asyncExec(() -> Dialogs.answer(display, "New Host", "ts01.berlin.example:3390"));
		handlers.executeCommand("rdpdoctor.ui.newHost", null);
		Host host = berlin.getHosts().get(0);
		assertEquals("ts01.berlin.example", host.getName());
		assertEquals(3390, host.getRdpPort());
		assertEquals(new HostEditorInput(host), page.getActiveEditor().getEditorInput());
	}

	@Test
	void renameInTheInventoryRenamesTheSelectedGroupUndoably() throws Exception {
		Group group = group("Paris");
		document.execute(InventoryEdits.add(document.domain(), document.inventory(), group));
		page.activate(inventory);
		inventory.getViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(group));
		org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
		display.asyncExec(() -> Dialogs.answer(display, "Rename", "Lyon")); // runs inside the dialog's event loop

		window.getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.rename", null);
		assertEquals("Lyon", group.getName());
		undo().run();
		assertEquals("Paris", group.getName());
	}

	@Test
	void dragAndDropMovesAHostAsOneUndoableCommand() {
		Group paris = group("Paris");
		Group lyon = group("Lyon");
		Host host = host("10.1.2.3", 3389);
		paris.getHosts().add(host);
		document.execute(InventoryEdits.add(document.domain(), document.inventory(), paris));
		document.execute(InventoryEdits.add(document.domain(), document.inventory(), lyon));

		assertNull(InventoryEdits.move(document.domain(), List.of(paris), paris), "a group cannot hold itself");
		org.eclipse.jface.util.LocalSelectionTransfer dragged = org.eclipse.jface.util.LocalSelectionTransfer
				.getTransfer();
		dragged.setSelection(new org.eclipse.jface.viewers.StructuredSelection(host));
		InventoryDropAdapter drop = new InventoryDropAdapter(inventory.getViewer(), document);
		org.eclipse.swt.dnd.TransferData type = dragged.getSupportedTypes()[0];
		assertTrue(drop.validateDrop(lyon, org.eclipse.swt.dnd.DND.DROP_MOVE, type), "onto another group");
		assertFalse(drop.validateDrop(paris, org.eclipse.swt.dnd.DND.DROP_MOVE, type), "where it already is");
		assertTrue(drop.performDrop(null), "dropped on empty space: the top level");
		assertEquals(document.inventory(), host.eContainer());
		undo().run();
		assertEquals(paris, host.eContainer());
		dragged.setSelection(null);
		assertTrue(document.execute(InventoryEdits.move(document.domain(), List.of(host), lyon)));
		assertEquals(lyon, host.eContainer());
		undo().run();
		assertEquals(paris, host.eContainer());
	}

	@Test
	void diagnoseALoopbackHostThenReRunShowsWhatChanged() throws IOException {
		Group group = group("Loopback");
		Host host = host("127.0.0.1", FreePorts.closedTcpPort());
		group.getHosts().add(host);
		document.execute(InventoryEdits.add(document.domain(), document.inventory(), group));
		FindingsView findings = (FindingsView) show(FindingsView.ID);

		new DiagnoseJob(document, List.of(host)).schedule();
		UiWait.until(() -> "PORT_CLOSED in the Findings view: " + findings.shown(),
				() -> findings.shown().stream().anyMatch(r -> r.finding().getCauseId().equals("PORT_CLOSED")), 30_000);
		inventory.expandAllGroups();
		UiWait.flush();
		assertTrue(labels().get(1).contains("UNREACHABLE \u00b7 PORT_CLOSED"), labels().toString());

		try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			document.execute(InventoryEdits.set(document.domain(), host, ModelPackage.eINSTANCE.getHost_RdpPort(),
					silent.getLocalPort()));
			new DiagnoseJob(document, List.of(host)).schedule();
			UiWait.until(() -> "a second run", () -> host.getRuns().size() == 2, 30_000);
		}
		UiWait.flush();
		RunRecords.Change change = RunRecords.change(host);
		assertEquals(HostStatus.UNREACHABLE, change.now());
		assertTrue(change.appeared().contains("SERVICE_NOT_RESPONDING"), change.toString());
		assertTrue(change.resolved().contains("PORT_CLOSED"), change.toString());
		assertTrue(findings.shown().stream().anyMatch(r -> r.appeared()
				&& r.finding().getCauseId().equals("SERVICE_NOT_RESPONDING")), "the new cause is marked new");
		assertTrue(labels().get(1).contains("(causes changed)"), labels().toString());
	}

	@Test
	void saveAndReopenKeepsHostsAndTheirRuns() throws Exception {
		Host host = host("127.0.0.1", FreePorts.closedTcpPort());
		document.execute(InventoryEdits.add(document.domain(), document.inventory(), host));
		new DiagnoseJob(document, List.of(host)).schedule();
		UiWait.until(() -> "a run", () -> host.getRuns().size() == 1, 30_000);
		Path file = dir.resolve("saved.rdpdoctor");

		assertTrue(UiWait.job(InventoryJobs.save(document, file, () -> {
		}), 30_000).isOK());
		assertFalse(document.isDirty());
		assertFalse(inventory.isDirty());
		document.newDocument();
		assertTrue(UiWait.job(InventoryJobs.open(document, file, false), 30_000).isOK());

		Host reopened = InventoryWalk.hosts(document.inventory()).findFirst().orElseThrow();
		assertEquals(host.getRdpPort(), reopened.getRdpPort());
		assertEquals(HostStatus.UNREACHABLE, RunRecords.status(reopened));
		assertEquals(file, document.file());
		assertTrue(inventory.getContentDescription().contains("saved.rdpdoctor"));
	}

	@Test
	void theFindingsFilterKeepsMatchingRowsAndTheSeverityFilter() throws Exception {
		openCopy(FindingsFixtures.sample());
		List<Host> hosts = InventoryWalk.hosts(document.inventory()).toList();
		FindingsFixtures.recordClosedAndExpired(document, hosts);
		FindingsView findings = (FindingsView) show(FindingsView.ID);
		UiWait.flush();
		int all = findings.shown().size();
		assertEquals(hosts.size() + hosts.size() / 2, all, "one finding per host, a second on every other host");

		type(findings.filterText(), "cert_expired");
		assertEquals(hosts.size() / 2, findings.shown().size());
		assertTrue(findings.shown().stream().allMatch(r -> r.finding().getCauseId().equals("CERT_EXPIRED")));
		type(findings.filterText(), "10.213.7.1");
		assertTrue(findings.shown().stream().allMatch(r -> r.target().startsWith("10.213.7.1")));
		type(findings.filterText(), "");
		assertEquals(all, findings.shown().size());
		org.eclipse.swt.widgets.Combo severity = findings.severityCombo();
		severity.select(severity.indexOf("WARNING"));
		severity.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		assertEquals(0, findings.shown().size(), "every finding is an ERROR");
		severity.select(severity.indexOf("ERROR"));
		severity.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		assertEquals(all, findings.shown().size());

		String group = findings.shown().stream().map(FindingRow::group).filter(g -> !g.isEmpty()).findFirst()
				.orElseThrow();
		String top = group.contains("/") ? group.substring(0, group.indexOf('/')) : group;
		type(findings.groupField(), top);
		assertTrue(findings.shown().size() > 0 && findings.shown().size() < all, findings.shown().size() + " of " + all);
		assertTrue(findings.shown().stream().allMatch(r -> r.group().equals(top) || r.group().startsWith(top + "/")));
		assertTrue(findings.groupProposals().contains(group), "the group paths are proposed: " + findings
				.groupProposals());
		type(findings.groupField(), "");
		assertEquals(all, findings.shown().size());
	}

	@Test
	void theDashboardCatchesUpWithWhatWasDiagnosedWhileItWasHidden() throws Exception {
		DashboardView dashboard = (DashboardView) show(DashboardView.ID);
		show(FindingsView.ID); // the same folder: the dashboard is now hidden
		openCopy(FindingsFixtures.sample());
		FindingsFixtures.recordClosedAndExpired(document, InventoryWalk.hosts(document.inventory()).toList());
		UiWait.flush();
		assertEquals(0, dashboard.summary().hosts(), "a hidden dashboard does not redraw");

		show(DashboardView.ID);
		UiWait.flush();
		FleetSummary summary = dashboard.summary();
		assertEquals(18, summary.hosts());
		assertEquals(18, summary.byStatus().get(HostStatus.UNREACHABLE));
		assertEquals(18, summary.byCause().get("PORT_CLOSED"));
		assertEquals(9, summary.byCause().get("CERT_EXPIRED"));
	}

	@Test
	void theDashboardRanksCausesApartFromNoticesAndEveryCauseLeadsToItsFindings() throws Exception {
		openCopy(FindingsFixtures.sample());
		List<Host> hosts = InventoryWalk.hosts(document.inventory()).toList();
		FindingsFixtures.recordManyCausesAndANotice(document, hosts);
		DashboardView dashboard = (DashboardView) show(DashboardView.ID);
		UiWait.flush();

		FleetSummary summary = dashboard.summary();
		assertEquals(hosts.size() - 1, summary.byCause().get("HOST_EVIDENCE_UNAVAILABLE"), "counted, as the report does");
		assertEquals(List.of("CAUSE0", "CAUSE1", "CAUSE2", "CAUSE3", "CAUSE4", "CAUSE5", "CAUSE6", "CAUSE7"),
				dashboard.drawnCauses(), "the notice on 17 of 18 hosts does not lead: causes of failures do");
		assertTrue(dashboard.moreAndNotices().startsWith("Click a bar to list its findings \u00b7 <a>4 more causes...</a>"
				+ " | Notices (about the diagnosis, "
				+ "not causes): HOST_EVIDENCE_UNAVAILABLE on " + (hosts.size() - 1) + " hosts"),
				dashboard.moreAndNotices());
		assertEquals(rdpdoctor.model.Severity.WARNING, summary.severityOf("CAUSE1"), "its bar amber, CAUSE0's red");
		assertEquals(List.of("CAUSE8", "CAUSE9", "CAUSE10", "CAUSE11"), summary.causes().stream().skip(8)
				.map(java.util.Map.Entry::getKey).toList(), "reached through the link's menu");

		dashboard.showInFindings("CAUSE11"); // a click on a bar, or on the link's menu
		UiWait.flush();
		FindingsView findings = (FindingsView) page.findView(FindingsView.ID);
		int expected = (int) hosts.stream().filter(h -> hosts.indexOf(h) % 12 == 11).count();
		assertEquals(expected, findings.shown().size(), "only CAUSE11's findings");
		assertTrue(findings.shown().stream().allMatch(r -> r.finding().getCauseId().equals("CAUSE11")));
	}

	@Test
	void findingsLeaveAsCsvHtmlAndCopiedRowsAndTheDashboardAsPng(@org.junit.jupiter.api.io.TempDir Path dir)
			throws Exception {
		openCopy(FindingsFixtures.sample());
		List<Host> hosts = InventoryWalk.hosts(document.inventory()).toList();
		FindingsFixtures.recordManyCausesAndANotice(document, hosts);
		FindingsView findings = (FindingsView) show(FindingsView.ID);
		UiWait.flush();
		int all = findings.exportedRows().size();
		assertTrue(all > 100, "every row the filters keep: " + all);

		Path csv = dir.resolve("findings.csv");
		assertTrue(UiWait.job(findings.export(csv, findings.exportedRows()), 60_000).isOK());
		rdpdoctor.tests.harness.Command read = rdpdoctor.tests.harness.Command.run(List.of("python3", "-c",
				"import csv, sys; rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')));"
						+ "print(len(rows)); print(sorted({r['Finding'] for r in rows if r['Cause'] == 'CAUSE0'}))",
				csv.toString()), java.time.Duration.ofSeconds(30), java.util.Map.of());
		assertEquals(all + "\n['\\'=HYPERLINK(\"http://attacker.test\",\"cause 0\")']", read.output().strip(),
				"every row, a formula cell neutralised as the command line's CSV does: " + read.output());

		Path html = dir.resolve("findings.html");
		assertTrue(UiWait.job(findings.export(html, findings.exportedRows()), 60_000).isOK());
		String report = Files.readString(html);
		assertTrue(report.contains("<html") && report.contains(hosts.get(11).getName()), "the report of those hosts");
		assertTrue(report.contains("CAUSE11"), "with its findings");

		findings.showCause("CAUSE3");
		UiWait.flush();
		findings.viewerForTests().getTable().selectAll();
		findings.copySelection();
		org.eclipse.swt.dnd.Clipboard clipboard = new org.eclipse.swt.dnd.Clipboard(
				org.eclipse.swt.widgets.Display.getCurrent());
		String copied = (String) clipboard.getContents(org.eclipse.swt.dnd.TextTransfer.getInstance());
		clipboard.dispose();
		List<String> lines = copied.lines().toList();
		assertEquals("Severity\tCause\tHost\tGroup\tFinding\tCaused by\tConfidence", lines.get(0));
		assertEquals(findings.shown().size() + 1, lines.size(), copied);
		assertTrue(lines.get(1).startsWith("WARNING\tCAUSE3\t"), lines.get(1));

		DashboardView dashboard = (DashboardView) show(DashboardView.ID);
		UiWait.flush();
		Path png = dir.resolve("dashboard.png");
		dashboard.savePng(png);
		org.eclipse.swt.graphics.ImageData image = new org.eclipse.swt.graphics.ImageLoader().load(png.toString())[0];
		assertTrue(image.width > 200 && image.height > 100, image.width + "x" + image.height);
		java.util.Set<Integer> colours = new java.util.HashSet<>();
		for (int x = 0; x < image.width; x += 3) {
			for (int y = 0; y < image.height; y += 3) {
				colours.add(image.getPixel(x, y));
			}
		}
		assertTrue(colours.size() > 5, "the charts drawn, not a blank image: " + colours.size() + " colours");

		Path svg = dir.resolve("dashboard.svg");
		dashboard.saveSvg(svg);
		javax.xml.parsers.DocumentBuilderFactory parsers = javax.xml.parsers.DocumentBuilderFactory.newInstance();
		parsers.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		org.w3c.dom.Document drawing = parsers.newDocumentBuilder().parse(svg.toFile());
		assertEquals("svg", drawing.getDocumentElement().getLocalName() == null ? drawing.getDocumentElement()
				.getTagName() : drawing.getDocumentElement().getLocalName());
		String drawn = drawing.getDocumentElement().getTextContent();
		for (java.util.Map.Entry<String, Integer> cause : dashboard.summary().causes()) {
			assertTrue(drawn.contains(cause.getKey() + ": " + cause.getValue()), "every cause, with its count: "
					+ cause.getKey());
		}
		assertTrue(dashboard.summary().causes().size() > 8, "more causes than the chart's top ones");
	}

	@Test
	void theErrorLogShowsWhatRdpDoctorLoggedTheToolbarAndTheKeysPageAreThere() {
		String message = "rdpdoctor test: the Error Log shows this " + System.nanoTime();
		org.eclipse.core.runtime.ILog.get().error(message, new IllegalStateException("a cause"));
		org.eclipse.ui.IViewPart log = show(RdpDoctorPerspective.ERROR_LOG);
		assertEquals("org.eclipse.ui.internal.views.log.LogView", log.getClass().getName());
		UiWait.until(() -> "the Error Log shows the entry", () -> treeTexts(page.getWorkbenchWindow().getShell())
				.stream().anyMatch(t -> t.contains(message)), 10_000);

		List<String> tools = new java.util.ArrayList<>();
		collect(page.getWorkbenchWindow().getShell(), c -> {
			if (c instanceof org.eclipse.swt.widgets.ToolBar bar) {
				for (org.eclipse.swt.widgets.ToolItem item : bar.getItems()) {
					tools.add(item.getText());
				}
			}
		});
		assertTrue(tools.containsAll(List.of("New", "Open", "Save", "Import", "Diagnose", "Diagnose All", "Fix",
				"Connect")),
				tools.toString());

		org.eclipse.jface.preference.IPreferenceNode keys = PlatformUI.getWorkbench().getPreferenceManager()
				.find("org.eclipse.ui.preferencePages.Keys");
		assertTrue(keys != null, "Window > Preferences > Keys");
		keys.createPage();
		assertTrue(keys.getPage() != null);
		keys.disposeResources();
	}

	private static List<String> treeTexts(org.eclipse.swt.widgets.Composite root) {
		List<String> texts = new java.util.ArrayList<>();
		collect(root, c -> {
			if (c instanceof org.eclipse.swt.widgets.Tree tree && tree.isVisible()) {
				for (org.eclipse.swt.widgets.TreeItem item : tree.getItems()) {
					texts.add(item.getText(0));
				}
			}
		});
		return texts;
	}

	private static void collect(org.eclipse.swt.widgets.Control control,
			java.util.function.Consumer<org.eclipse.swt.widgets.Control> each) {
		each.accept(control);
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				collect(child, each);
			}
		}
	}

	@Test
	void fileListsTheInventoriesOpenedLastAndForgetsOneThatIsGone(@org.junit.jupiter.api.io.TempDir Path dir)
			throws Exception {
		Path first = Files.copy(FindingsFixtures.sample(), dir.resolve("first & one.rdpdoctor"));
		Path second = Files.copy(FindingsFixtures.sample(), dir.resolve("second.rdpdoctor"));
		assertTrue(UiWait.job(InventoryJobs.open(document, first, false), 30_000).isOK());
		assertTrue(UiWait.job(InventoryJobs.open(document, second, false), 30_000).isOK());
		UiWait.flush();
		assertEquals(List.of(second, first), RecentInventories.list().subList(0, 2), "newest first");

		org.eclipse.swt.widgets.Menu fileMenu = page.getWorkbenchWindow().getShell().getMenuBar().getItem(0).getMenu();
		fileMenu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
		List<String> items = java.util.Arrays.stream(fileMenu.getItems()).map(org.eclipse.swt.widgets.MenuItem::getText)
				.toList();
		fileMenu.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
		assertTrue(items.contains("&1 second.rdpdoctor  [" + dir + "]"), items.toString());
		assertTrue(items.contains("&2 first && one.rdpdoctor  [" + dir + "]"), "an & shown, not a mnemonic: " + items);

		Files.delete(first);
		org.eclipse.swt.widgets.Display display = page.getWorkbenchWindow().getShell().getDisplay();
		String[] said = new String[1];
		display.asyncExec(() -> said[0] = Dialogs.press(display, "Open Recent Inventory", "OK"));
		RecentInventoriesMenu.open(first);
		assertTrue(said[0].contains("no longer exists"), said[0]);
		assertTrue(!RecentInventories.list().contains(first), "forgotten");
		assertEquals(second, document.file(), "the inventory shown stays");
	}

	@Test
	void theExplainViewExplains0x904With0x7() {
		ExplainView explain = (ExplainView) show(ExplainView.ID);
		explain.explain("0x904 0x7");
		assertTrue(explain.answer().contains("Causes to check"), explain.answer());
		assertTrue(explain.answer().contains("CERT_EXPIRED"), explain.answer());
		explain.explain("0xZZZ");
		assertTrue(explain.answer().contains("0xZZZ"), "a bad code is named: " + explain.answer());
	}

	@Test
	void theHostEditorFlagsABadPortAndTheEditIsUndoable() throws Exception {
		Host host = host("ts01.example", 3389);
		document.execute(InventoryEdits.add(document.domain(), document.inventory(), host));
		HostEditor.open(page, host);
		HostEditor editor = (HostEditor) page.getActiveEditor();
		Text port = (Text) editor.field(ModelPackage.eINSTANCE.getHost_RdpPort());

		port.setText("70000");
		port.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
		UiWait.flush();
		assertEquals(70000, host.getRdpPort());
		assertTrue(labels().get(0).contains("\u26a0 the RDP port 70000 is outside 1..65535"), labels().toString());
		assertTrue(editor.isDirty());

		document.domain().getCommandStack().undo();
		UiWait.flush();
		assertEquals(3389, host.getRdpPort());
		assertEquals("3389", port.getText());
	}

	@Test
	void importingACsvPreviewsThenAddsOnlyNewHostsUndoably() throws Exception {
		document.execute(InventoryEdits.add(document.domain(), document.inventory(), host("ts01", 3389)));
		Path csv = dir.resolve("servers.csv");
		Files.writeString(csv, "name,port,group\nts01,3389,\nts02,3389,Paris\nts03,3390,Paris/Annex\n");
		List<ImportDialog.Read> read = new java.util.ArrayList<>();

		assertTrue(UiWait.job(InventoryJobs.importFiles(document, List.of(csv), read::add), 30_000).isOK());
		UiWait.until(() -> "the preview", () -> read.size() == 1, 10_000);
		assertEquals(List.of(), read.get(0).problems());
		var preview = ImportDialog.rows(read.get(0).hosts(), read.get(0).planFor(document));
		assertEquals(List.of(true, false, false), preview.stream().map(ImportDialog.Row::known).toList());

		document.execute(ImportDialog.merge(document, read.get(0).planFor(document)));
		assertEquals(3, InventoryWalk.hosts(document.inventory()).count());
		undo().run();
		assertEquals(1, InventoryWalk.hosts(document.inventory()).count());
	}

	@Test
	void theNavigatorShowsHostsAddedToAnOpenGroupAndRenamedOnesWithoutARebuild() throws Exception {
		Group paris = group("Paris");
		document.execute(InventoryEdits.add(document.domain(), document.inventory(), paris));
		Host first = host("ts01", 3389);
		document.execute(InventoryEdits.add(document.domain(), paris, first));
		inventory.expandAllGroups();
		UiWait.flush();
		Path csv = dir.resolve("more.csv");
		Files.writeString(csv, "name,port,group\nts02,3389,Paris\nts03,3389,Paris/Annex\nts04,3389,\n");
		List<ImportDialog.Read> read = new java.util.ArrayList<>();
		assertTrue(UiWait.job(InventoryJobs.importFiles(document, List.of(csv), read::add), 30_000).isOK());
		UiWait.until(() -> "the preview", () -> read.size() == 1, 10_000);

		document.execute(ImportDialog.merge(document, read.get(0).planFor(document)));
		document.execute(org.eclipse.emf.edit.command.SetCommand.create(document.domain(), first,
				ModelPackage.Literals.HOST__NAME, "ts01-renamed"));
		inventory.expandAllGroups();
		UiWait.flush();

		assertEquals(List.of("Paris  (3 hosts)", "Annex  (1 host)", "ts03:3389  \u2014 never diagnosed",
				"ts01-renamed:3389  \u2014 never diagnosed", "ts02:3389  \u2014 never diagnosed",
				"ts04:3389  \u2014 never diagnosed"), labels());
	}

	@Test
	void largeInventoriesAreListedInTheBackgroundWhileEditsWait() throws Exception {
		int before = FindingsView.listInBackgroundFrom;
		FindingsView.listInBackgroundFrom = 1; // the sample's 18 hosts count as large
		try {
			FindingsView findings = (FindingsView) show(FindingsView.ID);
			openCopy(FindingsFixtures.sample());
			List<Host> hosts = InventoryWalk.hosts(document.inventory()).toList();
			FindingsFixtures.recordClosedAndExpired(document, hosts);
			UiWait.until(() -> "the findings listed by a job", () -> findings.shown().size() == hosts.size()
					+ hosts.size() / 2 && Job.getJobManager().find(BackgroundRead.FAMILY).length == 0, 30_000);

			InventoryDocument.Reading reading = document.beginRead(); // as a listing job does
			document.execute(InventoryEdits.delete(document.domain(), List.of(hosts.get(0))));
			assertEquals(hosts.size(), InventoryWalk.hosts(document.inventory()).count(), "held back");
			document.endRead(reading);
			UiWait.until(() -> "the findings listed again", () -> findings.shown().stream()
					.noneMatch(r -> r.host() == hosts.get(0)), 30_000);
			assertEquals(hosts.size() - 1, InventoryWalk.hosts(document.inventory()).count());
		} finally {
			FindingsView.listInBackgroundFrom = before;
		}
	}

	@Test
	void aMalformedInventoryFailsTheOpenNamingFileAndLineAndTheDocumentStays() throws Exception {
		Host kept = host("ts01", 3389);
		document.execute(InventoryEdits.add(document.domain(), document.inventory(), kept));
		Path broken = dir.resolve("broken.rdpdoctor");
		Files.writeString(broken, "<?xml version=\"1.0\"?>\n<oops>\n</nope>\n");
		Job open = InventoryJobs.open(document, broken, false);
		open.setUser(false);
		open.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);

		IStatus result = UiWait.job(open, 30_000);

		assertEquals(IStatus.ERROR, result.getSeverity());
		assertTrue(result.getMessage().startsWith("Cannot open the inventory: " + broken + ":3:"), result.getMessage());
		assertEquals(List.of(kept), InventoryWalk.hosts(document.inventory()).toList());
		assertNull(document.file());
	}

	@Test
	void editsWaitWhileAJobReadsAndASaveMarksCleanOnlyTheStateItWrote() throws Exception {
		Path file = dir.resolve("marks.rdpdoctor");
		document.execute(InventoryEdits.add(document.domain(), document.inventory(), host("ts01", 3389)));
		InventoryDocument.Reading written = document.beginRead();
		document.execute(InventoryEdits.add(document.domain(), document.inventory(), host("ts02", 3389)));
		assertEquals(1, InventoryWalk.hosts(document.inventory()).count(), "held back while a job reads");
		document.saved(written, file);
		document.endRead(written);
		assertEquals(2, InventoryWalk.hosts(document.inventory()).count(), "applied when the read ends");
		assertTrue(document.isDirty(), "edited after what was saved");

		document.domain().getCommandStack().undo();
		assertFalse(document.isDirty(), "back at the saved state");

		document.domain().getCommandStack().undo(); // before the saved state, then another edit: no state is saved
		document.execute(InventoryEdits.add(document.domain(), document.inventory(), host("ts03", 3389)));
		document.domain().getCommandStack().undo();
		document.domain().getCommandStack().redo();
		assertTrue(document.isDirty());
		InventoryDocument.Reading all = document.beginRead();
		document.saved(all, file);
		document.endRead(all);
		assertFalse(document.isDirty());

		InventoryDocument.Reading diagnosed = document.beginRead();
		document.record(List.of(), List.of());
		document.saved(diagnosed, file);
		document.endRead(diagnosed);
		assertTrue(document.isDirty(), "diagnoses recorded during the save are not saved");
	}

	@Test
	void anUnknownSshHostKeyIsShownWithItsFingerprintAndRecordedOnTheUsersWord() throws Exception {
		String key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB0enGrEDJWGERVKBn0T2aYiqlgyjlBbJAvc+aXHlQ8o";
		Files.writeString(dir.resolve("key.pub"), key + "\n");
		var listed = rdpdoctor.tests.harness.Command.run(List.of("ssh-keygen", "-l", "-E", "sha256", "-f",
				dir.resolve("key.pub").toString()), java.time.Duration.ofSeconds(10), java.util.Map.of());
		String fingerprint = listed.output().trim().split(" ")[1]; // as ssh-keygen, an independent tool, prints it
		Path knownHosts = dir.resolve("known_hosts");
		String setting = rdpdoctor.core.settings.DiagnosisSetting.SSH_KNOWN_HOSTS.key();
		String before = DiagnosisPreferences.store().getString(setting);
		DiagnosisPreferences.store().setValue(setting, knownHosts.toString());
		try {
			Host host = host("127.0.0.1", FreePorts.closedTcpPort());
			document.execute(InventoryEdits.add(document.domain(), document.inventory(), host));
			rdpdoctor.core.ProbeOutcome refused = new rdpdoctor.core.ProbeOutcome("ssh",
					rdpdoctor.model.ProbeStatus.FAILED, 5, "127.0.0.1:2222: the host's key is not in known_hosts",
					java.util.Map.of("failure", "UNKNOWN_HOST_KEY", "hostKeyLine", key, "hostKeyHost", "127.0.0.1",
							"hostKeyPort", 2222L));
			java.time.Instant now = java.time.Instant.now();
			document.record(List.of(host), List.of(RunRecords.toRun(new rdpdoctor.core.HostDiagnosis(
					new rdpdoctor.core.Target("127.0.0.1", host.getRdpPort()), "127.0.0.1", HostStatus.HEALTHY,
					List.of(), List.of(refused), now, now))));
			inventory.getViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(host));
			String[] shown = new String[1];
			window.getShell().getDisplay().asyncExec(() -> shown[0] = Dialogs.press(window.getShell().getDisplay(),
					TrustHostKeyHandler.TITLE, TrustHostKeyHandler.TRUST));

			window.getService(IHandlerService.class).executeCommand("rdpdoctor.ui.trustHostKey", null);

			assertTrue(shown[0].contains("ssh-ed25519  " + fingerprint), shown[0]);
			assertEquals("[127.0.0.1]:2222 " + key + "\n", Files.readString(knownHosts));
		} finally {
			DiagnosisPreferences.store().setValue(setting, before);
		}
	}

	@Test
	void aHostsOwnSshUserIsUsedAndItsPasswordAskedForOnceThenKeptInSecureStorage() throws Exception {
		java.util.Map<String, Object> hints = java.util.Map.of(
				org.eclipse.equinox.security.storage.provider.IProviderHints.DEFAULT_PASSWORD,
				new javax.crypto.spec.PBEKeySpec("test-master".toCharArray()),
				org.eclipse.equinox.security.storage.provider.IProviderHints.PROMPT_USER, false);
		java.net.URL storage = dir.resolve("secure_storage").toUri().toURL();
		SshCredentials.useStorage(() -> {
			try {
				return org.eclipse.equinox.security.storage.SecurePreferencesFactory.open(storage, hints);
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		});
		String knownHosts = rdpdoctor.core.settings.DiagnosisSetting.SSH_KNOWN_HOSTS.key();
		String accept = rdpdoctor.core.settings.DiagnosisSetting.SSH_ACCEPT_NEW_HOST_KEY.key();
		var prefs = DiagnosisPreferences.store();
		String knownBefore = prefs.getString(knownHosts);
		boolean acceptBefore = prefs.getBoolean(accept);
		try (rdpdoctor.tests.harness.XrdpLabHost lab = rdpdoctor.tests.harness.XrdpLabHost.up("rdpdui", 11)) {
			prefs.setValue(knownHosts, dir.resolve("known_hosts").toString());
			prefs.setValue(accept, true);
			Host host = host(lab.address(), 3389);
			host.setSshUser(lab.user()); // the host editor's field; the preferences name no SSH user
			document.execute(InventoryEdits.add(document.domain(), document.inventory(), host));
			org.eclipse.swt.widgets.Display display = window.getShell().getDisplay();
			List<String> asked = new java.util.ArrayList<>();
			String password = lab.password();
			Runnable[] answerer = new Runnable[1];
			int[] looks = new int[1];
			answerer[0] = () -> { // answers the prompt when it opens, as a user does; looks for at most 2 minutes
				org.eclipse.swt.widgets.Shell prompt = Dialogs.open(display, SshPasswordDialog.TITLE);
				if (prompt != null) {
					asked.add(Dialogs.answer(prompt, password, SshPasswordDialog.KEEP));
				} else if (++looks[0] < 1200) {
					display.timerExec(100, answerer[0]);
				}
			};
			display.timerExec(100, answerer[0]);

			org.eclipse.core.runtime.IStatus first = UiWait.job(new DiagnoseJob(document, List.of(host)), 120_000);
			assertTrue(first.getSeverity() <= org.eclipse.core.runtime.IStatus.INFO, first.toString());
			UiWait.flush();
			display.timerExec(-1, answerer[0]);

			assertEquals(1, asked.size(), "asked once: " + asked);
			assertTrue(asked.get(0).contains("No SSH key was accepted for rdpdiag"), asked.get(0));
			rdpdoctor.model.ProbeRun last = RunRecords.last(host).orElseThrow();
			assertTrue(last.getResults().stream().anyMatch(p -> p.getProbeId().equals("xrdp")
					&& p.getStatus() == rdpdoctor.model.ProbeStatus.OK), "read over SSH with the password typed");
			assertEquals(java.util.Optional.of(password), SshCredentials.kept(lab.user()));

			java.util.Date firstStart = RunRecords.last(host).orElseThrow().getStarted();
			display.timerExec(100, answerer[0]); // would answer a second prompt, and the test would see it
			org.eclipse.core.runtime.IStatus second = UiWait.job(new DiagnoseJob(document, List.of(host)), 120_000);
			assertTrue(second.getSeverity() <= org.eclipse.core.runtime.IStatus.INFO, second.toString());
			UiWait.flush();
			display.timerExec(-1, answerer[0]);
			assertEquals(1, asked.size(), "not asked again: the kept password logged in at once");
			assertTrue(RunRecords.last(host).orElseThrow().getStarted().after(firstStart), "a new run");
			assertEquals(2, host.getRuns().size(), "the refused attempt of the first run was not recorded");
			assertTrue(RunRecords.last(host).orElseThrow().getResults().stream().anyMatch(p -> p.getProbeId()
					.equals("xrdp") && p.getStatus() == rdpdoctor.model.ProbeStatus.OK));
			assertFalse(Files.readString(dir.resolve("secure_storage")).contains(password), "kept encrypted");
		} finally {
			prefs.setValue(knownHosts, knownBefore);
			prefs.setValue(accept, acceptBefore);
			SshCredentials.useStorage(org.eclipse.equinox.security.storage.SecurePreferencesFactory::getDefault);
		}
	}

	@Test
	void openSampleGivesTheLabInventoryAsANewUnsavedFile() throws Exception {
		window.getService(IHandlerService.class).executeCommand("rdpdoctor.ui.openSample", null);
		UiWait.until(() -> "the sample's 18 hosts", () -> InventoryWalk.hosts(document.inventory()).count() == 18,
				30_000);
		assertNull(document.file(), "saving the sample asks where");
	}

	private void openCopy(Path file) {
		assertTrue(UiWait.job(InventoryJobs.open(document, file, true), 30_000).isOK());
	}

	private org.eclipse.jface.action.IAction undo() {
		return global(ActionFactory.UNDO);
	}

	private org.eclipse.jface.action.IAction global(ActionFactory action) {
		return inventory.getViewSite().getActionBars().getGlobalActionHandler(action.getId());
	}

	private org.eclipse.ui.IViewPart show(String id) {
		try {
			return page.showView(id);
		} catch (org.eclipse.ui.PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void type(Text text, String value) {
		text.setText(value); // fires Modify, as typing does
		UiWait.flush();
	}

	private List<String> labels() {
		List<String> labels = new java.util.ArrayList<>();
		collect(inventory.getViewer().getTree().getItems(), labels);
		return labels;
	}

	/** The rows' texts, as a user scrolling the whole tree would see them (a virtual row is filled when asked). */
	private static void collect(TreeItem[] items, List<String> labels) {
		for (TreeItem item : items) {
			String text = item.getText(); // asks the viewer for a row not shown yet
			if (item.getData() != null) {
				labels.add(text);
				if (item.getExpanded()) {
					collect(item.getItems(), labels);
				}
			}
		}
	}

	private static Group group(String name) {
		Group group = ModelFactory.eINSTANCE.createGroup();
		group.setName(name);
		return group;
	}

	private static Host host(String name, int port) {
		Host host = ModelFactory.eINSTANCE.createHost();
		host.setName(name);
		host.setRdpPort(port);
		return host;
	}
}
