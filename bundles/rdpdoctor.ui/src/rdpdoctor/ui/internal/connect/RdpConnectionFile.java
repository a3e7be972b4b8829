package rdpdoctor.ui.internal.connect;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import rdpdoctor.core.Target;
import rdpdoctor.core.inventory.RdpUsers;
import rdpdoctor.model.Host;

/**
 * The {@code .rdp} file a Remote Desktop client is handed for a host, in mstsc's own form (UTF-16LE with a byte order
 * mark, {@code name:type:value} lines): the address and port, the user with its domain, the RD Gateway. Never a
 * password: the client asks for it. Written to a folder only this user can read, replaced atomically; files older
 * than a day are removed when the next one is written.
 */
public final class RdpConnectionFile {

	private static final Duration KEPT = Duration.ofDays(1);

	private RdpConnectionFile() {
	}

	/**
	 * @param host the host
	 * @return the file's lines
	 * @throws IllegalArgumentException naming the host and the field when a value cannot go into a connection file
	 *                                  (no name to dial, a line break or control character)
	 */
	public static List<String> lines(Host host) {
		String name = dialled(host);
		List<String> lines = new ArrayList<>();
		String address = name.indexOf(':') >= 0 ? "[" + name + "]" : name; // an IPv6 literal
		lines.add("full address:s:" + address + (host.getRdpPort() == Target.DEFAULT_RDP_PORT ? ""
				: ":" + host.getRdpPort()));
		String user = RdpUsers.qualified(checked(name, "RDP user", host.getRdpUser()),
				checked(name, "RDP domain", host.getRdpDomain()));
		if (!user.isEmpty()) {
			lines.add("username:s:" + user);
		}
		String gateway = checked(name, "RD Gateway", host.getRdpGateway());
		if (!gateway.isEmpty()) {
			lines.add("gatewayhostname:s:" + gateway);
			lines.add("gatewayusagemethod:i:1"); // always through the gateway
			lines.add("gatewayprofileusagemethod:i:1"); // the settings of this file, not the client's defaults
		}
		return lines;
	}

	/**
	 * Writes the host's file into the folder, made private first.
	 *
	 * @param host   the host
	 * @param folder where connection files live (made if missing, rwx------ where the platform has POSIX modes)
	 * @return the file written
	 * @throws IOException              when the folder or file cannot be written, or the folder is a link
	 * @throws IllegalArgumentException as {@link #lines(Host)}
	 */
	public static Path write(Host host, Path folder) throws IOException {
		List<String> lines = lines(host);
		prepare(folder);
		removeOld(folder);
		String base = dialled(host).replaceAll("[^A-Za-z0-9._-]", "_") + "-" + host.getRdpPort();
		Path file = folder.resolve(base + ".rdp");
		Path partial = Files.createTempFile(folder, base, ".part");
		try {
			Files.write(partial, encode(String.join("\r\n", lines) + "\r\n"), StandardOpenOption.TRUNCATE_EXISTING);
			try {
				Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(partial);
		}
		return file;
	}

	private static String dialled(Host host) {
		String name = host.getName() == null || host.getName().isBlank() ? host.getAddress() : host.getName();
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("the host has neither a name nor an address to connect to");
		}
		return checked(name, "name", name.strip());
	}

	private static String checked(String host, String field, String value) {
		String text = value == null ? "" : value.strip();
		if (text.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029)) {
			throw new IllegalArgumentException("host " + host + ": the " + field
					+ " holds a line break or control character, which a connection file cannot carry");
		}
		return text;
	}

	private static byte[] encode(String text) {
		ByteBuffer body = StandardCharsets.UTF_16LE.encode(text);
		byte[] bytes = new byte[2 + body.remaining()];
		bytes[0] = (byte) 0xFF;
		bytes[1] = (byte) 0xFE;
		body.get(bytes, 2, bytes.length - 2);
		return bytes;
	}

	private static void prepare(Path folder) throws IOException {
		if (Files.isSymbolicLink(folder)) {
			throw new IOException(folder + " is a link; connection files are written only into a real folder");
		}
		boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
		try {
			if (posix) {
				Files.createDirectories(folder.getParent());
				Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(
						PosixFilePermissions.fromString("rwx------")));
			} else {
				Files.createDirectories(folder);
			}
		} catch (FileAlreadyExistsException e) {
			if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
				throw new IOException(folder + " is not a folder", e);
			}
		}
		if (posix) {
			Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
		}
	}

	private static void removeOld(Path folder) throws IOException {
		Instant before = Instant.now().minus(KEPT);
		try (Stream<Path> files = Files.list(folder)) {
			for (Path old : files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".rdp")
					|| f.getFileName().toString().endsWith(".log")).toList()) {
				if (Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)
						&& Files.getLastModifiedTime(old, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(before)) {
					Files.deleteIfExists(old);
				}
			}
		}
	}
}
