package rdpdoctor.core;

import java.util.Objects;

/**
 * What the admin dials: a host name or address and the RDP port, and the address the inventory expects the name to
 * have (rules compare it with what DNS says).
 *
 * @param host            a DNS name, an IPv4 address or an IPv6 address (without brackets)
 * @param port            the TCP port, 1-65535
 * @param expectedAddress the inventory's address for the host, empty when unknown
 */
public record Target(String host, int port, String expectedAddress) {

	/** The port mstsc dials when none is given. */
	public static final int DEFAULT_RDP_PORT = 3389;

	/** Checks the values. */
	public Target {
		Objects.requireNonNull(host, "host");
		expectedAddress = expectedAddress == null ? "" : expectedAddress.trim();
		if (host.isBlank()) {
			throw new IllegalArgumentException("empty host name");
		}
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException("port " + port + " is outside 1-65535");
		}
	}

	/**
	 * A target without an expected address.
	 *
	 * @param host a DNS name, an IPv4 address or an IPv6 address (without brackets)
	 * @param port the TCP port, 1-65535
	 */
	public Target(String host, int port) {
		this(host, port, "");
	}

	/**
	 * Parses {@code host}, {@code host:port}, {@code IPv4:port}, {@code IPv6} or {@code [IPv6]:port}.
	 *
	 * @param spec        the text the user gave
	 * @param defaultPort the port when the text names none
	 * @return the target
	 * @throws IllegalArgumentException with a message naming the text when it is not a target
	 */
	public static Target parse(String spec, int defaultPort) {
		String text = spec == null ? "" : spec.trim();
		try {
			if (text.startsWith("[")) {
				int close = text.indexOf(']');
				if (close < 0) {
					throw new IllegalArgumentException("missing ']'");
				}
				String rest = text.substring(close + 1);
				int port = rest.isEmpty() ? defaultPort : parsePort(rest.startsWith(":") ? rest.substring(1) : rest);
				return new Target(text.substring(1, close), port);
			}
			int colon = text.indexOf(':');
			if (colon >= 0 && colon == text.lastIndexOf(':')) {
				return new Target(text.substring(0, colon), parsePort(text.substring(colon + 1)));
			}
			return new Target(text, defaultPort); // a name, an IPv4 address or a bare IPv6 address
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("'" + spec + "' is not a target (host, host:port or [IPv6]:port): "
					+ e.getMessage(), e);
		}
	}

	private static int parsePort(String text) {
		try {
			return Integer.parseInt(text);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("port '" + text + "' is not a number");
		}
	}

	/** @return {@code host:port}, with brackets around an IPv6 address */
	@Override
	public String toString() {
		return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
	}
}
