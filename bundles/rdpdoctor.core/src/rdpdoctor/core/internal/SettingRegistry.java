package rdpdoctor.core.internal;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;

import rdpdoctor.core.registry.ContributionRegistry;
import rdpdoctor.core.settings.DiagnosisSetting;
import rdpdoctor.core.settings.PluginSetting;

/** The settings plug-ins declare in {@code rdpdoctor.core.settings}, following bundles as they come and go. */
public final class SettingRegistry extends ContributionRegistry<PluginSetting> {

	/** The extension point's full id. */
	public static final String POINT = "rdpdoctor.core.settings";

	/**
	 * @param registry the extension registry
	 * @param problems receives one line per malformed contribution, the first time it is found
	 */
	public SettingRegistry(IExtensionRegistry registry, Consumer<String> problems) {
		super(registry, POINT, problems);
	}

	@Override
	protected PluginSetting read(IConfigurationElement element) {
		String key = required(element, "key");
		if (!key.matches("[A-Za-z][\\w-]*(\\.[\\w-]+){2,}")) {
			throw new IllegalArgumentException("key '" + key + "' is not qualified by its plug-in (com.example.name)");
		}
		for (DiagnosisSetting own : DiagnosisSetting.values()) {
			if (own.key().equals(key)) {
				throw new IllegalArgumentException("key '" + key + "' is RDP Doctor's own (" + own.option() + ")");
			}
		}
		PluginSetting.Type type = PluginSetting.Type.named(Optional.ofNullable(element.getAttribute("type"))
				.orElse("text"));
		long min = number(element, "min", 0);
		long max = number(element, "max", Long.MAX_VALUE);
		String description = Optional.ofNullable(element.getAttribute("description")).orElse("").strip();
		PluginSetting setting = new PluginSetting(key, type, Optional.ofNullable(element.getAttribute("label"))
				.orElse(key), description, "", min, max, element.getContributor().getName());
		String defaultValue = Optional.ofNullable(element.getAttribute("default")).orElse("");
		if (!defaultValue.isBlank()) {
			defaultValue = setting.check(defaultValue);
		}
		return new PluginSetting(key, type, setting.label(), description, defaultValue, min, max,
				setting.contributor());
	}

	private static long number(IConfigurationElement element, String name, long otherwise) {
		String text = element.getAttribute(name);
		try {
			return text == null || text.isBlank() ? otherwise : Long.parseLong(text.strip());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(name + " '" + text + "' is not a whole number");
		}
	}

	@Override
	protected String id(PluginSetting setting) {
		return setting.key();
	}

	/**
	 * @param key a setting's key
	 * @return the plug-in setting of that key, if one is declared
	 */
	public Optional<PluginSetting> find(String key) {
		return all().stream().filter(s -> s.key().equals(key)).findFirst();
	}
}
