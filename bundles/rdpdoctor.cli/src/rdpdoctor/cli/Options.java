package rdpdoctor.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/** A command's arguments as parsed: {@code --name value} options by long name, and positional arguments. */
final class Options {

	final Map<String, String> named = new LinkedHashMap<>();
	/** The values of a repeatable option ({@code --set}), in order. */
	final Map<String, List<String>> repeated = new LinkedHashMap<>();
	final List<String> positional = new ArrayList<>();
	/** Where plug-ins declare their settings (the platform's, unless {@link Cli} was given another). */
	java.util.function.Supplier<org.eclipse.core.runtime.IExtensionRegistry> registry =
			org.eclipse.core.runtime.RegistryFactory::getRegistry;
	/** Plug-in settings of the settings file left out (no plug-in declares them, or a value is refused). */
	final List<String> pluginSettingProblems = new ArrayList<>();
	/** The settings the installed plug-ins declare, once {@link DiagnoseCommand#settings} has read them. */
	List<rdpdoctor.core.settings.PluginSetting> pluginSettings = List.of();
	/** Where each plug-in setting given came from: {@code option} or {@code file} (the default otherwise). */
	final Map<String, String> pluginSettingSources = new LinkedHashMap<>();
	/** Says a warning (the settings file's lines left out) where the command's user sees it. */
	java.util.function.Consumer<String> warnings = warning -> { };
	/** The settings file's values, defaults of the diagnosis options (none until {@link Cli} reads it). */
	rdpdoctor.core.settings.SettingsFile.Contents settingsFile = new rdpdoctor.core.settings.SettingsFile.Contents(
			null, Map.of(), List.of());

	/**
	 * @param command what picocli parsed for one command ({@link CommandLines}): its options by their long names, its
	 *                positional arguments in order
	 */
	Options(ParseResult command) {
		for (OptionSpec option : command.matchedOptions()) {
			if (option.getValue() instanceof String[] values) {
				repeated.put(option.longestName(), List.of(values));
			} else if (!option.usageHelp() && !option.versionHelp()) {
				named.put(option.longestName(), String.valueOf((Object) option.getValue())); // a flag: "true"
			}
		}
		// picocli lists a positional parameter once per value it matched; each holds all its values
		for (PositionalParamSpec positional : new java.util.LinkedHashSet<>(command.matchedPositionals())) {
			String[] values = positional.getValue();
			if (values != null) {
				this.positional.addAll(List.of(values));
			}
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

	/** The output formats of most commands. */
	static final Set<String> TEXT_OR_JSON = new java.util.TreeSet<>(Set.of("text", "json"));

	/** The option every printing command takes for its output's format, whatever its {@code --format} means. */
	static final String OUTPUT_FORMAT = "--output-format";

	/**
	 * @param formatIsOutput whether this command's {@code --format} names its output (import's names its input)
	 * @param choices        the formats this command prints
	 * @return {@code --output-format}, else {@code --format} when it names the output, else {@code text}
	 * @throws UsageException naming the option whose value is not one of the choices, or the two options disagreeing
	 */
	String output(boolean formatIsOutput, Set<String> choices) throws UsageException {
		String format = formatIsOutput ? named.get("--format") : null;
		String output = named.get(OUTPUT_FORMAT);
		if (format != null && output != null && !format.equals(output)) {
			throw new UsageException("--format '" + format + "' and " + OUTPUT_FORMAT + " '" + output
					+ "' disagree; give one");
		}
		if (output != null) {
			return choice(OUTPUT_FORMAT, "text", choices);
		}
		return formatIsOutput ? choice("--format", "text", choices) : "text";
	}

	/** @return whether {@code -q} asks for results and errors only */
	boolean quiet() {
		return named.containsKey("--quiet");
	}

	/** @return whether {@code -v} asks for more detail */
	boolean verbose() {
		return named.containsKey("--verbose");
	}

	/** @throws UsageException when {@code -q} and {@code -v} are both given */
	void checkVerbosity() throws UsageException {
		if (quiet() && verbose()) {
			throw new UsageException("--quiet and --verbose exclude each other");
		}
	}
}
