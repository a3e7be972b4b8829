package rdpdoctor.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PasswordFilesTest {

	@TempDir
	Path dir;

	@Test
	void aFileOnlyItsOwnerReadsGivesItsFirstLine() throws Exception {
		Path file = secret("s3cret pass\nignored\n", "rw-------");
		assertEquals("s3cret pass", PasswordFiles.read(file));
	}

	@Test
	void aFileOthersMayReadALinkOrAnEmptyFileIsRefusedNamingTheFile() throws Exception {
		Path shared = secret("pw\n", "rw-r--r--");
		SshFailure refused = assertThrows(SshFailure.class, () -> PasswordFiles.read(shared));
		assertEquals(SshFailure.Kind.BAD_PASSWORD_FILE, refused.kind());
		assertTrue(refused.getMessage().startsWith(shared + ": "), refused.getMessage());
		assertTrue(refused.getMessage().contains("chmod 600"), refused.getMessage());

		Path link = Files.createSymbolicLink(dir.resolve("link"), secret("pw\n", "rw-------"));
		assertTrue(assertThrows(SshFailure.class, () -> PasswordFiles.read(link)).getMessage().contains("link"));

		Path empty = Files.createFile(dir.resolve("empty"));
		Files.setPosixFilePermissions(empty, PosixFilePermissions.fromString("rw-------"));
		assertTrue(assertThrows(SshFailure.class, () -> PasswordFiles.read(empty)).getMessage()
				.contains("no password"));
		assertTrue(assertThrows(SshFailure.class, () -> PasswordFiles.read(dir.resolve("missing"))).getMessage()
				.contains("cannot be read"));
	}

	private Path secret(String text, String permissions) throws Exception {
		Path file = Files.createTempFile(dir, "pw", ".txt");
		Files.writeString(file, text);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
		return file;
	}

	@Test
	void settingsNeverPrintTheirPassword() {
		SshSettings settings = SshSettings.defaults(java.nio.file.Path.of("/home/u")).withPassword("s3cr3t-Pa55");
		org.junit.jupiter.api.Assertions.assertFalse(settings.toString().contains("s3cr3t"), settings.toString());
		org.junit.jupiter.api.Assertions.assertTrue(settings.toString().contains("password=(set)"), settings.toString());
	}
}
