package rdpdoctor.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Reads a password from a file ({@code --ssh-password-file}), which only its owner may read: a password in a file
 * that the group or others can read is refused, as OpenSSH refuses such private keys. The first line is the
 * password; the line end is not part of it.
 */
public final class PasswordFiles {

	private static final Set<PosixFilePermission> OTHERS = Set.of(PosixFilePermission.GROUP_READ,
			PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

	private PasswordFiles() {
	}

	/**
	 * @param file the file
	 * @return the password
	 * @throws SshFailure {@link SshFailure.Kind#BAD_PASSWORD_FILE} naming the file: unreadable, a link, empty, or
	 *                    readable by others than its owner
	 */
	public static String read(Path file) throws SshFailure {
		try {
			if (Files.isSymbolicLink(file)) {
				throw bad(file, "is a symbolic link; give the file itself");
			}
			Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
			if (permissions.stream().anyMatch(OTHERS::contains)) {
				throw bad(file, "may be read or written by others than its owner; chmod 600 it");
			}
			String first = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("");
			if (first.isEmpty()) {
				throw bad(file, "holds no password on its first line");
			}
			return first;
		} catch (SshFailure e) {
			throw e;
		} catch (IOException | UnsupportedOperationException e) {
			throw bad(file, "cannot be read (" + e.getMessage() + ")");
		}
	}

	private static SshFailure bad(Path file, String why) {
		return new SshFailure(SshFailure.Kind.BAD_PASSWORD_FILE, file + ": the SSH password file " + why, null, null);
	}
}
