package rdpdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rdpdoctor.remediation.internal.Journal;
import rdpdoctor.remediation.internal.JournalEntry;
import rdpdoctor.remediation.internal.JournalEntry.Step;
import rdpdoctor.remediation.Snapshot;

/**
 * The audit journal as a crash leaves it: a line cut short is skipped and named, the entries before it stay; an
 * action whose last step was in flight shows as INTERRUPTED with its rollback command; the folder is owner-only and
 * a link where the journal should be is refused. Snapshot lines of another shape are refused too.
 */
class RemediationJournalTest {

	@TempDir
	Path dir;

	private static JournalEntry entry(String action, Step step) {
		return new JournalEntry(action, step, Instant.parse("2026-12-01T10:00:00Z"), "alice as rdpadmin",
				"ts01.corp.example", "CERT_EXPIRED", "reset-rdp-certificate", "ab".repeat(32), "/snap/" + action, "");
	}

	@Test
	void aLineCutShortByACrashIsSkippedAndTheInterruptedActionShown() throws IOException {
		Journal journal = new Journal(dir.resolve("journal"));
		journal.append(entry("20261201-100000-aaaaaa", Step.PLANNED));
		journal.append(entry("20261201-100000-aaaaaa", Step.SNAPSHOT_TAKEN));
		journal.append(entry("20261201-100000-aaaaaa", Step.APPLY_STARTED));
		Files.writeString(dir.resolve("journal/journal.jsonl"), "{\"action\":\"20261201-100000-aaaaaa\",\"st",
				StandardCharsets.UTF_8, StandardOpenOption.APPEND); // kill -9 in the middle of a write

		List<String> problems = new ArrayList<>();
		List<JournalEntry> actions = journal.actions(problems);

		assertEquals(1, actions.size());
		assertEquals(Step.APPLY_STARTED, actions.get(0).step());
		assertTrue(actions.get(0).step().inFlight());
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).contains("line 4"), problems.toString());
		assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("journal"))));
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
				dir.resolve("journal/journal.jsonl"))), "owner-only whatever the umask (002 on Ubuntu, 000 on some CI)");

		CliRun cli = new CliRun();
		cli.code = cli.run("journal", "--journal", dir.resolve("journal").toString());
		String out = cli.out.toString(StandardCharsets.UTF_8);
		assertEquals(0, cli.code);
		assertTrue(out.contains("INTERRUPTED at APPLY_STARTED"), out);
		assertTrue(out.contains("rdpdoctor remediate --rollback 20261201-100000-aaaaaa"), out);
		assertTrue(cli.err.toString(StandardCharsets.UTF_8).contains("line 4"), "the cut line is named");
	}

	@Test
	void aFinishedActionIsNotInterruptedAndTheJsonSaysSo() throws IOException {
		Journal journal = new Journal(dir.resolve("journal"));
		for (Step step : List.of(Step.PLANNED, Step.SNAPSHOT_TAKEN, Step.APPLY_STARTED, Step.APPLIED,
				Step.VERIFIED)) {
			journal.append(entry("20261201-100000-bbbbbb", step));
		}

		CliRun cli = new CliRun();
		cli.code = cli.run("journal", "--format", "json", "--journal", dir.resolve("journal").toString());

		String out = cli.out.toString(StandardCharsets.UTF_8);
		assertEquals(5, out.split("\"action\"").length - 1, out);
		assertTrue(out.contains("\"interrupted\":false") && !out.contains("\"interrupted\":true"), out);
	}

	@Test
	void aLinkWhereTheJournalShouldBeIsRefused() throws IOException {
		Path real = Files.writeString(dir.resolve("elsewhere"), "");
		Files.createDirectory(dir.resolve("journal"), PosixFilePermissions.asFileAttribute(PosixFilePermissions
				.fromString("rwx------")));
		Files.createSymbolicLink(dir.resolve("journal/journal.jsonl"), real);

		IOException refused = assertThrows(IOException.class, () -> new Journal(dir.resolve("journal"))
				.append(entry("20261201-100000-cccccc", Step.PLANNED)));

		assertTrue(refused.getMessage().contains("is a link"), refused.getMessage());
		assertEquals("", Files.readString(real), "nothing written through the link");
	}

	@Test
	void snapshotLinesOfAnotherShapeAreRefused() {
		Snapshot read = Snapshot.parse("file\t/etc/xrdp/cert.pem\tYWJj\t0:0:644\nvalue\trunning\teWVz\n");
		assertEquals("abc", read.entries().get(0).text());
		assertEquals("yes", read.find("value", "running").orElseThrow().text());
		assertThrows(IllegalArgumentException.class, () -> Snapshot.parse("file /etc/xrdp/cert.pem abc"));
		assertThrows(IllegalArgumentException.class, () -> Snapshot.parse("file\t/x\tnot base64!\t"));
	}

	/** Lines of other shapes (a null action, an object where text belongs, a hostile id) are named and skipped. */
	@Test
	void linesOfOtherShapesAreSkippedAndNamedNeverFatal() throws IOException {
		Journal journal = new Journal(dir.resolve("journal"));
		journal.append(entry("20261201-100000-cccccc", Step.PLANNED));
		Files.writeString(dir.resolve("journal/journal.jsonl"), String.join("\n",
				"{\"action\":null,\"step\":\"PLANNED\",\"time\":\"2026-12-01T10:00:00Z\"}",
				"{\"action\":\"x\",\"step\":\"PLANNED\",\"time\":\"2026-12-01T10:00:00Z\",\"host\":{}}",
				"{\"action\":\"\u001b]0;owned\u0007\",\"step\":\"PLANNED\",\"time\":\"2026-12-01T10:00:00Z\"}", ""),
				StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		CliRun cli = new CliRun();
		cli.code = cli.run("journal", "--journal", dir.resolve("journal").toString());
		assertEquals(0, cli.code, cli.err.toString(StandardCharsets.UTF_8));
		assertTrue(cli.out.toString(StandardCharsets.UTF_8).contains("20261201-100000-cccccc"));
		String err = cli.err.toString(StandardCharsets.UTF_8);
		assertTrue(err.contains("line 2") && err.contains("line 3") && err.contains("line 4"), err);
		assertTrue(!cli.out.toString(StandardCharsets.UTF_8).contains("\u001b"), "no escape sequence reaches the terminal");
	}
}
