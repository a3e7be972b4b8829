package rdpdoctor.cli;

import java.io.PrintStream;
import java.nio.file.Files;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.Untrusted;
import rdpdoctor.core.settings.DiagnosisSetting;
import rdpdoctor.core.settings.PluginSetting;
import rdpdoctor.core.settings.SettingsFile;

/**
 * {@code rdpdoctor settings [OPTIONS] [--format text|json]}: every diagnosis setting's effective value and where it
 * comes from (an option, the settings file and its line, the default), and the file's lines left out; JSON as
 * {@code docs/schemas/settings.schema.json} describes.
 */
final class SettingsCommand {

	private final PrintStream out;

	SettingsCommand(PrintStream out) {
		this.out = out;
	}

	int run(Options options) throws UsageException {
		boolean json = options.output(true, Options.TEXT_OR_JSON).equals("json");
		DiagnosisSettings effective = DiagnoseCommand.settings(options, DiagnosisSettings.DEFAULT_CONCURRENCY); // exit 2
		SettingsFile.Contents file = options.settingsFile;
		JsonArray settings = new JsonArray();
		for (DiagnosisSetting setting : DiagnosisSetting.values()) {
			JsonObject entry = new JsonObject();
			entry.addProperty("key", setting.key());
			entry.addProperty("option", setting.option());
			String option = options.named.get(setting.option());
			SettingsFile.Value inFile = file.values().get(setting);
			if (option != null) {
				entry.addProperty("value", option);
				entry.addProperty("source", "option");
			} else if (inFile != null) {
				entry.addProperty("value", inFile.value());
				entry.addProperty("source", "file");
				entry.addProperty("line", inFile.line());
			} else {
				entry.addProperty("value", setting.defaultText());
				entry.addProperty("source", "default");
			}
			settings.add(entry);
		}
		for (PluginSetting setting : options.pluginSettings) { // read, and their problems said, by settings(...)
			JsonObject entry = new JsonObject();
			entry.addProperty("key", setting.key());
			entry.addProperty("option", CommandLines.SET + " " + setting.key() + "=...");
			entry.addProperty("plugin", setting.contributor());
			entry.addProperty("description", setting.help());
			String value = effective.extra().get(setting.key());
			String source = options.pluginSettingSources.getOrDefault(setting.key(), "default");
			entry.addProperty("value", value == null ? "" : value);
			entry.addProperty("source", source);
			if (source.equals("file")) {
				entry.addProperty("line", file.plugins().get(setting.key()).line());
			}
			settings.add(entry);
		}
		JsonArray problems = new JsonArray();
		file.problems().forEach(problems::add);
		options.pluginSettingProblems.forEach(problems::add);
		if (json) {
			JsonObject root = new JsonObject();
			root.addProperty("file", file.file() == null ? null : file.file().toString());
			root.addProperty("exists", file.file() != null && Files.isRegularFile(file.file()));
			root.add("settings", settings);
			root.add("problems", problems);
			JsonOutput.print(out, root);
			return ExitCodes.OK;
		}
		out.println("Settings file: " + (file.file() == null ? "none (-D" + SettingsFile.PROPERTY + "=none)"
				: Untrusted.terminal(file.file().toString()) + (Files.isRegularFile(file.file()) ? "" : " (absent)")));
		for (var element : settings) {
			JsonObject entry = element.getAsJsonObject();
			String source = entry.get("source").getAsString();
			String from = switch (source) {
			case "option" -> entry.has("plugin") ? CommandLines.SET : entry.get("option").getAsString();
			case "file" -> "settings file, line " + entry.get("line").getAsInt();
			default -> "default";
			} + (entry.has("plugin") ? " (plug-in " + Untrusted.terminal(entry.get("plugin").getAsString()) + ")" : "");
			out.printf("%-22s = %-30s %s%n", entry.get("key").getAsString(),
					Untrusted.terminal(entry.get("value").getAsString()), from);
		}
		file.problems().forEach(p -> out.println("Left out: " + Untrusted.terminal(p)));
		options.pluginSettingProblems.forEach(p -> out.println("Left out: " + Untrusted.terminal(p)));
		return ExitCodes.OK;
	}

}
