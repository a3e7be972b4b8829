package rdpdoctor.probes.net.io;

import java.util.Arrays;

/**
 * What a bounded read got: the bytes, and why it stopped.
 *
 * @param bytes the bytes read (possibly fewer than asked)
 * @param end   why the read stopped
 */
public record ReadResult(byte[] bytes, End end) {

	/** Why a read stopped. */
	public enum End {
		/** All bytes asked for arrived. */
		COMPLETE,
		/** The peer closed the connection (FIN). */
		CLOSED,
		/** The peer reset the connection (RST). */
		RESET,
		/** The deadline passed. */
		TIMEOUT
	}

	/** @return how many bytes were read */
	public int length() {
		return bytes.length;
	}

	/** @return whether every byte asked for arrived */
	public boolean complete() {
		return end == End.COMPLETE;
	}

	/**
	 * @param before bytes read earlier
	 * @param after  bytes read next
	 * @return both, in order
	 */
	public static byte[] concat(byte[] before, byte[] after) {
		byte[] all = Arrays.copyOf(before, before.length + after.length);
		System.arraycopy(after, 0, all, before.length, after.length);
		return all;
	}

	static ReadResult of(byte[] buffer, int count, End end) {
		return new ReadResult(Arrays.copyOf(buffer, count), end);
	}
}
