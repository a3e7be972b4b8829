package rdpdoctor.events.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import rdpdoctor.tests.harness.Command;
import rdpdoctor.tests.harness.Root;
import rdpdoctor.tests.harness.SharedData;
import rdpdoctor.events.LogEvent;
import rdpdoctor.events.CollectedDamage;

/**
 * .evtx files written by Windows itself, from Yamato-Security/hayabusa-sample-evtx @071da2e1 (the copies in
 * ../shared/data/evtx; its README names each), read against libevtx (Debian's libevtx-utils, an independent reader):
 * every current record evtxinfo counts is read, with the record and event IDs evtxexport shows where it reads the
 * file; CAPI2's UserData elements with attributes (binary XML nested in a value, whose elements carry no dependency
 * identifier) as evtxexport renders them; records whose elements stand outside any template (the 0x05 value tokens
 * evtxexport gives up on, as the Rust evtx crate reads them); and records an earlier use of a chunk left in its free
 * space are a note, not damage.
 */
class EvtxRealFilesTest {

	private static final Pattern RECORD = Pattern.compile("<EventID[^>]*>(\\d+)</EventID>.*?<EventRecordID>(\\d+)"
			+ "</EventRecordID>", Pattern.DOTALL);

	/** What a reader saw of a file. */
	private record Read(List<LogEvent> events, List<String> damage, List<String> notes) {
		List<String> ids() {
			return events.stream().map(e -> e.recordId() + ":" + e.eventId()).toList();
		}
	}

	private static Read read(Path file) throws IOException {
		List<LogEvent> events = new ArrayList<>();
		CollectedDamage told = new CollectedDamage();
		EvtxReader.read(file, events::add, told);
		return new Read(events, told.damage(), told.notes());
	}

	private static int evtxinfoRecords(Path file) throws IOException {
		Command info = Command.run(List.of("evtxinfo", file.toString()), Duration.ofSeconds(60), Map.of());
		Matcher count = Pattern.compile("Number of records\\s*: (\\d+)").matcher(info.output());
		assertTrue(count.find(), info.output());
		return Integer.parseInt(count.group(1));
	}

	private static String evtxexportXml(Path file) throws IOException {
		return Command.run(List.of("evtxexport", "-f", "xml", file.toString()), Duration.ofSeconds(60), Map.of())
				.output();
	}

	private static List<String> evtxexportIds(String xml) {
		List<String> ids = new ArrayList<>();
		Matcher record = RECORD.matcher(xml);
		while (record.find()) {
			ids.add(record.group(2) + ":" + record.group(1));
		}
		return ids;
	}

