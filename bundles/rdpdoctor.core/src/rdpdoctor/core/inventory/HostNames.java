package rdpdoctor.core.inventory;

import rdpdoctor.core.IpLiteral;
import rdpdoctor.core.Untrusted;

/** What may be dialled: a DNS name (letters of any script, digits, '-', '_', '.') or an IP address. */
final class HostNames {

	/** A DNS name is at most 253 characters. */
	private static final int MAX_NAME = 253;

	private HostNames() {
	}

	/**
	 * @param what  the field, for the message
	 * @param value its value
	 * @throws IllegalArgumentException saying why {@code value} cannot be dialled
	 */
	static void check(String what, String value) {
		if (value.indexOf(':') >= 0) {
			if (!IpLiteral.isIpLiteral(value)) {
				throw new IllegalArgumentException("the " + what + " '" + Untrusted.terminal(value)
						+ "' is neither a DNS name nor an IP address (a port belongs in its own field; an IPv6 "
						+ "address goes without brackets)");
			}
			return;
		}
		if (value.length() > MAX_NAME) {
			throw new IllegalArgumentException("the " + what + " has " + value.length() + " characters; a DNS name has "
					+ "at most " + MAX_NAME);
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (!Character.isLetterOrDigit(c) && c != '-' && c != '_' && c != '.') {
				throw new IllegalArgumentException("the " + what + " '" + Untrusted.terminal(value) + "' has "
						+ (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? "a control character"
								: "the character '" + Untrusted.terminal(String.valueOf(c)) + "'")
						+ " (U+" + String.format("%04X", (int) c) + "), which no host name or address has");
			}
		}
	}
}
