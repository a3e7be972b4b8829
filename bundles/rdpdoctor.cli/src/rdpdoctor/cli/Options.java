package rdpdoctor.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Splits a command's arguments into {@code --name value} options and positional arguments. */
final class Options {

	final Map<String, String> named = new LinkedHashMap<>();
	final List<String> positional = new ArrayList<>();

	/**
	 * @param args    the arguments
	 * @param allowed option names (with {@code --}) that take a value
	 * @throws UsageException for an unknown option or a missing value
	 */
	Options(String[] args, Set<String> allowed) throws UsageException {
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--")) {
				positional.add(arg);
				continue;
			}
			String name = arg;
			String value = null;
			int eq = arg.indexOf('=');
			if (eq > 0) {
				name = arg.substring(0, eq);
				value = arg.substring(eq + 1);
			}
			if (!allowed.contains(name)) {
				throw new UsageException("unknown option '" + name + "'");
			}
			if (value == null) {
				if (i + 1 >= args.length) {
					throw new UsageException("option " + name + " needs a value");
				}
				value = args[++i];
			}
			named.put(name, value);
		}
	}

	int intValue(String name, int fallback, int min, int max) throws UsageException {
		String text = named.get(name);
		if (text == null) {
			return fallback;
		}
		try {
			int value = Integer.parseInt(text.trim());
			if (value >= min && value <= max) {
				return value;
			}
		} catch (NumberFormatException e) {
			// fall through to the message
		}
		throw new UsageException(name + " '" + text + "' must be a whole number from " + min + " to " + max);
	}

	String choice(String name, String fallback, Set<String> choices) throws UsageException {
		String value = named.getOrDefault(name, fallback);
		if (!choices.contains(value)) {
			throw new UsageException(name + " '" + value + "' must be one of " + String.join(", ", choices));
		}
		return value;
	}
}
