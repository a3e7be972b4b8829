package rdpdoctor.remediation.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


/**
 * The audit journal of remediations: one JSON line per step, appended and forced to disk before the next step runs,
 * so that after a crash or {@code kill -9} the last line of an action says where it stopped (an action whose last step
 * is {@link JournalEntry.Step#inFlight()} was interrupted) and its snapshot is ready for rollback. Lines are never
 * rewritten; a line cut short by a crash is skipped and reported. Kept in a folder of its own (owner-only), with the
 * actions' plans and snapshots beside it.
 */
public final class Journal {

	private static final String FILE = "journal.jsonl";
	private final Path dir;

	/**
	 * @param dir the journal's folder (created owner-only when missing; never a link)
	 */
	public Journal(Path dir) {
		this.dir = dir;
	}

	/** @return the default folder: {@code ~/.rdpdoctor/journal} */
	public static Path defaultDir() {
		return Path.of(System.getProperty("user.home", "/"), ".rdpdoctor", "journal");
	}

	/** @return the folder */
	public Path dir() {
		return dir;
	}

	/**
	 * @param action an action's id
	 * @return the folder of its plan and snapshot (created owner-only)
	 * @throws IOException when it cannot be made, or is a link
	 */
	public Path actionDir(String action) throws IOException {
		if (!action.matches("[0-9A-Za-z-]{1,64}")) {
			throw new IOException("not an action id: " + action);
		}
		Path folder = ownerOnlyDir(ownerOnlyDir(dir).resolve("actions")).resolve(action);
		checkOwn(folder);
		return folder;
	}

	/**
	 * @param action an action's id
	 * @return its folder, made owner-only
	 * @throws IOException when it cannot be made, or is a link
	 */
	public Path makeActionDir(String action) throws IOException {
		return ownerOnlyDir(actionDir(action));
	}

	/**
	 * Appends an entry and forces it to disk; other processes appending at once wait for the file's lock.
	 *
	 * @param entry the entry
	 * @throws IOException when it cannot be written
	 */
	public synchronized void append(JournalEntry entry) throws IOException {
		Path file = ownerOnlyDir(dir).resolve(FILE);
		if (Files.isSymbolicLink(file)) {
			throw new IOException(file + " is a link: the journal is not written through links");
		}
		checkOwn(file);
		byte[] line = (entry.toJson() + "\n").getBytes(StandardCharsets.UTF_8);
		try (FileChannel channel = FileChannel.open(file, java.util.Set.of(StandardOpenOption.CREATE,
				StandardOpenOption.WRITE, StandardOpenOption.APPEND, LinkOption.NOFOLLOW_LINKS), OwnerOnly.fileMode());
				FileLock lock = channel.lock()) {
			ByteBuffer buffer = ByteBuffer.wrap(line);
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			channel.force(true);
		}
	}

