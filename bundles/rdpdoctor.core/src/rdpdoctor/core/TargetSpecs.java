package rdpdoctor.core;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Targets as admins give them to nmap: a name, an address, {@code host:port} or {@code [IPv6]:port} (as
 * {@link Target#parse}), an IPv4 network in CIDR form ({@code 10.0.0.0/24}, every address of it, as nmap scans them)
 * or an IPv4 range with octets written {@code A-B} ({@code 10.0.0.1-40}, {@code 10.0.1-2.10}); a network or range may
 * end with {@code :PORT}. Expanding stops at a limit, with a message, rather than making millions of targets.
 */
public final class TargetSpecs {

	/** The most addresses one command expands to (a /16). */
	public static final int DEFAULT_LIMIT = 65_536;

	private static final Pattern CIDR = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3})/(\\d{1,2})(?::(\\d{1,5}))?");
	private static final Pattern RANGE = Pattern.compile(
			"(\\d{1,3}(?:-\\d{1,3})?)\\.(\\d{1,3}(?:-\\d{1,3})?)\\.(\\d{1,3}(?:-\\d{1,3})?)\\.(\\d{1,3}(?:-\\d{1,3})?)"
					+ "(?::(\\d{1,5}))?");

	private TargetSpecs() {
	}

	/**
	 * @param spec        one target as given
	 * @param defaultPort the port when none is given
	 * @param limit       the most targets it may expand to
	 * @return its targets, in address order
	 * @throws IllegalArgumentException naming the spec and the forms expected, or the limit
	 */
	public static List<Target> expand(String spec, int defaultPort, int limit) {
		String text = spec == null ? "" : spec.trim();
		Matcher cidr = CIDR.matcher(text);
		if (cidr.matches()) {
			int bits = Integer.parseInt(cidr.group(2));
			if (bits > 32) {
				throw new IllegalArgumentException("'" + spec + "': a network's prefix length is 0 to 32");
			}
			long base = address(cidr.group(1), spec) & (bits == 0 ? 0 : 0xFFFFFFFFL << (32 - bits) & 0xFFFFFFFFL);
			long count = 1L << (32 - bits);
			checkLimit(spec, count, limit);
			int port = port(cidr.group(3), defaultPort, spec);
			List<Target> targets = new ArrayList<>((int) count);
			for (long i = 0; i < count; i++) {
				targets.add(new Target(dotted(base + i), port));
			}
			return targets;
		}
		Matcher range = RANGE.matcher(text);
		if (range.matches() && text.contains("-")) {
			int[][] octets = new int[4][];
			long count = 1;
			for (int i = 0; i < 4; i++) {
				octets[i] = octetRange(range.group(i + 1), spec);
				count *= octets[i][1] - octets[i][0] + 1;
			}
			checkLimit(spec, count, limit);
			int port = port(range.group(5), defaultPort, spec);
			List<Target> targets = new ArrayList<>((int) count);
			for (int a = octets[0][0]; a <= octets[0][1]; a++) {
				for (int b = octets[1][0]; b <= octets[1][1]; b++) {
					for (int c = octets[2][0]; c <= octets[2][1]; c++) {
						for (int d = octets[3][0]; d <= octets[3][1]; d++) {
							targets.add(new Target(a + "." + b + "." + c + "." + d, port));
						}
					}
				}
			}
			return targets;
		}
		if (text.contains("/")) {
			throw new IllegalArgumentException("'" + spec + "' is not a target: a network is written as IPv4 CIDR, "
					+ "e.g. 10.0.0.0/24 (IPv6 networks are not expanded: give their addresses)");
		}
		return List.of(Target.parse(text, defaultPort));
	}

	private static void checkLimit(String spec, long count, int limit) {
		if (count > limit) {
			throw new IllegalArgumentException("'" + spec + "' is " + count + " addresses: at most " + limit
					+ " at once (split it, or put the hosts in an inventory for batch)");
		}
	}

	private static long address(String dotted, String spec) {
		long value = 0;
		for (String octet : dotted.split("\\.")) {
			value = value << 8 | octet(octet, spec);
		}
		return value;
	}

	private static int octet(String text, String spec) {
		int value = Integer.parseInt(text);
		if (value > 255) {
			throw new IllegalArgumentException("'" + spec + "': " + value + " is not an address octet (0 to 255)");
		}
		return value;
	}

	private static int[] octetRange(String text, String spec) {
		int dash = text.indexOf('-');
		int from = octet(dash < 0 ? text : text.substring(0, dash), spec);
		int to = dash < 0 ? from : octet(text.substring(dash + 1), spec);
		if (to < from) {
			throw new IllegalArgumentException("'" + spec + "': the range " + text + " ends before it starts");
		}
		return new int[] { from, to };
	}

	private static int port(String text, int defaultPort, String spec) {
		if (text == null) {
			return defaultPort;
		}
		int port = Integer.parseInt(text);
		if (port < 1 || port > 65_535) {
			throw new IllegalArgumentException("'" + spec + "': the port is 1 to 65535, not " + text);
		}
		return port;
	}

	private static String dotted(long value) {
		return (value >> 24 & 0xFF) + "." + (value >> 16 & 0xFF) + "." + (value >> 8 & 0xFF) + "." + (value & 0xFF);
	}
}
