package rdpdoctor.inventory.io;

import java.nio.file.Path;

import rdpdoctor.core.inventory.ImportException;

/** Parses port numbers the way the importers need, with messages naming the place. */
final class Ports {

	private Ports() {
	}

	static int parse(Path file, String where, String text, int fallback) throws ImportException {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			int port = Integer.parseInt(text.trim());
			if (port >= 1 && port <= 65535) {
				return port;
			}
		} catch (NumberFormatException e) {
			// fall through
		}
		throw new ImportException(file, where, "port '" + text.trim() + "' is not a number from 1 to 65535");
	}

	/**
	 * Splits {@code host}, {@code host:port}, {@code [v6]:port} as .rdp and CSV files write them.
	 *
	 * @return {host, port-or-null}
	 */
	static String[] splitHostPort(String text) {
		String t = text.trim();
		if (t.startsWith("[")) {
			int close = t.indexOf(']');
			if (close > 0) {
				String rest = t.substring(close + 1);
				return new String[] { t.substring(1, close), rest.startsWith(":") ? rest.substring(1) : null };
			}
		}
		int colon = t.indexOf(':');
		if (colon > 0 && colon == t.lastIndexOf(':')) {
			return new String[] { t.substring(0, colon), t.substring(colon + 1) };
		}
		return new String[] { t, null };
	}
}
