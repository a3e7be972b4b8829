package rdpdoctor.probes.net.ntlm;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/** The little DER that CredSSP's TSRequest needs: encode a TLV, and walk TLVs with bounds checks (pure). */
final class Der {

	/** A decoded element: its tag and where its value lies in the buffer. */
	record Tlv(int tag, int start, int length) {
		int end() {
			return start + length;
		}
	}

	private Der() {
	}

	static byte[] tlv(int tag, byte[]... contents) {
		ByteArrayOutputStream value = new ByteArrayOutputStream();
		for (byte[] c : contents) {
			value.writeBytes(c);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(tag);
		int n = value.size();
		if (n < 0x80) {
			out.write(n);
		} else if (n < 0x100) {
			out.write(0x81);
			out.write(n);
		} else {
			out.write(0x82);
			out.write(n >> 8);
			out.write(n & 0xFF);
		}
		out.writeBytes(value.toByteArray());
		return out.toByteArray();
	}

	/**
	 * Reads the element at {@code offset}, which must end by {@code limit}.
	 *
	 * @return the element, empty when the bytes are not a complete DER element
	 */
	static Optional<Tlv> read(byte[] data, int offset, int limit) {
		if (offset + 2 > limit || limit > data.length) {
			return Optional.empty();
		}
		int tag = data[offset] & 0xFF;
		int first = data[offset + 1] & 0xFF;
		int p = offset + 2;
		long length;
		if (first < 0x80) {
			length = first;
		} else {
			int count = first & 0x7F;
			if (count == 0 || count > 3 || p + count > limit) {
				return Optional.empty();
			}
			length = 0;
			for (int i = 0; i < count; i++) {
				length = (length << 8) | (data[p++] & 0xFF);
			}
		}
		if (p + length > limit) {
			return Optional.empty();
		}
		return Optional.of(new Tlv(tag, p, (int) length));
	}

	/**
	 * @return the first child of {@code parent} with {@code tag}, empty if none or malformed
	 */
	static Optional<Tlv> child(byte[] data, Tlv parent, int tag) {
		int p = parent.start();
		while (p < parent.end()) { // each pass moves past one child
			Optional<Tlv> next = read(data, p, parent.end());
			if (next.isEmpty()) {
				return Optional.empty();
			}
			if (next.get().tag() == tag) {
				return next;
			}
			p = next.get().end();
		}
		return Optional.empty();
	}

	/** @return the total length of the element whose header starts the buffer, or -1 when not yet known */
	static int totalLength(byte[] header, int available) {
		if (available < 2) {
			return -1;
		}
		int first = header[1] & 0xFF;
		if (first < 0x80) {
			return 2 + first;
		}
		int count = first & 0x7F;
		if (count == 0 || count > 3) {
			return Integer.MAX_VALUE; // malformed: the caller's size bound refuses it
		}
		if (available < 2 + count) {
			return -1;
		}
		int length = 0;
		for (int i = 0; i < count; i++) {
			length = (length << 8) | (header[2 + i] & 0xFF);
		}
		return 2 + count + length;
	}
}
