package rdpdoctor.core;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/** Parses {@code IP}, {@code IP:PORT} or {@code [IPv6]:PORT} into a DNS server address, without any lookup. */
public final class DnsServerAddress {

	/** The DNS port when none is given. */
	public static final int DNS_PORT = 53;

	private DnsServerAddress() {
	}

	/**
	 * @param spec the text given with {@code --dns-server}
	 * @return the socket address
	 * @throws IllegalArgumentException naming the text when it is not an IP address with an optional port
	 */
	public static InetSocketAddress parse(String spec) {
		String text = spec == null ? "" : spec.trim();
		String host = text;
		int port = DNS_PORT;
		if (text.startsWith("[")) {
			int close = text.indexOf(']');
			if (close < 0) {
				throw new IllegalArgumentException("DNS server '" + spec + "': missing ']'");
			}
			host = text.substring(1, close);
			if (text.length() > close + 1) {
				port = port(spec, text.substring(close + 1).replaceFirst("^:", ""));
			}
		} else if (text.indexOf(':') >= 0 && text.indexOf(':') == text.lastIndexOf(':')) {
			host = text.substring(0, text.indexOf(':'));
			port = port(spec, text.substring(text.indexOf(':') + 1));
		}
		if (!IpLiteral.isIpLiteral(host)) {
			throw new IllegalArgumentException("DNS server '" + spec + "' must be an IP address (IP or IP:PORT)");
		}
		try {
			return new InetSocketAddress(InetAddress.getByName(host), port); // a literal: no lookup happens
		} catch (UnknownHostException e) {
			throw new IllegalArgumentException("DNS server '" + spec + "': " + e.getMessage(), e);
		}
	}

	private static int port(String spec, String text) {
		try {
			int port = Integer.parseInt(text);
			if (port >= 1 && port <= 65535) {
				return port;
			}
		} catch (NumberFormatException e) {
			// fall through to the message
		}
		throw new IllegalArgumentException("DNS server '" + spec + "': port '" + text + "' is not 1-65535");
	}
}
