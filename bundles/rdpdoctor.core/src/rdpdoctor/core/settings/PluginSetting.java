package rdpdoctor.core.settings;

import java.util.Locale;

/**
 * A setting a plug-in declares for its probes and rules ({@code <setting>} in {@code rdpdoctor.core.settings}): the
 * command line takes it as {@code --set KEY=VALUE}, the settings file as {@code KEY = VALUE}, the workbench on its
 * Plug-in Settings preference page; each value is checked as declared before a probe reads it from
 * {@link rdpdoctor.core.DiagnosisSettings#extra()}.
 *
 * @param key          the key, qualified by the plug-in ({@code com.example.rdgateway.address})
 * @param type         what its values are
 * @param label        a label for people
 * @param description  what it does, for help texts
 * @param defaultValue its value when nothing sets it (empty: none)
 * @param min          the least value of a number
 * @param max          the greatest value of a number
 * @param contributor  the plug-in (bundle) that declares it
 */
public record PluginSetting(String key, Type type, String label, String description, String defaultValue, long min,
		long max, String contributor) {

	/** What a setting's values are. */
	public enum Type {
		/** Any text on one line. */
		TEXT,
		/** A whole number from min to max. */
		NUMBER,
		/** true or false. */
		FLAG,
		/** A file's name. */
		FILE;

		/**
		 * @param name a type's name as plugin.xml writes it ({@code text}, {@code number}, ...)
		 * @return the type
		 * @throws IllegalArgumentException naming the types when it is none of them
		 */
		public static Type named(String name) {
			for (Type type : values()) {
				if (type.name().equalsIgnoreCase(name.strip())) {
					return type;
				}
			}
			throw new IllegalArgumentException("type '" + name + "' is not text, number, flag or file");
		}
	}

	/**
	 * Checks a value as the setting declares it.
	 *
	 * @param value a value given for the setting (command line, settings file, preference page)
	 * @return the value as the probes read it (trimmed; a flag as {@code true} or {@code false})
	 * @throws IllegalArgumentException naming the key and what is wrong
	 */
	public String check(String value) {
		String text = value == null ? "" : value.strip();
		if (text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
			throw new IllegalArgumentException(key + ": a control character in the value");
		}
		switch (type) {
		case NUMBER -> {
			long number;
			try {
				number = Long.parseLong(text);
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException(key + " '" + text + "' must be a whole number from " + min + " to "
						+ max);
			}
			if (number < min || number > max) {
				throw new IllegalArgumentException(key + " " + number + " must be from " + min + " to " + max);
			}
			return String.valueOf(number);
		}
		case FLAG -> {
			String lower = text.toLowerCase(Locale.ROOT);
			if (!lower.equals("true") && !lower.equals("false")) {
				throw new IllegalArgumentException(key + " '" + text + "' must be true or false");
			}
			return lower;
		}
		default -> {
			return text;
		}
		}
	}

	/** @return the description with the values it takes and its default, for help texts */
	public String help() {
		String values = switch (type) {
		case NUMBER -> ", " + min + "-" + max;
		case FLAG -> ", true or false";
		case FILE -> ", a file";
		case TEXT -> "";
		};
		return description + values + (defaultValue.isEmpty() ? "" : " (default " + defaultValue + ")");
	}
}
