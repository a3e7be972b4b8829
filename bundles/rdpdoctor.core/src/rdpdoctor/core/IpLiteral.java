package rdpdoctor.core;

import java.util.regex.Pattern;

/** Tells IP address literals from names without asking any resolver. */
public final class IpLiteral {

	private static final Pattern IPV4 = Pattern
			.compile("^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$");
	private static final Pattern IPV6 = Pattern.compile("^[0-9A-Fa-f:.]+(%[\\w.-]+)?$");

	private IpLiteral() {
	}

	/**
	 * @param host a host as the user typed it
	 * @return whether it is an IPv4 or IPv6 literal (no brackets)
	 */
	public static boolean isIpLiteral(String host) {
		if (host == null) {
			return false;
		}
		return IPV4.matcher(host).matches() || (host.indexOf(':') >= 0 && IPV6.matcher(host).matches());
	}
}
