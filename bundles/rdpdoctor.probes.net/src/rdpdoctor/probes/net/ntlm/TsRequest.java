package rdpdoctor.probes.net.ntlm;

import java.util.Optional;

/** CredSSP's TSRequest (MS-CSSP 2.2.1): encode one carrying a SPNEGO-less NTLM token, read the token back (pure). */
public final class TsRequest {

	/** The CredSSP version this client announces. */
	public static final int VERSION = 6;

	private TsRequest() {
	}

	/**
	 * @param token an NTLM message
	 * @return {@code TSRequest { version 6, negoTokens { { negoToken token } } } }
	 */
	public static byte[] encode(byte[] token) {
		byte[] version = Der.tlv(0xA0, Der.tlv(0x02, new byte[] { VERSION }));
		byte[] nego = Der.tlv(0xA1, Der.tlv(0x30, Der.tlv(0x30, Der.tlv(0xA0, Der.tlv(0x04, token)))));
		return Der.tlv(0x30, version, nego);
	}

	/**
	 * What a server's TSRequest carries.
	 *
	 * @param version   the server's CredSSP version, or -1
	 * @param token     the first negoToken, if any
	 * @param errorCode the errorCode field (an NTSTATUS), if any
	 */
	public record Answer(int version, Optional<byte[]> token, Optional<Long> errorCode) {
	}

	/**
	 * @param data   the bytes of one TSRequest
	 * @param length valid bytes
	 * @return the answer, empty when the bytes are not a TSRequest
	 */
	public static Optional<Answer> parse(byte[] data, int length) {
		Optional<Der.Tlv> root = Der.read(data, 0, Math.min(length, data.length));
		if (root.isEmpty() || root.get().tag() != 0x30) {
			return Optional.empty();
		}
		Der.Tlv request = root.get();
		int version = Der.child(data, request, 0xA0).flatMap(v -> Der.read(data, v.start(), v.end()))
				.filter(i -> i.tag() == 0x02 && i.length() >= 1 && i.length() <= 4)
				.map(i -> (int) integer(data, i)).orElse(-1);
		Optional<byte[]> token = Der.child(data, request, 0xA1)
				.flatMap(a -> Der.read(data, a.start(), a.end())).filter(t -> t.tag() == 0x30)
				.flatMap(seq -> Der.read(data, seq.start(), seq.end())).filter(t -> t.tag() == 0x30)
				.flatMap(item -> Der.child(data, item, 0xA0))
				.flatMap(a -> Der.read(data, a.start(), a.end())).filter(t -> t.tag() == 0x04)
				.map(o -> java.util.Arrays.copyOfRange(data, o.start(), o.end()));
		Optional<Long> error = Der.child(data, request, 0xA4).flatMap(e -> Der.read(data, e.start(), e.end()))
				.filter(i -> i.tag() == 0x02 && i.length() >= 1 && i.length() <= 5).map(i -> integer(data, i));
		return Optional.of(new Answer(version, token, error));
	}

	private static long integer(byte[] data, Der.Tlv tlv) {
		long value = 0;
		for (int i = tlv.start(); i < tlv.end(); i++) {
			value = (value << 8) | (data[i] & 0xFF);
		}
		return value;
	}
}
