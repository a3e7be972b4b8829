package rdpdoctor.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock a batch holds on its report for the whole run ({@code REPORT.lock}, an operating-system lock that dies
 * with the process), so two runs never write the same report and checkpoint. The file holds the holder's process id
 * for the message a second run gives.
 */
final class RunLock implements AutoCloseable {

	private final Path file;
	private final FileChannel channel;
	private final FileLock lock;

	private RunLock(Path file, FileChannel channel, FileLock lock) {
		this.file = file;
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * @param report the report the run writes
	 * @return the lock, held until {@link #close()}
	 * @throws UsageException when another run holds it (naming its process)
	 * @throws IOException    when the lock file cannot be made
	 */
	static RunLock take(Path report) throws UsageException, IOException {
		Path absolute = report.toAbsolutePath();
		Path file = absolute.resolveSibling(absolute.getFileName() + ".lock");
		if (Files.isSymbolicLink(file)) {
			throw new UsageException(file + " is a link; RDP Doctor does not write through links: remove it");
		}
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
		FileLock lock;
		try {
			lock = channel.tryLock();
		} catch (OverlappingFileLockException e) {
			lock = null; // held by this very process
		} catch (IOException e) {
			channel.close();
			throw e;
		}
		if (lock == null) {
			String holder = holder(channel);
			channel.close();
			throw new UsageException("--report " + report + " is being written by another batch run (process "
					+ holder + ", lock " + file + "); wait for it to end, or name another report");
		}
		channel.truncate(0);
		channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
		return new RunLock(file, channel, lock);
	}

	private static String holder(FileChannel channel) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(32);
		channel.read(buffer, 0);
		String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
		return text.matches("\\d{1,19}") ? text : "unknown";
	}

	@Override
	public void close() throws IOException {
		try {
			Files.deleteIfExists(file); // still ours while locked
		} finally {
			lock.release();
			channel.close();
		}
	}
}
