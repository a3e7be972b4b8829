package rdpdoctor.model.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save killed (SIGKILL) in the middle of writing leaves the previous file whole and loadable. */
class KilledSaveTest {

	@TempDir
	Path dir;

	@Test
	void aSaveKilledMidwayLeavesTheOldFileIntact() throws Exception {
		Path file = dir.resolve("fleet.rdpdoctor");
		InventoryStore.save(SampleInventories.full(2), file);
		byte[] before = Files.readAllBytes(file);

		Process child = new ProcessBuilder(javaBinary(), "-cp", classpath(), SlowSaveMain.class.getName(),
				file.toString(), "5000").redirectError(ProcessBuilder.Redirect.INHERIT).start();
		try {
			CompletableFuture<String> midway = CompletableFuture.supplyAsync(() -> firstLine(child));
			assertEquals("MIDWAY", midway.get(60, TimeUnit.SECONDS), "the child did not reach the middle of the save");
			assertTrue(Files.exists(dir.resolve(".fleet.rdpdoctor.saving")), "no half-written file beside the target");
		} finally {
			child.destroyForcibly();
			assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
		}

		assertArrayEquals(before, Files.readAllBytes(file), "the killed save changed the file");
		assertEquals(2, InventoryStore.load(file).getGroups().get(0).getGroups().get(0).getHosts().size());
	}

	private static String firstLine(Process child) {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			return String.valueOf(reader.readLine());
		} catch (IOException e) {
			return e.toString();
		}
	}

	private static String javaBinary() {
		return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java")
				.toString());
	}

	/** The model bundle, this fragment and EMF, as plain class-path entries for a JVM without OSGi. */
	private static String classpath() throws Exception {
		List<String> entries = new ArrayList<>();
		for (Class<?> type : List.of(SlowSaveMain.class, InventoryStore.class, EObject.class, XMIResource.class,
				org.eclipse.emf.common.util.URI.class)) {
			java.security.CodeSource source = type.getProtectionDomain().getCodeSource();
			if (source == null || source.getLocation() == null) {
				throw new IOException("no class-path entry known for " + type.getName());
			}
			String entry = new File(source.getLocation().toURI()).getAbsolutePath();
			if (!entries.contains(entry)) {
				entries.add(entry);
			}
		}
		return String.join(File.pathSeparator, entries);
	}
}