	@TestFactory
	Stream<DynamicTest> everyCurrentRecordIsReadWithTheIdsLibevtxShows() throws IOException {
		Root.require("/usr/bin/evtxexport");
		return SharedData.files("evtx").stream().filter(f -> f.toString().endsWith(".evtx"))
				.map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
					Read ours = read(file);
					assertEquals(List.of(), ours.damage(), "no damage: every current record is read");
					assertEquals(evtxinfoRecords(file), ours.events().size(), "evtxinfo's record count");
					List<String> theirs = evtxexportIds(evtxexportXml(file));
					if (!theirs.isEmpty()) {
						assertEquals(theirs, ours.ids(), "record and event IDs, in order, as evtxexport");
					}
				}));
	}

	@Test
	void capi2UserDataWithAttributesIsRenderedAsEvtxexportRendersIt() throws IOException {
		Root.require("/usr/bin/evtxexport");
		Path file = SharedData.files("evtx").stream().filter(f -> f.toString().contains("ID70-CAPI")).findFirst()
				.orElseThrow();
		Read ours = read(file);
		String theirs = evtxexportXml(file).replaceAll(">\\s+<", "><");
		Matcher userData = Pattern.compile("<UserData>.*?</UserData>", Pattern.DOTALL).matcher(theirs);
		List<String> expected = new ArrayList<>();
		while (userData.find()) {
			expected.add(userData.group());
		}
		assertEquals(3, expected.size(), theirs);
		assertEquals(expected, ours.events().stream().map(e -> e.xml().replaceAll(".*(<UserData>.*</UserData>).*",
				"$1")).toList());
		Map<String, String> data = ours.events().get(0).data();
		assertEquals("mimikatz.exe", data.get("EventAuxInfo.ProcessName"), data.toString());
		assertEquals("10000", data.get("Flags.value"), data.toString());
		assertEquals("wec02.offsec.lan", data.get("Certificate.subjectName"), data.toString());
	}

	@Test
	void recordsWithoutATemplateAreReadWithTheEventIdsTheirFilesAreNamedFor() throws IOException {
		Map<String, Set<Integer>> named = Map.of("ID1116-1117", Set.of(1116, 1117), "ID800-4103-4104",
				Set.of(800, 4103, 4104), "ID800-4103-Firewall", Set.of(800, 4103, 4104)); // PowerShell's script blocks (4104) come with 4103
		int files = 0;
		for (Path file : SharedData.files("evtx")) {
			for (Map.Entry<String, Set<Integer>> entry : named.entrySet()) {
				if (file.getFileName().toString().contains(entry.getKey())) {
					Read ours = read(file);
					assertTrue(ours.events().size() >= 6, file + ": " + ours.events().size());
					assertTrue(ours.events().stream().allMatch(e -> entry.getValue().contains(e.eventId())),
							file + ": " + ours.ids());
					assertTrue(ours.events().stream().allMatch(e -> e.xml().startsWith("<Event xmlns=")
							&& e.xml().endsWith("</Event>")), file.toString());
					files++;
				}
			}
		}
		assertEquals(4, files, "the four files hayabusa's set has of this kind");
	}

	/**
	 * HexInt32/HexInt64 values as Event Viewer writes them (Microsoft's documented sample of event 4624 has
	 * {@code <Data Name="SubjectLogonId">0x3e7</Data>}, {@code <Data Name="ProcessId">0x44c</Data>}): no zero padding,
	 * so a value copied from Event Viewer finds the event; the same numbers evtxexport (which pads them) shows.
	 */
	@Test
	void hexValuesAreWrittenAsEventViewerWritesThemWithTheNumbersEvtxexportShows() throws IOException {
		Root.require("/usr/bin/evtxexport");
		Path file = SharedData.files("evtx").stream().filter(f -> f.toString().endsWith("password-spray.evtx"))
				.findFirst().orElseThrow();
		Pattern hex = Pattern.compile("<Data Name=\"([^\"]+)\">(0x[0-9a-fA-F]+)</Data>");
		List<String> theirs = new ArrayList<>();
		Matcher m = hex.matcher(evtxexportXml(file));
		while (m.find()) {
			theirs.add(m.group(1) + "=" + Long.parseUnsignedLong(m.group(2).substring(2), 16));
		}
		List<String> ours = new ArrayList<>();
		for (LogEvent event : read(file).events()) {
			Matcher o = hex.matcher(event.xml());
			while (o.find()) {
				assertTrue(o.group(2).matches("0x(0|[1-9a-f][0-9a-f]*)"), o.group());
				ours.add(o.group(1) + "=" + Long.parseUnsignedLong(o.group(2).substring(2), 16));
			}
		}
		assertTrue(theirs.size() > 100, theirs.size() + " hex values");
		assertEquals(theirs, ours);
	}

	@Test
	void recordsLeftInAChunksFreeSpaceAreANoteNotDamage() throws IOException {
		Path file = SharedData.files("evtx").stream().filter(f -> f.toString().endsWith("password-spray.evtx"))
				.findFirst().orElseThrow();
		Read ours = read(file);

		assertEquals(List.of(), ours.damage());
		assertEquals(1, ours.notes().size(), ours.notes().toString());
		assertTrue(ours.notes().get(0).contains("21 records after the chunk's free space"), ours.notes().toString());
	}
}
