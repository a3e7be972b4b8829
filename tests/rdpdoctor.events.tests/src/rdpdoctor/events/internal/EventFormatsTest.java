package rdpdoctor.events.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rdpdoctor.tests.harness.Command;
import rdpdoctor.tests.harness.EvtxWriter;
import rdpdoctor.tests.harness.Root;
import rdpdoctor.events.EventSources;
import rdpdoctor.events.LogEvent;
import rdpdoctor.events.EventReadException;

/**
 * The text forms of events, each read as its producer writes it: libevtx's evtxexport -f xml (the same events as the
 * .evtx file they come from), Event Viewer's "Save All Events As XML" and wevtutil's output in the forms Microsoft
 * documents (UTF-16 with a byte order mark, RenderingInfo, Qualifiers, UserData), journalctl -o json of a journal file
 * written by systemd-journal-remote, and xrdp's log.
 */
class EventFormatsTest {

	@TempDir
	Path dir;

	private static List<LogEvent> read(Path file, List<String> damage) throws Exception {
		List<LogEvent> events = new ArrayList<>();
		EventSources.read(EventSources.builtInReaders(), file, events::add, damage::add);
		return events;
	}

	@Test
	void evtxexportsXmlGivesTheSameEventsAsTheEvtxFileItself() throws Exception {
		Root.require("/usr/bin/evtxexport");
		EvtxWriter writer = new EvtxWriter();
		for (int i = 1; i <= 700; i++) {
			writer.add(new EvtxWriter.Event(i, Instant.parse("2026-11-30T10:00:00Z").plusSeconds(i), "Schannel",
					36870 + i % 3, 2, "System", "TS01", "p" + i, "<&>\u00e9"));
		}
		Path evtx = dir.resolve("system.evtx");
		writer.write(evtx);
		Command xml = Command.run(List.of("evtxexport", "-f", "xml", evtx.toString()), Duration.ofSeconds(60), Map.of());
		String text = xml.output().substring(xml.output().indexOf("<Event")); // after its banner line
		Path file = Files.writeString(dir.resolve("system.xml"), text, StandardCharsets.UTF_8);

		List<LogEvent> fromXml = read(file, new ArrayList<>());
		List<LogEvent> fromEvtx = read(evtx, new ArrayList<>());

		assertEquals(700, fromXml.size());
		for (int i = 0; i < fromXml.size(); i++) {
			LogEvent a = fromXml.get(i);
			LogEvent b = fromEvtx.get(i);
			assertEquals(List.of(b.time(), b.eventId(), b.level(), b.recordId(), b.provider(), b.channel(), b.host(),
					b.data()), List.of(a.time(), a.eventId(), a.level(), a.recordId(), a.provider(), a.channel(),
							a.host(), a.data()), "event " + (i + 1));
		}
	}

	/** Event Viewer's "Save All Events As XML": UTF-16LE with a BOM, a declaration, an Events root, RenderingInfo. */
	private static final String EVENT_VIEWER = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\r\n<Events>"
			+ "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System>"
			+ "<Provider Name='Schannel' Guid='{1F678132-5938-4686-9FDC-C8FF68F15C85}'/>"
			+ "<EventID Qualifiers='49152'>36870</EventID><Version>0</Version><Level>2</Level><Task>0</Task>"
			+ "<Opcode>0</Opcode><Keywords>0x8000000000000000</Keywords>"
			+ "<TimeCreated SystemTime='2026-11-30T08:15:02.1234567Z'/><EventRecordID>48213</EventRecordID>"
			+ "<Correlation/><Execution ProcessID='712' ThreadID='3120'/><Channel>System</Channel>"
			+ "<Computer>TS01.corp.example</Computer><Security UserID='S-1-5-18'/></System>"
			+ "<EventData><Data Name='Type'>server</Data><Data Name='ErrorCode'>0x8009030d</Data></EventData>"
			+ "<RenderingInfo Culture='en-US'><Message>A fatal error occurred when attempting to access the TLS server"
			+ " credential private key. The error code returned from the cryptographic module is 0x8009030D."
			+ "</Message><Level>Error</Level></RenderingInfo></Event>"
			+ "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System>"
			+ "<Provider Name='Microsoft-Windows-TerminalServices-RemoteConnectionManager'/><EventID>1149</EventID>"
			+ "<Level>4</Level><TimeCreated SystemTime='2026-11-30T08:16:40.5Z'/><EventRecordID>77</EventRecordID>"
			+ "<Channel>Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational</Channel>"
			+ "<Computer>TS01.corp.example</Computer></System><UserData><EventXML xmlns='Event_NS'>"
			+ "<Param1>alice</Param1><Param2>CORP</Param2><Param3>10.0.0.5</Param3></EventXML></UserData></Event>"
			+ "</Events>";

