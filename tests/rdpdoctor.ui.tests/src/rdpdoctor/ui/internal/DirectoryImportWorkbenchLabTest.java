package rdpdoctor.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rdpdoctor.core.inventory.InventoryWalk;
import rdpdoctor.inventory.io.DirectoryImport;
import rdpdoctor.tests.harness.SambaAdLab;

/**
 * File > Import Hosts from Active Directory in the workbench, against a real Samba AD DC (releng/lab/samba-ad.sh): the
 * computers read in a job, previewed as file imports are, imported as one undoable edit.
 */
class DirectoryImportWorkbenchLabTest {

	@TempDir
	Path dir;

	@Test
	void theDirectorysComputersArePreviewedImportedAndUndoneInOneStep() throws Exception {
		try (SambaAdLab ad = SambaAdLab.up(dir.resolve("ad"), 40)) {
			InventoryDocument document = PlatformUI.getWorkbench().getActiveWorkbenchWindow()
					.getService(InventoryDocument.class);
			document.newDocument();
			DirectoryImport.Source source = DirectoryImport.Source.of("ldaps://" + ad.address(), ad.base(),
					ad.bindDn(), Optional.of(ad.ca()), false, Duration.ofSeconds(30));
			AtomicReference<ImportDialog.Read> previewed = new AtomicReference<>();
			char[] password = ad.password().toCharArray();
			IStatus status = UiWait.job(InventoryJobs.importDirectory(document, source, password, previewed::set),
					120_000);
			assertTrue(status.isOK(), status.toString());
			UiWait.until(() -> "the preview", () -> previewed.get() != null, 10_000);
			ImportDialog.Read read = previewed.get();
			assertEquals(40 + 6, read.hosts().size(), read.problems().toString());
			assertEquals("1 disabled computer accounts skipped", read.problems().get(0));
			assertTrue(new String(password).chars().allMatch(c -> c == 0), "the password is cleared after the read");

			document.execute(ImportDialog.merge(document, read.planFor(document)));
			List<String> groups = InventoryWalk.entries(document.inventory()).stream()
					.filter(e -> e.host().getName().equals("ts01.rdpd.test")).map(e -> String.join("/", e.groupPath()))
					.toList();
			assertEquals(List.of("Berlin/Servers"), groups);
			document.domain().getCommandStack().undo();
			assertEquals(0, InventoryWalk.entries(document.inventory()).size(), "one undoable step");
		}
	}
}
