package rdpdoctor.probes.net.io;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;

/**
 * Reads exactly N bytes from a socket, or fewer when the peer closes, resets or the deadline passes; never more
 * than asked, never past the deadline, however the peer drips its bytes.
 */
public final class BoundedReader {

	private BoundedReader() {
	}

	/**
	 * @param socket   a connected socket
	 * @param count    how many bytes to read (the caller bounds it)
	 * @param deadline when to give up
	 * @return the bytes and why reading stopped
	 * @throws IOException for socket errors other than reset and timeout
	 */
	public static ReadResult read(Socket socket, int count, Deadline deadline) throws IOException {
		byte[] buffer = new byte[count];
		int got = 0;
		InputStream in = socket.getInputStream();
		while (got < count) { // each pass reads at least one byte or ends
			long left = deadline.remainingMillis();
			if (left <= 0) {
				return ReadResult.of(buffer, got, ReadResult.End.TIMEOUT);
			}
			socket.setSoTimeout((int) Math.min(left, Integer.MAX_VALUE));
			int n;
			try {
				n = in.read(buffer, got, count - got);
			} catch (SocketTimeoutException e) {
				return ReadResult.of(buffer, got, ReadResult.End.TIMEOUT);
			} catch (SocketException e) {
				if (isReset(e)) {
					return ReadResult.of(buffer, got, ReadResult.End.RESET);
				}
				throw e;
			}
			if (n < 0) {
				return ReadResult.of(buffer, got, ReadResult.End.CLOSED);
			}
			got += n;
		}
		return ReadResult.of(buffer, got, ReadResult.End.COMPLETE);
	}

	/**
	 * @param e a socket exception
	 * @return whether it says the peer reset the connection
	 */
	public static boolean isReset(SocketException e) {
		String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
		return message.contains("reset") || message.contains("broken pipe");
	}
}
