package rdpdoctor.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rdpdoctor.tests.harness.EvtxWriter;

/**
 * The Event viewer in the real workbench (under Xvfb in CI): an .evtx file imported, filtered by host, ID, level and
 * text, an event's XML read again into the details pane, the events supporting a finding highlighted, and from an
 * event to its host's findings.
 */
class EventsViewTest {

	@TempDir
	Path dir;

	private IWorkbenchPage page;
	private EventsView view;

	@BeforeEach
	void anImportedLogOfTwoHosts() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
				.findPerspectiveWithId(RdpDoctorPerspective.ID));
		EvtxWriter writer = new EvtxWriter();
		int[] ids = { 36870, 1149, 7036, 261 };
		for (int i = 1; i <= 4000; i++) {
			writer.add(new EvtxWriter.Event(i, Instant.parse("2026-11-30T00:00:00Z").plusSeconds(i), i % 4 == 0
					? "Schannel" : "Microsoft-Windows-TerminalServices-RemoteConnectionManager", ids[i % 4], 2 + i % 3,
					"System", i % 2 == 0 ? "TS01.corp.example" : "TS02.corp.example", "user" + i % 10, "10.0.0." + i
							% 7));
		}
		Path file = dir.resolve("System.evtx");
		writer.write(file);
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(InventoryDocument.class).newDocument();
		view = (EventsView) page.showView(EventsView.ID);
		view.clear();
		IStatus imported = UiWait.job(view.importFiles(List.of(file)), 60_000);
		assertTrue(imported.isOK(), imported.toString());
		UiWait.until(() -> "the imported events shown", () -> view.rows().length == 4000, 30_000);
	}

	@Test
	void filtersNarrowTheTableAndKeepItNewestFirst() {
		assertEquals(4000, view.rows().length);
		assertTrue(view.table().getItemCount() < 200, "one page of items, not 4000");
		assertEquals("2026-11-30T01:06:40Z", view.table().getItem(0).getText(0), "the newest first");

		view.idsText().setText("36870");
		UiWait.flush();
		assertEquals(1000, view.rows().length);

		view.searchText().setText("USER4");
		UiWait.flush();
		assertEquals(200, view.rows().length, "text in the data, ignoring case");
		view.searchText().setText("");
		view.idsText().setText("");
		view.levelCombo().select(2); // Error
		view.levelCombo().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		UiWait.flush();
		assertEquals(1333, view.rows().length);
	}

	@Test
	void saveFilteredEventsAsWritesWhatTheFiltersKeepAsCsvThatPythonsCsvReadsBack() throws Exception {
		view.idsText().setText("36870");
		UiWait.flush();
		assertEquals(1000, view.rows().length);
		Path csv = dir.resolve("filtered.csv");

		IStatus saved = UiWait.job(view.saveFiltered(csv), 60_000);

		assertTrue(saved.isOK(), saved.toString());
		rdpdoctor.tests.harness.Command read = rdpdoctor.tests.harness.Command.run(List.of("python3", "-c",
				"import csv, sys; rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')));"
						+ "print(len(rows), {r['id'] for r in rows}, rows[0]['time'], rows[0]['provider'])",
				csv.toString()), java.time.Duration.ofSeconds(30), java.util.Map.of());
		assertEquals("1000 {'36870'} 2026-11-30T01:06:40Z Schannel", read.output().strip(), read.output());
	}

	@Test
	void saveFilteredEventsAsXmlInEventViewersFormReadBackByPythonAndByRdpdoctorsReader() throws Exception {
		view.idsText().setText("36870");
		UiWait.flush();
		Path xml = dir.resolve("filtered.xml");

		IStatus saved = UiWait.job(view.saveFiltered(xml), 60_000);

		assertTrue(saved.isOK(), saved.toString());
		rdpdoctor.tests.harness.Command parsed = rdpdoctor.tests.harness.Command.run(List.of("python3", "-c",
				"import sys, xml.etree.ElementTree as ET; ns = '{http://schemas.microsoft.com/win/2004/08/events/event}';"
						+ "events = ET.parse(sys.argv[1]).getroot().findall(ns + 'Event');"
						+ "print(len(events), {e.find(ns + 'System/' + ns + 'EventID').text for e in events})",
				xml.toString()), java.time.Duration.ofSeconds(30), java.util.Map.of());
		assertEquals("1000 {'36870'}", parsed.output().strip(), parsed.output());
		List<rdpdoctor.events.LogEvent> back = new java.util.ArrayList<>();
		List<String> damage = new java.util.ArrayList<>();
		rdpdoctor.events.EventSources.read(rdpdoctor.events.EventSources.builtInReaders(), xml, back::add,
				damage::add);
		assertEquals(List.of(), damage);
		assertEquals(1000, back.size());
		int first = view.rows()[0];
		rdpdoctor.events.LogEvent newest = back.get(0);
		assertEquals(Instant.ofEpochMilli(view.store().time(first)), newest.time());
		assertEquals(view.store().host(first), newest.host());
		assertEquals(view.store().provider(first), newest.provider());
		assertEquals(view.store().level(first), newest.level());
		assertEquals(view.store().text(first), newest.message(), "the message as the view shows it");
	}

	@Test
	void anEventsXmlIsReadAgainIntoTheDetails() {
		view.table().setSelection(0);
		view.table().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		assertTrue(view.details().contains("(reading the event's data and XML again from "),
				"the UI thread does not read the file: " + view.details());
		UiWait.until(() -> "the details read again: " + view.details(), () -> view.details().contains(
				"<EventRecordID>"), 30_000);

		assertTrue(view.details().contains("<EventRecordID>4000</EventRecordID>"), view.details());
		assertTrue(view.details().contains("Param1 = user0"), view.details());
	}

	@Test
	void theEventsSupportingAFindingAreShownHighlightedForItsHostOnly() {
		int supporting = view.showSupporting("ts01.corp.example", "CERT_UNUSABLE");
		UiWait.flush();

		assertEquals(1000, supporting, "Schannel 36870 of TS01 (every 4th event, all of TS01)");
		assertEquals(2000, view.rows().length, "TS01's events");
		org.eclipse.swt.widgets.TableItem first = view.table().getItem(0);
		assertTrue(first.getText(3).equals("36870") == !first.getBackground().equals(view.table().getBackground()),
				"highlighted exactly when it supports the finding");
	}

	@Test
	void anXmlFilesEventIsReadAgainIntoTheDetailsToo() throws Exception {
		Path xml = java.nio.file.Files.writeString(dir.resolve("saved.xml"), "<Events><Event xmlns="
				+ "'http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-"
				+ "TerminalServices-RemoteConnectionManager'/><EventID>1149</EventID><Level>4</Level><TimeCreated"
				+ " SystemTime='2027-01-01T00:00:00Z'/><EventRecordID>77</EventRecordID><Computer>TS03</Computer>"
				+ "</System><UserData><EventXML xmlns='Event_NS'><Param1>alice</Param1><Param3>10.0.0.5</Param3>"
				+ "</EventXML></UserData></Event></Events>");
		assertTrue(UiWait.job(view.importFiles(List.of(xml)), 60_000).isOK());
		UiWait.until(() -> "the XML file's event shown", () -> view.rows().length == 4001, 30_000);

		view.table().setSelection(0); // the newest: the XML file's
		view.table().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		UiWait.until(() -> "the details read again: " + view.details(), () -> view.details().contains("<Param3>"),
				30_000);

		assertTrue(view.details().contains("<Param3>10.0.0.5</Param3>"), view.details());
	}

	@Test
	void theEventsADiagnosisReadOverSshAreShownBesideTheImportedOnes() {
		InventoryDocument document = PlatformUI.getWorkbench().getActiveWorkbenchWindow()
				.getService(InventoryDocument.class);
		document.newDocument();
		rdpdoctor.model.Host host = rdpdoctor.model.ModelFactory.eINSTANCE.createHost();
		host.setName("ts09.corp.example");
		host.setRdpPort(3389);
		document.execute(InventoryEdits.add(document.domain(), document.inventory(), host));
		Instant now = Instant.now();
		rdpdoctor.core.ProbeOutcome events = new rdpdoctor.core.ProbeOutcome("events",
				rdpdoctor.model.ProbeStatus.OK, 40, "2 RDP-related events", java.util.Map.of(
						"times", List.of(now.minusSeconds(60), now.minusSeconds(120)), "ids", List.of(36870L, 1149L),
						"levels", List.of(2L, 4L), "providers", List.of("Schannel",
								"Microsoft-Windows-TerminalServices-RemoteConnectionManager"),
						"channels", List.of("System", "Microsoft-Windows-TerminalServices-RemoteConnectionManager/"
								+ "Operational"), "messages", List.of("Type=server; ErrorCode=0x8009030d",
										"Param1=alice")));
		document.record(List.of(host), List.of(rdpdoctor.core.inventory.RunRecords.toRun(
				new rdpdoctor.core.HostDiagnosis(new rdpdoctor.core.Target("ts09.corp.example", 3389), "10.0.0.9",
						rdpdoctor.model.HostStatus.FAILING, List.of(), List.of(events), now, now))));

		UiWait.until(() -> "the collected events shown", () -> view.rows().length == 4002, 30_000);
		assertEquals(1, view.showSupporting("ts09.corp.example", "CERT_UNUSABLE"));
	}
}