	/**
	 * @param problems receives one line per line that is not an entry (a crash cut it short)
	 * @return every entry, oldest first
	 * @throws IOException when the journal cannot be read
	 */
	public List<JournalEntry> read(List<String> problems) throws IOException {
		Path file = dir.resolve(FILE);
		if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			return List.of();
		}
		checkOwn(dir);
		checkOwn(file);
		List<JournalEntry> entries = new ArrayList<>();
		int number = 0;
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			try {
				entries.add(JournalEntry.fromJson(line));
			} catch (RuntimeException e) { // Gson's, a null or an object where text belongs, a bad date or step

				problems.add(file + " line " + number + ": not a journal entry (cut short by a crash?), skipped");
			}
		}
		return entries;
	}

	/**
	 * @param problems receives the lines that are not entries
	 * @return each action's last entry, in the order the actions started
	 * @throws IOException when the journal cannot be read
	 */
	public List<JournalEntry> actions(List<String> problems) throws IOException {
		return lastOfEach(read(problems));
	}

	/**
	 * @param entries journal entries, oldest first
	 * @return each action's last entry, in the order the actions started
	 */
	public static List<JournalEntry> lastOfEach(List<JournalEntry> entries) {
		Map<String, JournalEntry> last = new LinkedHashMap<>();
		for (JournalEntry entry : entries) {
			last.put(entry.action(), entry);
		}
		return List.copyOf(last.values());
	}

	/**
	 * @param problems receives the lines that are not entries
	 * @return the last entry of each action a crash interrupted (its last step {@link JournalEntry.Step#inFlight()})
	 * @throws IOException when the journal cannot be read
	 */
	public List<JournalEntry> interrupted(List<String> problems) throws IOException {
		return actions(problems).stream().filter(e -> e.step().inFlight()).toList();
	}

	/**
	 * @param action an action's id
	 * @param problems receives the lines that are not entries
	 * @return its entries, oldest first
	 * @throws IOException when the journal cannot be read
	 */
	public List<JournalEntry> history(String action, List<String> problems) throws IOException {
		return read(problems).stream().filter(e -> e.action().equals(action)).toList();
	}

	/**
	 * @param action an action's id
	 * @param problems receives the lines that are not entries
	 * @return its last entry, with the snapshot named by any of its entries
	 * @throws IOException when the journal cannot be read
	 */
	public Optional<JournalEntry> last(String action, List<String> problems) throws IOException {
		List<JournalEntry> history = history(action, problems);
		if (history.isEmpty()) {
			return Optional.empty();
		}
		String snapshot = history.stream().map(JournalEntry::snapshot).filter(s -> s != null && !s.isEmpty())
				.reduce((a, b) -> b).orElse("");
		return Optional.of(history.get(history.size() - 1).withSnapshot(snapshot));
	}

	/**
	 * Refuses a folder or file of the journal that is a link, that another user owns or that others may write: what
	 * it holds decides what a rollback runs as root on a host, so it must be the user's alone.
	 *
	 * @param path a folder or file of the journal (nothing is said of one that does not exist)
	 * @throws IOException naming the path and why it is refused
	 */
	static void checkOwn(Path path) throws IOException {
		if (Files.isSymbolicLink(path)) {
			throw new IOException(path + " is a link: the journal is not read or written through links");
		}
		if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		java.nio.file.attribute.UserPrincipal owner = Files.getOwner(path, LinkOption.NOFOLLOW_LINKS);
		Optional<java.nio.file.attribute.UserPrincipal> me = currentUser(path);
		if (me.isPresent() && !owner.equals(me.get())) {
			throw new IOException(path + " belongs to " + owner.getName() + ", not to " + me.get().getName() + ": a "
					+ "journal someone else can change is refused (a rollback runs what it holds, as root on the host); "
					+ "use a folder of your own (--journal DIR)");
		}
		try {
			java.util.Set<java.nio.file.attribute.PosixFilePermission> mode = Files.getPosixFilePermissions(path,
					LinkOption.NOFOLLOW_LINKS);
			if (mode.contains(java.nio.file.attribute.PosixFilePermission.GROUP_WRITE)
					|| mode.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE)) {
				throw new IOException(path + " may be written by others (" + PosixFilePermissions.toString(mode)
						+ "): a journal someone else can change is refused (a rollback runs what it holds, as root on "
						+ "the host); chmod go-w it, or use a folder of your own (--journal DIR)");
			}
		} catch (UnsupportedOperationException e) {
			// not POSIX (Windows): the owner check stands; the user's profile protects the default folder
		}
	}

	/** The user this process runs as, as the file system names owners: by name, else (Linux) as /proc/self's owner. */
	private static Optional<java.nio.file.attribute.UserPrincipal> currentUser(Path near) {
		try {
			return Optional.of(near.getFileSystem().getUserPrincipalLookupService()
					.lookupPrincipalByName(System.getProperty("user.name", "")));
		} catch (IOException | UnsupportedOperationException e) {
			Path self = Path.of("/proc/self");
			try {
				return Files.exists(self) ? Optional.of(Files.getOwner(self)) : Optional.empty();
			} catch (IOException notLinux) {
				return Optional.empty();
			}
		}
	}

	/**
	 * Makes a folder owner-only when it is new; refuses a link where the folder should be, and a folder that is not
	 * the user's alone ({@link #checkOwn}).
	 */
	private static Path ownerOnlyDir(Path dir) throws IOException {
		if (Files.isSymbolicLink(dir)) {
			throw new IOException(dir + " is a link: the journal is not written through links");
		}
		checkOwn(dir);
		OwnerOnly.makeDir(dir);
		checkOwn(dir); // one made at the same time by someone else
		return dir;
	}
}
