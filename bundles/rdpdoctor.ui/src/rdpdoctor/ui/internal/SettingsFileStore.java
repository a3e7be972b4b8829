package rdpdoctor.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceStore;

import rdpdoctor.core.settings.DiagnosisSetting;
import rdpdoctor.core.settings.PluginSetting;
import rdpdoctor.core.settings.SettingsFile;

/**
 * The diagnosis preferences as a JFace store over the settings file ({@link SettingsFile}) the command line reads:
 * loaded from it, saved into it (the file's other lines kept, the file replaced whole). Values the file leaves out
 * (a bad line) are the defaults here, as they are for the command line. Without a file location it keeps its values
 * in memory.
 */
final class SettingsFileStore extends PreferenceStore {

	private final Optional<Path> file;
	/** Each setting's value as the file last had it (the default's text when it had none): what a save compares. */
	private final Map<DiagnosisSetting, String> inFile = new EnumMap<>(DiagnosisSetting.class);
	/** The plug-in settings the file held when read, by key. */
	private final Map<String, SettingsFile.Value> pluginsInFile = new java.util.HashMap<>();
	/** The declared plug-in settings this store holds, with their value as the file last had it. */
	private final Map<PluginSetting, String> plugins = new java.util.LinkedHashMap<>();

	/** @param file the settings file, or empty for none */
	SettingsFileStore(Optional<Path> file) {
		this.file = file;
		for (DiagnosisSetting setting : DiagnosisSetting.values()) {
			setDefault(setting.key(), setting.defaultText());
		}
		file.ifPresent(f -> {
			SettingsFile.Contents contents = SettingsFile.read(f);
			contents.values().forEach((setting, value) -> putValue(setting.key(), value.value()));
			pluginsInFile.putAll(contents.plugins());
			contents.problems().forEach(p -> ILog.of(SettingsFileStore.class).warn(p));
		});
		for (DiagnosisSetting setting : DiagnosisSetting.values()) {
			inFile.put(setting, getString(setting.key()));
		}
	}

	/**
	 * Holds the settings the installed plug-ins declare: their defaults, and the file's values where they check (a
	 * value that does not is logged and left at the default).
	 *
	 * @param declared the plug-in settings declared now
	 */
	synchronized void declare(java.util.List<PluginSetting> declared) {
		for (PluginSetting setting : declared) {
			if (plugins.containsKey(setting)) {
				continue;
			}
			setDefault(setting.key(), setting.defaultValue());
			SettingsFile.Value value = pluginsInFile.get(setting.key());
			if (value != null) {
				try {
					putValue(setting.key(), setting.check(value.value()));
				} catch (IllegalArgumentException e) {
					ILog.of(SettingsFileStore.class).warn(file.map(Path::toString).orElse("") + ":" + value.line()
							+ ": " + e.getMessage() + "; ignored");
				}
			}
			plugins.put(setting, getString(setting.key()));
		}
	}

	/** @return the plug-in settings this store holds */
	synchronized java.util.Set<PluginSetting> plugins() {
		return java.util.Set.copyOf(plugins.keySet());
	}

	/**
	 * Takes the preferences an earlier version kept in Eclipse's own store, once: when the settings file does not exist
	 * yet and that store holds any, they are written into it.
	 *
	 * @param old the earlier store
	 */
	void adoptOnce(IPreferenceStore old) {
		if (file.isEmpty() || Files.exists(file.get())) {
			return;
		}
		boolean any = false;
		for (DiagnosisSetting setting : DiagnosisSetting.values()) {
			if (!old.isDefault(setting.key()) && old.contains(setting.key())) {
				putValue(setting.key(), old.getString(setting.key()));
				any = true;
			}
		}
		if (any) {
			try {
				save();
			} catch (IOException e) {
				ILog.of(SettingsFileStore.class).error("cannot write " + file.get(), e);
			}
		}
	}

	/**
	 * Writes the settings edited since the file was read into it (a default removes its line); the file's other
	 * lines, a line left out as malformed among them, stay as they are.
	 */
	@Override
	public void save() throws IOException {
		if (file.isEmpty()) {
			return;
		}
		Map<DiagnosisSetting, String> changed = new EnumMap<>(DiagnosisSetting.class);
		for (DiagnosisSetting setting : DiagnosisSetting.values()) {
			String now = getString(setting.key());
			if (!now.equals(inFile.get(setting))) {
				changed.put(setting, now);
			}
		}
		if (!changed.isEmpty()) {
			SettingsFile.write(file.get(), changed);
			inFile.putAll(changed);
		}
		savePlugins();
	}

	private synchronized void savePlugins() throws IOException {
		Map<PluginSetting, String> changed = new java.util.LinkedHashMap<>();
		plugins.forEach((setting, before) -> {
			String now = getString(setting.key());
			if (!now.equals(before)) {
				changed.put(setting, now);
			}
		});
		if (!changed.isEmpty()) {
			SettingsFile.writePluginSettings(file.get(), changed);
			plugins.putAll(changed);
		}
	}

	@Override
	public boolean needsSaving() {
		return file.isPresent() && super.needsSaving();
	}
}
