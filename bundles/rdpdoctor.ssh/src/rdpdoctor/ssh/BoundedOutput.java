package rdpdoctor.ssh;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Keeps the first bytes a remote command writes, up to a limit, and drops the rest while still reading it (so that the
 * channel never stalls on a full window).
 */
final class BoundedOutput extends OutputStream {

	private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
	private final int limit;
	private long dropped;

	BoundedOutput(int limit) {
		this.limit = limit;
	}

	@Override
	public synchronized void write(int b) {
		write(new byte[] { (byte) b }, 0, 1);
	}

	@Override
	public synchronized void write(byte[] buffer, int offset, int length) {
		int room = Math.max(0, Math.min(length, limit - kept.size()));
		kept.write(buffer, offset, room);
		dropped += length - room;
	}

	/** @return whether bytes beyond the limit were dropped */
	synchronized boolean truncated() {
		return dropped > 0;
	}

	/** @return what was kept, as UTF-8 (a character cut at the limit, or invalid bytes, become U+FFFD) */
	synchronized String text() {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(kept.toByteArray()))
					.toString();
		} catch (java.nio.charset.CharacterCodingException e) {
			throw new IllegalStateException("a replacing decoder does not fail", e);
		}
	}
}
