package rdpdoctor.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.Map;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/**
 * Records a host key the user chose to trust in known_hosts, as OpenSSH writes it: {@code HOST KEY} on port 22,
 * {@code [HOST]:PORT KEY} on any other. The line is appended (the file is never rewritten), the file and its folder
 * made private when they are new; a known_hosts that is a symbolic link is refused, not followed.
 */
public final class KnownHosts {

	private KnownHosts() {
	}

	/**
	 * Reads a key offered for trust, computing its type and fingerprint from the key itself, so that what the user
	 * checks is what gets written.
	 *
	 * @param host       the host name or address
	 * @param port       the SSH port
	 * @param openSshKey the key, {@code TYPE BASE64}
	 * @return the key with its fingerprint
	 * @throws IllegalArgumentException when it is not an SSH public key this client reads
	 */
	public static HostKey read(String host, int port, String openSshKey) {
		try {
			PublicKey key = PublicKeyEntry.parsePublicKeyEntry(openSshKey.strip()).resolvePublicKey(null, Map.of(),
					PublicKeyEntryResolver.FAILING);
			return new HostKey(host, port, KeyUtils.getKeyType(key), KeyUtils.getFingerPrint(key), line(key));
		} catch (IOException | GeneralSecurityException | RuntimeException e) {
			throw new IllegalArgumentException("not an SSH public key: " + e.getMessage(), e);
		}
	}

	/**
	 * @param knownHosts the known_hosts file
	 * @param key        the key to trust for its host and port
	 * @throws IOException when it cannot be written, or is a symbolic link
	 */
	public static void trust(Path knownHosts, HostKey key) throws IOException {
		Path folder = knownHosts.toAbsolutePath().getParent();
		if (folder != null && !Files.isDirectory(folder)) {
			Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
					"rwx------")));
		}
		if (Files.isSymbolicLink(knownHosts)) { // a dangling link too: nothing is created through it
			throw new IOException(knownHosts + " is a symbolic link: add the key yourself");
		}
		if (!key.host().matches("[A-Za-z0-9._:%-]{1,253}") || !key.openSshKey().matches("[A-Za-z0-9-@.]+ [A-Za-z0-9+/=]+")) {
			throw new IOException("'" + key.host() + "' is not a host name or address known_hosts can hold: add the key"
					+ " yourself");
		}
		String hostPattern = KnownHostsFile.lookupName(key.host(), key.port());
		try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(knownHosts,
				StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE,
				LinkOption.NOFOLLOW_LINKS); java.nio.channels.FileLock lock = channel.lock()) {
			boolean fresh = channel.size() == 0;
			boolean needsNewline = !fresh && lastByte(knownHosts) != '\n';
			String entry = (needsNewline ? "\n" : "") + hostPattern + " " + key.openSshKey() + "\n";
			java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(entry.getBytes(StandardCharsets.UTF_8));
			while (bytes.hasRemaining()) {
				channel.write(bytes);
			}
			if (fresh) {
				try {
					Files.setPosixFilePermissions(knownHosts, PosixFilePermissions.fromString("rw-------"));
				} catch (UnsupportedOperationException e) {
					// not POSIX: the user's profile protects it
				}
			}
		}
	}

	static String line(PublicKey key) {
		try {
			return PublicKeyEntry.toString(key);
		} catch (IllegalArgumentException e) {
			return "";
		}
	}

	private static int lastByte(Path file) throws IOException {
		try (var channel = java.nio.channels.FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
			java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
			channel.read(last, channel.size() - 1);
			return last.get(0);
		}
	}
}
