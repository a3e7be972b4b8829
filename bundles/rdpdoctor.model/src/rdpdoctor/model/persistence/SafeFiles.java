package rdpdoctor.model.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that nothing a user had is lost: the new content goes to a temporary file beside the target,
 * created exclusively (a file or link planted under its name is removed, never followed), forced to disk, then
 * renamed over the target. A crash leaves the old file or the new one, whole; the temporary file it leaves is
 * removed by the next write.
 */
public final class SafeFiles {

	/** The suffix of the temporary file, after a leading dot and the target's name. */
	public static final String TEMP_SUFFIX = ".saving";

	private SafeFiles() {
	}

	/** Writes the whole new content of a file. */
	@FunctionalInterface
	public interface Content {
		/**
		 * @param out the temporary file, closed by the caller
		 * @throws IOException when writing fails: the target is then left as it was
		 */
		void writeTo(OutputStream out) throws IOException;
	}

	/**
	 * Replaces {@code target} atomically with what {@code content} writes.
	 *
	 * @param target  the file; its folder must exist
	 * @param content writes the new content
	 * @throws IOException when anything fails; {@code target} is then untouched
	 */
	public static void replace(Path target, Content content) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path temp = temporaryFor(absolute);
		Files.deleteIfExists(temp); // a kill's leftover, or a link planted in its place: removed, not followed
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
					LinkOption.NOFOLLOW_LINKS)) {
				OutputStream out = Channels.newOutputStream(channel);
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.deleteIfExists(temp);
			throw new IOException(target + ": this file system cannot replace files atomically", e);
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(temp);
			throw e;
		}
		forceDirectory(absolute.getParent());
	}

	/**
	 * Removes the temporary file a killed write left beside {@code target}, if any (a link is removed, not
	 * followed).
	 *
	 * @param target the file that was being written
	 * @throws IOException when it exists and cannot be removed
	 */
	public static void removeLeftover(Path target) throws IOException {
		Files.deleteIfExists(temporaryFor(target.toAbsolutePath()));
	}

	/**
	 * Checks, before any work starts, that {@code output} can be written and is none of the inputs.
	 *
	 * @param output the file to write
	 * @param what   what it is, for the message ({@code the report}, {@code --to})
	 * @param inputs the files the same command reads
	 * @throws IOException naming the path and what is wrong
	 */
	public static void checkOutput(Path output, String what, Path... inputs) throws IOException {
		Path absolute = output.toAbsolutePath().normalize();
		if (Files.isDirectory(absolute)) {
			throw new IOException(what + " " + output + " is a folder; name a file");
		}
		Path folder = absolute.getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			throw new NoSuchFileException(output.toString(), null, what + ": the folder " + folder + " does not exist");
		}
		if (!Files.isWritable(folder)) {
			throw new IOException(what + " " + output + ": the folder " + folder + " is not writable");
		}
		for (Path input : inputs) {
			if (input != null && sameFile(absolute, input)) {
				throw new IOException(what + " " + output + " is also an input (" + input
						+ "); writing it would destroy what is read: name another file");
			}
		}
	}

	/**
	 * @return whether the two paths name the same file (through links too, when both exist), else the same
	 *         normalized absolute path
	 */
	public static boolean sameFile(Path a, Path b) {
		Path x = a.toAbsolutePath().normalize();
		Path y = b.toAbsolutePath().normalize();
		try {
			if (Files.exists(x) && Files.exists(y)) {
				return Files.isSameFile(x, y);
			}
		} catch (IOException e) {
			// fall back to the names
		}
		return x.equals(y);
	}

	private static Path temporaryFor(Path absolute) {
		return absolute.resolveSibling("." + absolute.getFileName() + TEMP_SUFFIX);
	}

	/** Forces the rename itself to disk; not every platform can open a folder for that, which is harmless. */
	private static void forceDirectory(Path dir) {
		if (dir == null) {
			return;
		}
		try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// best effort: the rename is already done
		}
	}
}