	@Test
	void eventViewersSavedXmlInUtf16WithItsMessageAndUserDataDocumentedFormat() throws Exception {
		byte[] body = EVENT_VIEWER.getBytes(StandardCharsets.UTF_16LE);
		byte[] bytes = new byte[body.length + 2];
		bytes[0] = (byte) 0xff;
		bytes[1] = (byte) 0xfe;
		System.arraycopy(body, 0, bytes, 2, body.length);
		Path file = Files.write(dir.resolve("saved.xml"), bytes);

		List<LogEvent> events = read(file, new ArrayList<>());

		assertEquals(2, events.size());
		LogEvent schannel = events.get(0);
		assertEquals(36870, schannel.eventId(), "the ID without its Qualifiers");
		assertEquals(Instant.parse("2026-11-30T08:15:02.1234567Z"), schannel.time());
		assertEquals(48213L, schannel.recordId());
		assertEquals("0x8009030d", schannel.data().get("ErrorCode"));
		assertTrue(schannel.message().startsWith("A fatal error occurred when attempting to access the TLS server"));
		assertEquals("Error", schannel.levelName());
		LogEvent logon = events.get(1);
		assertEquals(Map.of("Param1", "alice", "Param2", "CORP", "Param3", "10.0.0.5"), logon.data());
		assertTrue(logon.xml().contains("<Param3>10.0.0.5</Param3>"), logon.xml());
	}

	@Test
	void wevtutilsRootlessOutputAndItsBreakNamedWithLineAndColumn() throws Exception {
		String two = EVENT_VIEWER.substring(EVENT_VIEWER.indexOf("<Event "), EVENT_VIEWER.indexOf("</Events>"));
		Path file = Files.writeString(dir.resolve("wevtutil.xml"), two + "\r\n" + two.substring(0, 300),
				StandardCharsets.UTF_8);

		EventReadException broken = assertThrows(EventReadException.class, () -> read(file, new ArrayList<>()));

		assertEquals(2, broken.eventsRead());
		assertTrue(broken.getMessage().startsWith(file + ":2:"), broken.getMessage()); // the line of the break
	}

	@Test
	void aDoctypeIsNeverFollowed() throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
		Path file = Files.writeString(dir.resolve("xxe.xml"), "<?xml version='1.0'?><!DOCTYPE Events [<!ENTITY x SYSTEM '"
				+ secret.toUri() + "'>]><Events><Event><System><EventID>1</EventID><Computer>&x;</Computer></System>"
				+ "</Event></Events>");

