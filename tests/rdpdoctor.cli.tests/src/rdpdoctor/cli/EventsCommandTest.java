package rdpdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import rdpdoctor.tests.harness.EvtxWriter;

/** {@code rdpdoctor events FILE...}: every format out, filters, hostile text escaped, damage named, exit codes. */
class EventsCommandTest {

	@TempDir
	Path dir;

	private Path evtx;

	@BeforeEach
	void aSystemLogWithHostileText() throws IOException {
		EvtxWriter writer = new EvtxWriter();
		for (int i = 1; i <= 300; i++) {
			writer.add(new EvtxWriter.Event(i, Instant.parse("2026-11-30T10:00:00Z").plusSeconds(i), i % 2 == 0
					? "Schannel" : "=HYPERLINK(\"http://attacker.test\")", i % 2 == 0 ? 36870 : 7036, 2, "System",
					"TS01\u001b]0;pwned\u0007", "p" + i, "stopped"));
		}
		evtx = dir.resolve("System.evtx");
		writer.write(evtx);
	}

	private CliRun events(String... args) {
		String[] all = new String[args.length + 1];
		all[0] = "events";
		System.arraycopy(args, 0, all, 1, args.length);
		CliRun cli = new CliRun();
		cli.code = cli.run(all);
		return cli;
	}

	@Test
	void jsonHasEveryEventWithItsDataAndXml() {
		CliRun cli = events(evtx.toString(), "--format", "json");

		assertEquals(0, cli.code, cli.err.toString(StandardCharsets.UTF_8));
		JsonArray events = JsonParser.parseString(cli.out.toString(StandardCharsets.UTF_8)).getAsJsonObject()
				.getAsJsonArray("events");
		assertEquals(300, events.size());
		JsonObject second = events.get(1).getAsJsonObject();
		assertEquals(36870, second.get("id").getAsInt());
		assertEquals("p2", second.getAsJsonObject("data").get("Param1").getAsString());
		assertEquals("TS01\u001b]0;pwned\u0007", second.get("host").getAsString(), "whole, as JSON escapes");
		assertTrue(second.get("xml").getAsString().startsWith("<Event xmlns="));
	}

	@Test
	void idsFilterAndTextIsEscapedForTheTerminal() {
		CliRun cli = events(evtx.toString(), "--id", "36870");

		String text = cli.out.toString(StandardCharsets.UTF_8);
		assertEquals(150, text.lines().count());
		assertFalse(text.contains("\u001b"), "no escape sequence reaches the terminal");
		assertTrue(text.lines().findFirst().orElseThrow().contains("TS01\\u001B]0;pwned\\u0007  Error  36870  Schannel"),
				text.lines().findFirst().orElseThrow());
	}

	@Test
	void csvCellsASpreadsheetWouldRunAreNeutralised() {
		CliRun cli = events(evtx.toString(), "--format", "csv", "--id", "7036");

		String csv = cli.out.toString(StandardCharsets.UTF_8);
		assertTrue(csv.startsWith("time,host,level,id,provider,channel,record,message\r\n"), csv);
		assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://attacker.test\"\")\",System,"), csv);
		String hostile = rdpdoctor.core.Untrusted.csvCell("ok\u001b]0;owned\u0007\u009b31m\u202Eevil\nline two\tx");
		assertEquals("\"ok\\u001B]0;owned\\u0007\\u009B31m\\u202Eevil\nline two\tx\"", hostile,
				"what a terminal obeys is shown, line breaks and tabs stay");
	}

	@Test
	void aDamagedFileGivesWhatCanBeReadAndNamesTheDamage() throws IOException {
		byte[] bytes = Files.readAllBytes(evtx);
		Path cut = Files.write(dir.resolve("cut.evtx"), java.util.Arrays.copyOf(bytes, 4096 + 30000));

		CliRun cli = events(cut.toString(), "--format", "csv");

		assertEquals(ExitCodes.FINDINGS, cli.code);
		assertTrue(cli.out.toString(StandardCharsets.UTF_8).lines().count() > 50);
		assertTrue(cli.err.toString(StandardCharsets.UTF_8).contains(cut + ": the file ends 30000 bytes into the chunk"
				+ " at offset 4096"), cli.err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void aFileNoReaderReadsAndAHostWithoutSshAreUsageErrors() throws IOException {
		Path notes = Files.writeString(dir.resolve("notes.txt"), "shopping list");

		CliRun file = events(notes.toString());
		CliRun host = events("ts01.corp.example");

		assertEquals(ExitCodes.USAGE, file.code);
		assertTrue(file.err.toString(StandardCharsets.UTF_8).contains(notes + ": not a log RDP Doctor reads"));
		assertEquals(ExitCodes.USAGE, host.code);
		assertTrue(host.err.toString(StandardCharsets.UTF_8).contains("needs --ssh-user"));
	}

	/** Bidi overrides and C1 controls in an event's text reach JSON and the journal's reports as escapes. */
	@Test
	void bidiAndC1ControlsAreEscapedInJson() throws IOException {
		Path journal = Files.writeString(dir.resolve("hostile.json"), "{\"__REALTIME_TIMESTAMP\":\"1764583767123456\","
				+ "\"MESSAGE\":\"user \\u202Etxt.exe\\u009b31m\",\"_SYSTEMD_UNIT\":\"xrdp.service\"}\n",
				StandardCharsets.UTF_8);
		CliRun cli = events(journal.toString(), "--format", "json");
		String json = cli.out.toString(StandardCharsets.UTF_8);
		assertTrue(json.contains("user \\u202Etxt.exe\\u009B31m"), json);
		assertTrue(json.codePoints().noneMatch(c -> c == 0x202E || c == 0x9B), "no raw bidi or C1 character");
		assertEquals("user \u202Etxt.exe\u009b31m", com.google.gson.JsonParser.parseString(json).getAsJsonObject()
				.getAsJsonArray("events").get(0).getAsJsonObject().get("message").getAsString(), "the same JSON");
		assertTrue(rdpdoctor.core.Untrusted.xml("a\u202Eb\u009bc").equals("a\\u202Eb\\u009Bc"),
				rdpdoctor.core.Untrusted.xml("a\u202Eb\u009bc"));
	}
}
