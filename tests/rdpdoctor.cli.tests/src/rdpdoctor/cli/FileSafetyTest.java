package rdpdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.report.JsonReportFile;
import rdpdoctor.tests.harness.FreePorts;

/**
 * Ordinary mistakes never destroy a user's file: an output that is also an input, a file that is not ours, a report
 * of another inventory, two runs at once, links planted where temporary files go, outputs in missing folders. Each is
 * refused with exit code 2 and a message naming the path, before anything is written.
 */
class FileSafetyTest {

	@TempDir
	Path dir;

	private Path inventory;
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void anInventoryOfOneClosedPort() throws IOException {
		inventory = HostileOutputTest.inventory(dir, "closed", FreePorts.closedTcpPort());
	}

	private int cli(String... args) {
		PrintStream messages = new PrintStream(err, true, StandardCharsets.UTF_8);
		return new Cli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), messages,
				RegistryFactory.getRegistry()).run(args);
	}

	private String messages() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private int batch(String... more) {
		List<String> args = new ArrayList<>(List.of("batch", "--inventory", inventory.toString(), "--timeout-ms",
				"500"));
		args.addAll(List.of(more));
		return cli(args.toArray(String[]::new));
	}

	@Test
	void exportOntoItsOwnInventoryIsRefused() throws IOException {
		byte[] before = Files.readAllBytes(inventory);
		assertEquals(ExitCodes.USAGE, cli("export", inventory.toString(), "--to", inventory.toString()));
		assertArrayEquals(before, Files.readAllBytes(inventory));
		assertTrue(messages().contains("is also an input"), messages());
	}

	@Test
	void exportOfAMissingInventoryLeavesTheCsvAlone() throws IOException {
		Path csv = dir.resolve("existing.csv");
		Files.writeString(csv, "name\nkeep.me\n");
		assertEquals(ExitCodes.USAGE, cli("export", dir.resolve("missing.rdpdoctor").toString(), "--to",
				csv.toString()));
		assertEquals("name\nkeep.me\n", Files.readString(csv));
	}

	@Test
	void aCheckpointThatIsNotOursIsNeverTouched() throws IOException {
		byte[] before = Files.readAllBytes(inventory);
		assertEquals(ExitCodes.USAGE, batch("--report", dir.resolve("r.json").toString(), "--checkpoint",
				inventory.toString()));
		assertArrayEquals(before, Files.readAllBytes(inventory));

		Path notes = dir.resolve("notes.txt");
		Files.writeString(notes, "my notes\n");
		assertEquals(ExitCodes.USAGE, batch("--report", dir.resolve("r.json").toString(), "--checkpoint",
				notes.toString()));
		assertEquals("my notes\n", Files.readString(notes));
		assertTrue(messages().contains(notes + " exists and is not an RDP Doctor checkpoint"), messages());
		assertFalse(Files.exists(dir.resolve("r.json")));
	}

	@Test
	void theReportMayNotBeTheInventory() throws IOException {
		byte[] before = Files.readAllBytes(inventory);
		assertEquals(ExitCodes.USAGE, batch("--report", inventory.toString()));
		assertArrayEquals(before, Files.readAllBytes(inventory));
	}

	@Test
	void aReportLeftByARunOfAnotherInventoryIsNotResumed() throws IOException {
		Path report = dir.resolve("r.json");
		Path checkpoint = Path.of(report + ".checkpoint.jsonl");
		Path other = dir.resolve("other.rdpdoctor");
		Files.copy(inventory, other);
		String left = new Checkpoint(checkpoint, other, "1/1").header() + "\n";
		Files.writeString(checkpoint, left);

		assertEquals(ExitCodes.USAGE, batch("--report", report.toString()));
		assertEquals(left, Files.readString(checkpoint));
		assertTrue(messages().contains("holds the results of another run (inventory " + other.toAbsolutePath()),
				messages());
	}

	@Test
	void aSecondRunOnTheSameReportIsRefusedNamingTheHolder() throws IOException {
		Path report = dir.resolve("r.json");
		Path lockFile = Path.of(report + ".lock");
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock held = channel.lock()) {
			channel.write(java.nio.ByteBuffer.wrap("4242\n".getBytes(StandardCharsets.US_ASCII)));
			assertEquals(ExitCodes.USAGE, batch("--report", report.toString()));
		}
		assertTrue(messages().contains("being written by another batch run (process 4242"), messages());
		assertFalse(Files.exists(report));
		assertEquals(ExitCodes.FINDINGS, batch("--report", report.toString()), messages());
		assertFalse(Files.exists(lockFile), "the lock is removed at the end");
	}

	@Test
	void linksPlantedWhereTemporaryFilesGoAreNotFollowed() throws IOException {
		Path victim = dir.resolve("victim.txt");
		Files.writeString(victim, "precious\n");
		Path report = dir.resolve("r.json");
		Files.createSymbolicLink(dir.resolve(".r.json.saving"), victim);
		Path inventoryTemp = inventory.resolveSibling("." + inventory.getFileName() + ".saving");
		Files.createSymbolicLink(inventoryTemp, victim);

		assertEquals(ExitCodes.FINDINGS, batch("--report", report.toString()), messages());
		assertEquals(ExitCodes.OK, cli("import", csv("name\nnew.test\n").toString(), "--to", inventory.toString()),
				messages());

		assertEquals("precious\n", Files.readString(victim));
		assertEquals(1, new JsonReportFile(report).check());
		assertFalse(Files.exists(inventoryTemp, java.nio.file.LinkOption.NOFOLLOW_LINKS));
	}

	@Test
	void aLinkPlantedAsTheCheckpointIsRefused() throws IOException {
		Path victim = dir.resolve("victim.txt");
		Files.writeString(victim, "precious\n");
		Path report = dir.resolve("r.json");
		Files.createSymbolicLink(Path.of(report + ".checkpoint.jsonl"), victim);
		assertEquals(ExitCodes.USAGE, batch("--report", report.toString()));
		assertEquals("precious\n", Files.readString(victim));
	}

	@Test
	void aLeftoverOfAKilledSaveIsRemovedAtTheNextStart() throws IOException {
		Path leftover = inventory.resolveSibling("." + inventory.getFileName() + ".saving");
		Files.writeString(leftover, "<half an inv");
		assertEquals(ExitCodes.FINDINGS, batch("--report", dir.resolve("r.json").toString()), messages());
		assertFalse(Files.exists(leftover));
	}

	@Test
	void outputsInMissingFoldersOrNamingFoldersAreRefusedBeforeAnyWork() throws IOException {
		assertEquals(ExitCodes.USAGE, batch("--report", dir.resolve("no/such/folder/r.json").toString()));
		assertTrue(messages().contains("no/such/folder"), messages());
		assertEquals(ExitCodes.USAGE, batch("--report", dir.toString()));
		assertTrue(messages().contains("is a folder"), messages());
		assertEquals(ExitCodes.USAGE, cli("export", inventory.toString(), "--to", dir.resolve("nope/x.csv").toString()));
		assertFalse(Files.exists(dir.resolve("r.json.checkpoint.jsonl")));
	}

	@Test
	void mergingAReportWithItselfCountsEveryHostOnce() throws IOException {
		Path report = dir.resolve("r.json");
		batch("--report", report.toString(), "--format", "json");
		Path merged = dir.resolve("merged.json");
		assertEquals(ExitCodes.OK, cli("merge", "--report", merged.toString(), report.toString(), report.toString()));
		List<HostDiagnosis> hosts = new ArrayList<>();
		new JsonReportFile(merged).forEach(hosts::add);
		assertEquals(1, hosts.size());
		assertEquals(ExitCodes.USAGE, cli("merge", "--report", report.toString(), report.toString()));
		assertEquals(1, new JsonReportFile(report).check(), "the input is intact");
	}

	@Test
	void messagesNameTheFileAndWhatWasExpected() throws IOException {
		Path binary = dir.resolve("binary.json");
		Files.write(binary, new byte[] { (byte) 0xC3, 0x28, 0, 1, 2 });
		Path empty = dir.resolve("empty.json");
		Files.writeString(empty, "");
		assertEquals(ExitCodes.USAGE, cli("merge", "--report", dir.resolve("m.json").toString(), binary.toString()));
		assertTrue(messages().contains(binary + ": is not UTF-8 text"), messages());
		assertEquals(ExitCodes.USAGE, cli("merge", "--report", dir.resolve("m.json").toString(), empty.toString()));
		assertTrue(messages().contains(empty + ": is empty; a JSON report"), messages());
		assertEquals(ExitCodes.USAGE, cli("merge", "--report", dir.resolve("m.json").toString(), dir.toString()));
		assertTrue(messages().contains(dir + ": is a folder"), messages());
		Path binaryCsv = dir.resolve("binary.csv");
		Files.write(binaryCsv, new byte[] { 'n', 'a', 'm', 'e', '\n', (byte) 0xC3, 0x28, '\n' });
		assertEquals(ExitCodes.USAGE, cli("import", binaryCsv.toString(), "--to", dir.resolve("i.rdpdoctor").toString()));
		assertTrue(messages().contains(binaryCsv + ", after line 1: not UTF-8 text"), messages());
		assertEquals(ExitCodes.USAGE, cli("batch", "--inventory", dir.toString(), "--report",
				dir.resolve("r.json").toString()));
		assertTrue(messages().contains(dir + ": this is a folder; an inventory file was expected"), messages());
		for (Path bad : List.of(dir, empty, binary)) {
			assertEquals(ExitCodes.USAGE, cli("diagnose", "127.0.0.1:1", "--ca-file", bad.toString()));
			assertTrue(messages().contains("--ca-file " + bad), messages());
		}
	}

	private Path csv(String content) throws IOException {
		Path file = dir.resolve("hosts.csv");
		Files.writeString(file, content);
		return file;
	}
}