		List<String> seen = new ArrayList<>();
		try {
			read(file, new ArrayList<>()).forEach(e -> seen.add(e.host() + e.xml()));
		} catch (EventReadException refused) {
			seen.add(refused.getMessage());
		}
		assertTrue(seen.stream().noneMatch(s -> s.contains("TOP-SECRET")), seen.toString());
	}

	@Test
	void journalctlJsonOfARealJournalFileWithABinaryField() throws Exception {
		Root.require("/lib/systemd/systemd-journal-remote");
		byte[] binary = "bad \u0001 byte".getBytes(StandardCharsets.UTF_8);
		java.io.ByteArrayOutputStream export = new java.io.ByteArrayOutputStream();
		export.writeBytes(("__REALTIME_TIMESTAMP=1764583767123456\n__MONOTONIC_TIMESTAMP=1\n"
				+ "_BOOT_ID=0123456789abcdef0123456789abcdef\n_HOSTNAME=xrdp01\n_SYSTEMD_UNIT=xrdp.service\n"
				+ "SYSLOG_IDENTIFIER=xrdp\n_PID=812\nPRIORITY=3\nMESSAGE=[ERROR] xrdp_sec_incoming: failed\n\n")
				.getBytes(StandardCharsets.UTF_8));
		export.writeBytes(("__REALTIME_TIMESTAMP=1764583768000000\n__MONOTONIC_TIMESTAMP=2\n"
				+ "_BOOT_ID=0123456789abcdef0123456789abcdef\n_HOSTNAME=xrdp01\n_SYSTEMD_UNIT=xrdp-sesman.service\n"
				+ "PRIORITY=6\nMESSAGE\n").getBytes(StandardCharsets.UTF_8));
		export.writeBytes(java.nio.ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN)
				.putLong(binary.length).array());
		export.writeBytes(binary);
		export.writeBytes("\n\n".getBytes(StandardCharsets.UTF_8));
		Path exported = Files.write(dir.resolve("entries.export"), export.toByteArray());
		Path journal = dir.resolve("xrdp.journal");
		Command wrote = Command.run(List.of("sh", "-c", "/lib/systemd/systemd-journal-remote --output=" + journal
				+ " - < " + exported), Duration.ofSeconds(30), Map.of());
		assertTrue(Files.exists(journal), wrote.output());
		Command json = Command.run(List.of("journalctl", "--file", journal.toString(), "-o", "json"),
				Duration.ofSeconds(30), Map.of());
		Path file = Files.writeString(dir.resolve("journal.json"), json.output());

		List<LogEvent> events = read(file, new ArrayList<>());

		assertEquals(2, events.size(), json.output());
		assertEquals(Instant.parse("2025-12-01T10:09:27.123456Z"), events.get(0).time());
		assertEquals(2, events.get(0).level(), "priority 3: an error");
		assertEquals("xrdp.service", events.get(0).channel());
		assertEquals("xrdp01", events.get(0).host());
		assertEquals("bad \u0001 byte", events.get(1).message(), "journalctl's byte array, decoded");
	}

	@Test
	void xrdpsLogLinesWithTheirContinuations() throws Exception {
		Path log = Files.writeString(dir.resolve("xrdp.log"), String.join("\n",
				"[20261130-08:15:02] [INFO ] starting xrdp with pid 812",
				"[20261130-08:15:40] [ERROR] Cannot read private key file /etc/xrdp/key.pem: Permission denied",
				"[20261130-08:15:40] [ERROR] xrdp_sec_incoming: xrdp_iso_incoming failed",
				"    a continuation line",
				"[20261130-08:15:41] [WARN ] freerdp client", "") + "\n");

		List<LogEvent> events = read(log, new ArrayList<>());

		assertEquals(4, events.size());
		assertEquals(Instant.parse("2026-11-30T08:15:40Z"), events.get(1).time());
		assertEquals(2, events.get(1).level());
		assertEquals("xrdp", events.get(1).provider());
		assertTrue(events.get(2).message().endsWith("\n    a continuation line"));
		assertEquals(3, events.get(3).level());
	}

	/**
	 * Logs shaped by accident or malice: a byte that is not UTF-8 in an xrdp log, entries of unexpected JSON types in
	 * journal JSON, a line of 5 million characters in each. What can be read is read; the rest is named as damage,
	 * never the end of the file.
	 */
	@Test
	void badBytesOddTypesAndHugeLinesAreDamageNotTheEndOfTheFile() throws Exception {
		java.io.ByteArrayOutputStream xrdp = new java.io.ByteArrayOutputStream();
		xrdp.writeBytes("[20261130-08:15:02] [INFO ] starting xrdp with pid 812\n".getBytes(StandardCharsets.UTF_8));
		xrdp.writeBytes(new byte[] { '[', '2', '0', '2', '6', '1', '1', '3', '0', '-', '0', '8', ':', '1', '5', ':', '0',
				'3', ']', ' ', '[', 'E', 'R', 'R', 'O', 'R', ']', ' ', 'u', 's', 'e', 'r', ' ', (byte) 0xE9, '\n' });
		xrdp.writeBytes(("[20261130-08:15:04] [WARN ] " + "x".repeat(5_000_000) + "\n").getBytes(StandardCharsets.UTF_8));
		xrdp.writeBytes("[20261130-08:15:05] [INFO ] after the long line\n".getBytes(StandardCharsets.UTF_8));
		Path log = Files.write(dir.resolve("xrdp.log"), xrdp.toByteArray());
		List<String> damage = new ArrayList<>();
		List<LogEvent> events = read(log, damage);
		assertEquals(4, events.size(), damage.toString());
		assertEquals("user \uFFFD", events.get(1).message());
		assertTrue(events.get(2).message().length() < 100_000, "the long line is cut while it is read");
		assertEquals("after the long line", events.get(3).message());
		assertTrue(damage.contains(log + ": 1 characters were not UTF-8; they show as U+FFFD"), damage.toString());

		String good = "{\"__REALTIME_TIMESTAMP\":\"1764583767123456\",\"MESSAGE\":\"ok\",\"_SYSTEMD_UNIT\":\"xrdp.service\"}";
		Path journal = Files.writeString(dir.resolve("journal.json"), String.join("\n", good,
				"{\"__REALTIME_TIMESTAMP\":\"1764583767123457\",\"MESSAGE\":[{}]}",
				"{\"__REALTIME_TIMESTAMP\":\"1764583767123458\",\"MESSAGE\":[null]}",
				"{\"__REALTIME_TIMESTAMP\":\"1764583767123459\",\"MESSAGE\":\"" + "y".repeat(5_000_000) + "\"}",
				good, "") );
		damage.clear();
		events = read(journal, damage);
		assertEquals(2, events.size(), damage.toString());
		assertEquals(3, damage.size(), damage.toString());
		assertTrue(damage.get(0).startsWith(journal + ":2: not a journal entry"), damage.toString());
		assertTrue(damage.get(2).startsWith(journal + ":4: a journal entry of 50000"), damage.toString());
	}

	/** A text node of 30 million characters in an event's XML is cut at the documented maximum while it is read. */
	@Test
	void aHugeTextNodeIsCutAtTheMaximum() throws Exception {
		Path xml = dir.resolve("huge.xml");
		try (java.io.Writer out = Files.newBufferedWriter(xml, StandardCharsets.UTF_8)) {
			out.write("<Events><Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\"><System>"
					+ "<Provider Name=\"TermService\"/><EventID>1149</EventID><Channel>Security</Channel>"
					+ "<Computer>TS01</Computer><TimeCreated SystemTime=\"2026-11-30T10:00:00Z\"/></System><EventData>"
					+ "<Data Name=\"Param1\">");
			for (int i = 0; i < 30; i++) {
				out.write("z".repeat(1_000_000));
			}
			out.write("</Data></EventData></Event></Events>");
		}
		List<LogEvent> events = read(xml, new ArrayList<>());
		assertEquals(1, events.size());
		assertEquals(EventXml.MAX_EVENT_CHARS, events.get(0).data().get("Param1").length());
		assertTrue(events.get(0).xml().length() < EventXml.MAX_EVENT_CHARS + 200, "the XML kept is cut too");
		assertEquals(1149, events.get(0).eventId());
	}
}
