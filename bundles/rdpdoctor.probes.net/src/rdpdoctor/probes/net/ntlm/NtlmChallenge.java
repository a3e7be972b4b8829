package rdpdoctor.probes.net.ntlm;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * NTLM NEGOTIATE (to send) and CHALLENGE (to read) messages (MS-NLMP 2.2.1.1, 2.2.1.2, 2.2.2.1), pure. Only what
 * identifies the server is read: target name, TargetInfo AV pairs, version and timestamp. No credentials exist.
 *
 * @param targetName the target name, may be empty
 * @param info       TargetInfo by AV pair name ({@code NbComputerName}, {@code DnsComputerName}, ...)
 * @param version    {@code major.minor.build} when the server sent a version, else empty
 * @param timestamp  the server's time from MsvAvTimestamp, if sent
 */
public record NtlmChallenge(String targetName, Map<String, String> info, String version,
		Optional<Instant> timestamp) {

	private static final byte[] SIGNATURE = "NTLMSSP\0".getBytes(StandardCharsets.US_ASCII);
	/** Unicode, request target, NTLM, always sign, extended session security, target info, version, 128, 56. */
	private static final int FLAGS = 0x00000001 | 0x00000004 | 0x00000200 | 0x00008000 | 0x00080000 | 0x00800000
			| 0x02000000 | 0x20000000 | 0x80000000;
	private static final long FILETIME_EPOCH_OFFSET = 116444736000000000L;
	private static final String[] AV_NAMES = { "EOL", "NbComputerName", "NbDomainName", "DnsComputerName",
			"DnsDomainName", "DnsTreeName", "Flags", "Timestamp", "SingleHost", "TargetName", "ChannelBindings" };

	/** @return an NTLM NEGOTIATE message with no domain or workstation */
	public static byte[] negotiate() {
		byte[] m = new byte[40];
		System.arraycopy(SIGNATURE, 0, m, 0, 8);
		m[8] = 1;
		putInt(m, 12, FLAGS);
		// domain and workstation fields stay empty; version: 10.0 build 19041, NTLM revision 15
		m[32] = 10;
		m[33] = 0;
		m[34] = (byte) (19041 & 0xFF);
		m[35] = (byte) (19041 >> 8);
		m[39] = 15;
		return m;
	}

	/**
	 * @param m the bytes of an NTLM message
	 * @return the challenge, empty when the bytes are not a well-formed CHALLENGE
	 */
	public static Optional<NtlmChallenge> parse(byte[] m) {
		if (m.length < 48 || !java.util.Arrays.equals(m, 0, 8, SIGNATURE, 0, 8) || getInt(m, 8) != 2) {
			return Optional.empty();
		}
		String target = field(m, 12).map(r -> new String(m, r[0], r[1], StandardCharsets.UTF_16LE)).orElse("");
		int flags = getInt(m, 20);
		Map<String, String> info = new LinkedHashMap<>();
		Optional<Instant> time = Optional.empty();
		Optional<int[]> infoRange = field(m, 40);
		if (infoRange.isPresent()) {
			int p = infoRange.get()[0];
			int end = p + infoRange.get()[1];
			while (p + 4 <= end) { // each pass reads one AV pair
				int id = getShort(m, p);
				int len = getShort(m, p + 2);
				if (id == 0 || p + 4 + len > end) {
					break;
				}
				if (id == 7 && len == 8) {
					long filetime = getLong(m, p + 4);
					time = Optional.of(Instant.ofEpochSecond((filetime - FILETIME_EPOCH_OFFSET) / 10_000_000,
							((filetime - FILETIME_EPOCH_OFFSET) % 10_000_000) * 100));
				} else if (id >= 1 && id <= 5 || id == 9) {
					info.put(AV_NAMES[id], new String(m, p + 4, len, StandardCharsets.UTF_16LE));
				}
				p += 4 + len;
			}
		}
		String version = (flags & 0x02000000) != 0 && m.length >= 56
				? (m[48] & 0xFF) + "." + (m[49] & 0xFF) + "." + getShort(m, 50)
				: "";
		return Optional.of(new NtlmChallenge(target, Map.copyOf(info), version, time));
	}

	/** @return {offset, length} of a security buffer at {@code at}, when it lies inside the message */
	private static Optional<int[]> field(byte[] m, int at) {
		int length = getShort(m, at);
		long offset = getInt(m, at + 4) & 0xFFFFFFFFL;
		if (length == 0 || offset + length > m.length) {
			return Optional.empty();
		}
		return Optional.of(new int[] { (int) offset, length });
	}

	private static void putInt(byte[] m, int at, int v) {
		for (int i = 0; i < 4; i++) {
			m[at + i] = (byte) (v >> (8 * i));
		}
	}

	private static int getShort(byte[] m, int at) {
		return (m[at] & 0xFF) | ((m[at + 1] & 0xFF) << 8);
	}

	private static int getInt(byte[] m, int at) {
		return getShort(m, at) | (getShort(m, at + 2) << 16);
	}

	private static long getLong(byte[] m, int at) {
		return (getInt(m, at) & 0xFFFFFFFFL) | ((long) getInt(m, at + 4) << 32);
	}
}
