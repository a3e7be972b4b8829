package rdpdoctor.core;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IExtensionRegistry;

import rdpdoctor.core.engine.DiagnosisEngine;
import rdpdoctor.core.engine.ProbeDescriptor;
import rdpdoctor.core.engine.ProbeSelection;
import rdpdoctor.core.internal.Contributions;
import rdpdoctor.core.internal.SettingRegistry;
import rdpdoctor.core.internal.ImporterRegistry;
import rdpdoctor.core.internal.ProbeRegistry;
import rdpdoctor.core.internal.RuleRegistry;
import rdpdoctor.core.inventory.InstalledImporter;
import rdpdoctor.core.settings.PluginSetting;
import rdpdoctor.core.settings.DiagnosisDepth;

/**
 * What the installed plug-ins contribute right now (the registries of {@code Contributions}, which follow bundles coming and going): the
 * diagnosis engine with their probes and rules, importers.
 */
public final class Installed {

	private Installed() {
	}

	/**
	 * @param registry where probes and rules are contributed
	 * @param settings the run's settings
	 * @param problems receives one line per malformed contribution, and why no engine is returned
	 * @return the engine with the probes of the settings' {@link DiagnosisDepth}, empty when no probe is installed (an
	 *         incomplete product)
	 */
	public static Optional<DiagnosisEngine> engine(IExtensionRegistry registry, DiagnosisSettings settings,
			Consumer<String> problems) {
		return engine(registry, settings, problems, DiagnosisDepth.of(settings).probes());
	}

	/**
	 * @param registry where probes and rules are contributed
	 * @param settings the run's settings
	 * @param probeIds the probes to run, with what they require ({@link ProbeSelection}); empty means all
	 * @param problems receives one line per malformed contribution, and why no engine is returned
	 * @return the engine, empty when no probe is installed (an incomplete product) or a wanted one is missing
	 */
	public static Optional<DiagnosisEngine> engine(IExtensionRegistry registry, DiagnosisSettings settings,
			Consumer<String> problems, Set<String> probeIds) {
		Contributions installed = Contributions.of(registry);
		ProbeRegistry probes = installed.probes();
		RuleRegistry rules = installed.rules();
		List<ProbeDescriptor> probesNow = probes.all();
		probes.problems().forEach(problems);
		rules.problems().forEach(problems);
		if (probesNow.isEmpty()) {
			problems.accept("no probes are installed: the product is incomplete");
			return Optional.empty();
		}
		try {
			return Optional.of(new DiagnosisEngine(ProbeSelection.of(probesNow, probeIds), rules.all(), settings)
					.withRemediations(installed.remediations()));
		} catch (IllegalArgumentException e) {
			problems.accept(e.getMessage() + ": the product is incomplete");
			return Optional.empty();
		}
	}

	/**
	 * @param registry where importers are contributed
	 * @param problems receives one line per malformed contribution
	 * @return the installed importers
	 */
	public static List<InstalledImporter> importers(IExtensionRegistry registry, Consumer<String> problems) {
		ImporterRegistry importers = Contributions.of(registry).importers();
		importers.problems().forEach(problems);
		return importers.all();
	}

	/**
	 * @param registry where plug-ins declare their settings
	 * @param problems receives one line per malformed declaration
	 * @return the settings the installed plug-ins declare, in contribution order
	 */
	public static List<PluginSetting> pluginSettings(IExtensionRegistry registry, Consumer<String> problems) {
		SettingRegistry settings = Contributions.of(registry).settings();
		settings.problems().forEach(problems);
		return settings.all();
	}

	/**
	 * The settings a run gives plug-ins, checked as they declare them: a key no installed plug-in declares, or a value
	 * of the wrong kind, is refused naming the key; a declared setting not given has its default.
	 *
	 * @param declared the settings the installed plug-ins declare ({@link #pluginSettings})
	 * @param given    the values given, by key (the command line's {@code --set}, the settings file, a preference)
	 * @return the values to put in {@link DiagnosisSettings#extra()}
	 * @throws IllegalArgumentException naming the key no plug-in declares (and those declared) or the value refused
	 */
	public static java.util.Map<String, String> pluginValues(List<PluginSetting> declared,
			java.util.Map<String, String> given) {
		java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
		for (PluginSetting setting : declared) {
			if (!setting.defaultValue().isEmpty()) {
				values.put(setting.key(), setting.defaultValue());
			}
		}
		for (java.util.Map.Entry<String, String> value : given.entrySet()) {
			PluginSetting setting = declaration(declared, value.getKey());
			values.put(setting.key(), setting.check(value.getValue()));
		}
		return values;
	}

	/**
	 * @param declared the settings the installed plug-ins declare
	 * @param key      a setting's key
	 * @return its declaration
	 * @throws IllegalArgumentException naming the key and the keys declared, when none declares it
	 */
	public static PluginSetting declaration(List<PluginSetting> declared, String key) {
		return declared.stream().filter(s -> s.key().equals(key)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException(key + ": no installed plug-in declares this setting"
						+ (declared.isEmpty() ? " (none declares any)" : " (declared: " + String.join(", ", declared
								.stream().map(PluginSetting::key).toList()) + ")")));
	}
}
