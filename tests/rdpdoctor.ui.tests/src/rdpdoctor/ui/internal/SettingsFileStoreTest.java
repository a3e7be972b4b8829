package rdpdoctor.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.preference.PreferenceStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rdpdoctor.core.settings.DiagnosisSetting;
import rdpdoctor.core.settings.SettingsFile;

/** The workbench's diagnosis preferences are the command line's settings file: read from it, saved into it. */
class SettingsFileStoreTest {

	@TempDir
	Path dir;

	@Test
	void thePreferencesShowTheFileAndTheirEditsAreWhatTheCommandLineReads() throws IOException {
		Path file = dir.resolve("settings.properties");
		Files.writeString(file, "# mine\ntimeoutMs = 2500\nconcurrency = zero\n");
		SettingsFileStore store = new SettingsFileStore(Optional.of(file));
		assertEquals(2500, store.getInt(DiagnosisSetting.TIMEOUT_MS.key()));
		assertEquals(DiagnosisSetting.CONCURRENCY.defaultNumber(), store.getInt(DiagnosisSetting.CONCURRENCY.key()),
				"a bad line leaves the default, as on the command line");
		store.setValue(DiagnosisSetting.DNS_SERVER.key(), "127.0.0.53:5353");
		store.setValue(DiagnosisSetting.TIMEOUT_MS.key(), DiagnosisSetting.TIMEOUT_MS.defaultNumber());
		assertTrue(store.needsSaving());
		store.save();
		SettingsFile.Contents read = SettingsFile.read(file);
		assertEquals(Optional.of("127.0.0.53:5353"), read.get(DiagnosisSetting.DNS_SERVER));
		assertEquals(Optional.empty(), read.get(DiagnosisSetting.TIMEOUT_MS), "a default is not written");
		assertTrue(Files.readString(file).startsWith("# mine\n"), "the user's lines are kept");
		assertTrue(Files.readString(file).contains("concurrency = zero"), "a line left out is not lost by a save");
	}

	@Test
	void theEarlierPreferencesFillAFileNotYetThereOnce() throws IOException {
		Path file = dir.resolve("new/settings.properties");
		PreferenceStore earlier = new PreferenceStore();
		earlier.setDefault(DiagnosisSetting.SSH_USER.key(), "");
		earlier.setValue(DiagnosisSetting.SSH_USER.key(), "admin");
		new SettingsFileStore(Optional.of(file)).adoptOnce(earlier);
		assertEquals(Optional.of("admin"), SettingsFile.read(file).get(DiagnosisSetting.SSH_USER));
		earlier.setValue(DiagnosisSetting.SSH_USER.key(), "other");
		new SettingsFileStore(Optional.of(file)).adoptOnce(earlier);
		assertEquals(Optional.of("admin"), SettingsFile.read(file).get(DiagnosisSetting.SSH_USER), "only once");
	}

	@Test
	void withoutAFileNothingIsWritten() throws IOException {
		SettingsFileStore store = new SettingsFileStore(Optional.empty());
		store.setValue(DiagnosisSetting.SSH_USER.key(), "admin");
		assertFalse(store.needsSaving());
		store.save();
		try (var files = Files.list(dir)) {
			assertEquals(0, files.count());
		}
	}
}
