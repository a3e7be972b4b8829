package rdpdoctor.remediation.internal;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Folders and files of the journal made the user's alone whatever the umask says (a umask of 0002 or 0000 is common:
 * Ubuntu's user groups, CI runners), so that {@link Journal#checkOwn} accepts what RDP Doctor made itself.
 */
final class OwnerOnly {

	private static final boolean POSIX = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews()
			.contains("posix");

	private OwnerOnly() {
	}

	/** @return rw------- for a new file where the file system has POSIX modes, else nothing */
	static FileAttribute<?>[] fileMode() {
		return POSIX ? new FileAttribute<?>[] {
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) }
				: new FileAttribute<?>[0];
	}

	/**
	 * Makes a missing folder, and each missing folder above it, rwx------ (a umask only takes bits away); leaves
	 * existing folders as they are.
	 *
	 * @param dir the folder
	 * @throws IOException when one cannot be made
	 */
	static void makeDir(Path dir) throws IOException {
		Path absolute = dir.toAbsolutePath();
		if (Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		Path parent = absolute.getParent();
		if (parent != null && !Files.exists(parent, LinkOption.NOFOLLOW_LINKS)) {
			makeDir(parent); // bounded by the path's depth
		}
		try {
			if (POSIX) {
				Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(PosixFilePermissions
						.fromString("rwx------")));
			} else { // Windows: the user's profile protects it
				Files.createDirectory(absolute);
			}
		} catch (FileAlreadyExistsException e) {
			// made at the same time by another run; Journal#checkOwn judges it
		}
	}

	/**
	 * Makes a new, empty file rw------- (the umask only takes bits away).
	 *
	 * @param file the file, which must not exist
	 * @throws IOException when it exists or cannot be made
	 */
	static void makeFile(Path file) throws IOException {
		Files.createFile(file, fileMode());
	}
}
