package rdpdoctor.model.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rdpdoctor.model.FindingRecord;
import rdpdoctor.model.Host;
import rdpdoctor.model.Inventory;

class InventoryStoreTest {

	@TempDir
	Path dir;

	@Test
	void roundTripKeepsEveryFieldAndTheFindingsEvidenceReference() throws IOException {
		Inventory original = SampleInventories.full(3);
		Path file = dir.resolve("lab.rdpdoctor");
		InventoryStore.save(EcoreUtil.copy(original), file);

		Inventory loaded = InventoryStore.load(file);

		assertTrue(EcoreUtil.equals(original, loaded), "the loaded inventory differs from the saved one");
		Host jump = loaded.getHosts().get(0);
		FindingRecord finding = jump.getRuns().get(0).getFindings().get(0);
		assertSame(jump.getRuns().get(0).getResults().get(0).getEvidence().get(0), finding.getEvidence().get(0),
				"the finding must reference the evidence object of its run, not a copy");
		assertEquals("line one\nline two", jump.getNotes());
		assertEquals(3, loaded.getGroups().get(0).getGroups().get(0).getHosts().size());
	}

	@Test
	void loadReportsTheBytesReadAndStopsWhenAsked() throws IOException {
		Path file = dir.resolve("big.rdpdoctor");
		InventoryStore.save(SampleInventories.full(3000), file);
		List<Long> reported = new ArrayList<>();

		InventoryStore.load(file, bytes -> reported.add(bytes));
		assertTrue(reported.size() >= 2 && reported.get(reported.size() - 1) <= Files.size(file), reported::toString);

		assertThrows(CancellationException.class, () -> InventoryStore.load(file, bytes -> false));
	}

	@Test
	void aStoppedSaveLeavesTheOldFileWhole() throws IOException {
		Path file = dir.resolve("kept.rdpdoctor");
		InventoryStore.save(SampleInventories.full(1), file);
		byte[] before = Files.readAllBytes(file);

		assertThrows(CancellationException.class,
				() -> InventoryStore.save(SampleInventories.full(3000), file, bytes -> bytes < 200_000));

		assertArrayEquals(before, Files.readAllBytes(file));
		try (var siblings = Files.list(dir)) {
			assertEquals(List.of(file), siblings.toList(), "no temporary file is left");
		}
	}

	@Test
	void malformedFileIsReportedWithFileAndLine() throws IOException {
		Path file = dir.resolve("broken.rdpdoctor");
		Files.writeString(file, "<?xml version=\"1.0\"?>\n<rdpdoctor:Inventory xmlns:rdpdoctor=\"urn:rdpdoctor:model:1.0\">\n"
				+ "  <hosts name=\"a\">\n  </oops>\n", StandardCharsets.UTF_8);

		InventoryFormatException e = assertThrows(InventoryFormatException.class, () -> InventoryStore.load(file));

		assertEquals(file, e.getFile());
		assertEquals(4, e.getLine(), e.getMessage());
		assertTrue(e.getMessage().startsWith(file + ":4:"), e.getMessage());
	}

	@Test
	void xmlThatIsNoInventoryIsRefused() throws IOException {
		Path file = dir.resolve("other.rdpdoctor");
		Files.writeString(file, "<?xml version=\"1.0\"?>\n<html><body/></html>\n", StandardCharsets.UTF_8);

		InventoryFormatException e = assertThrows(InventoryFormatException.class, () -> InventoryStore.load(file));

		assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
	}

	@Test
	void failedSaveLeavesTheOldFileAndNoTemporaryFile() throws IOException {
		Path file = dir.resolve("inv.rdpdoctor");
		InventoryStore.save(SampleInventories.full(1), file);
		byte[] before = Files.readAllBytes(file);

		Inventory bigger = SampleInventories.full(500);
		IOException e = assertThrows(IOException.class,
				() -> InventoryStore.saveWrapped(bigger, file, out -> new FailAfter(out, 4096)));

		assertEquals("disk full (simulated)", e.getMessage());
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the old file was changed");
		try (var listing = Files.list(dir)) {
			assertEquals(1, listing.count(), "a temporary file was left behind");
		}
	}

	@Test
	void loadOfMissingFileSaysSo() {
		Path file = dir.resolve("missing.rdpdoctor");
		IOException e = assertThrows(IOException.class, () -> InventoryStore.load(file));
		assertTrue(e.getMessage().contains("missing.rdpdoctor"), e.getMessage());
		assertFalse(e instanceof InventoryFormatException);
	}

	/** Writes the first bytes, then fails like a full disk. */
	private static final class FailAfter extends FilterOutputStream {
		private long left;

		FailAfter(OutputStream out, long bytes) {
			super(out);
			this.left = bytes;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			if (len > left) {
				out.write(b, off, (int) left);
				left = 0;
				throw new IOException("disk full (simulated)");
			}
			out.write(b, off, len);
			left -= len;
		}
	}
}
