package rdpdoctor.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.NullProgressMonitor;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.DnsServerAddress;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.Installed;
import rdpdoctor.core.Target;
import rdpdoctor.core.engine.DiagnosisEngine;
import rdpdoctor.core.settings.DiagnosisSetting;
import rdpdoctor.report.JsonRenderer;
import rdpdoctor.report.TableRenderer;
import rdpdoctor.report.TextRenderer;

/** {@code rdpdoctor diagnose TARGET... [--format text|json] [--dns-server IP[:PORT]] [--timeout-ms N]}. */
final class DiagnoseCommand {


	private final PrintStream out;
	private final PrintStream err;
	private final IExtensionRegistry registry;

	DiagnoseCommand(PrintStream out, PrintStream err, IExtensionRegistry registry) {
		this.out = out;
		this.err = err;
		this.registry = registry;
	}

	int run(Options options) throws UsageException {
		String file = options.named.get("--targets-file");
		if (options.positional.isEmpty() && file == null) {
			throw new UsageException("diagnose needs at least one TARGET (or --targets-file FILE)");
		}
		List<Target> targets = TargetArguments.read(options.positional, file, System.in);
		if (targets.isEmpty()) {
			throw new UsageException("no target in " + (file != null ? file : "the arguments"));
		}
		String format = options.output(true, new TreeSet<>(Set.of("text", "json", "table")));
		DiagnosisSettings settings = settings(options, DiagnosisSettings.DEFAULT_CONCURRENCY);
		Optional<DiagnosisEngine> engine = InstalledEngine.open(registry, settings, err);
		if (engine.isEmpty()) {
			return ExitCodes.INTERNAL;
		}
		List<HostDiagnosis> results = engine.get().diagnose(targets, null, new NullProgressMonitor());
		if (format.equals("json")) {
			new JsonRenderer().render(results, out);
		} else if (format.equals("table")) {
			new TableRenderer().render(results, out);
		} else {
			new TextRenderer(!options.quiet()).render(results, out);
		}
		return results.stream().anyMatch(HostDiagnosis::hasError) ? ExitCodes.FINDINGS : ExitCodes.OK;
	}

	/**
	 * The settings shared by diagnose and batch, from their options (every {@link DiagnosisSetting}, checked as it
	 * declares), else from the settings file ({@link Options#settingsFile}), else the defaults.
	 */
	static DiagnosisSettings settings(Options options, int defaultConcurrency) throws UsageException {
		DiagnosisSettings settings = DiagnosisSettings.defaults().withConcurrency(defaultConcurrency);
		for (DiagnosisSetting setting : DiagnosisSetting.values()) {
			String value = options.named.get(setting.option());
			if (value == null) {
				value = options.settingsFile.get(setting).orElse(null);
			}
			if (value == null && setting.isNumber() && setting != DiagnosisSetting.CONCURRENCY) {
				value = String.valueOf(setting.defaultNumber());
			}
			if (value != null) {
				try {
					settings = setting.apply(settings, value);
				} catch (IllegalArgumentException e) {
					throw new UsageException(e.getMessage());
				}
			}
		}
		settings = withPluginSettings(settings, options.repeated.getOrDefault(CommandLines.SET, List.of()));
		return checkedPluginSettings(settings, options);
	}

	/**
	 * Checks the plug-in settings of the settings file and of {@code --set} against what the installed plug-ins
	 * declare, and gives declared settings their defaults: a file's line that does not check is left out and named
	 * ({@link Options#pluginSettingProblems}), a {@code --set} that does not is a usage error.
	 */
	private static DiagnosisSettings checkedPluginSettings(DiagnosisSettings settings, Options options)
			throws UsageException {
		options.pluginSettings = Installed.pluginSettings(options.registry.get(), problem -> {
			options.pluginSettingProblems.add(problem); // a plug-in's malformed declaration, left out
			options.warnings.accept(problem);
		});
		java.util.Map<String, String> given = new java.util.LinkedHashMap<>();
		options.settingsFile.plugins().forEach((key, value) -> {
			try {
				Installed.declaration(options.pluginSettings, key).check(value.value());
				given.put(key, value.value());
				options.pluginSettingSources.put(key, "file");
			} catch (IllegalArgumentException e) {
				String problem = options.settingsFile.file() + ":" + value.line() + ": " + e.getMessage() + "; ignored";
				options.pluginSettingProblems.add(problem);
				options.warnings.accept(problem);
			}
		});
		for (String value : options.repeated.getOrDefault(CommandLines.SET, List.of())) {
			String key = value.substring(0, value.indexOf('=')).strip();
			given.put(key, settings.extra().get(key));
			options.pluginSettingSources.put(key, "option");
		}
		try {
			return settings.withExtras(Installed.pluginValues(options.pluginSettings, given));
		} catch (IllegalArgumentException e) {
			throw new UsageException("--set " + e.getMessage());
		}
	}

	/**
	 * @param values {@code KEY=VALUE} texts of {@code --set}
	 * @return the settings with them as extra settings for contributed probes and rules
	 * @throws UsageException naming a value without {@code =} or with an empty key, or a key of RDP Doctor's own
	 *                        settings (those have options)
	 */
	static DiagnosisSettings withPluginSettings(DiagnosisSettings settings, List<String> values)
			throws UsageException {
		java.util.Map<String, String> extra = new java.util.LinkedHashMap<>();
		for (String value : values) {
			int equals = value.indexOf('=');
			String key = equals < 0 ? "" : value.substring(0, equals).strip();
			if (key.isEmpty()) {
				throw new UsageException("--set '" + value + "' must be KEY=VALUE");
			}
			for (DiagnosisSetting own : DiagnosisSetting.values()) {
				if (own.key().equals(key)) {
					throw new UsageException("--set " + key + ": use " + own.option() + " for that");
				}
			}
			extra.put(key, value.substring(equals + 1));
		}
		return settings.withExtras(extra);
	}
}
