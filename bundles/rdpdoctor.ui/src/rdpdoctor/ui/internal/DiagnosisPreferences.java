package rdpdoctor.ui.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.Installed;
import rdpdoctor.core.settings.DiagnosisDepth;
import rdpdoctor.core.settings.DiagnosisSetting;
import rdpdoctor.core.settings.PluginSetting;
import rdpdoctor.core.settings.SettingsFile;

/**
 * The diagnosis preferences (Window > Preferences > Diagnosis) and the settings they make, kept in the settings file
 * the command line reads ({@link SettingsFile}).
 */
public final class DiagnosisPreferences extends AbstractPreferenceInitializer {

	static final String NODE = "rdpdoctor.ui";

	private static SettingsFileStore store;

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(NODE);
		for (DiagnosisSetting setting : DiagnosisSetting.values()) {
			if (setting.isNumber()) {
				defaults.putInt(setting.key(), setting.defaultNumber());
			} else if (setting.isFlag()) {
				defaults.putBoolean(setting.key(), false);
			} else {
				defaults.put(setting.key(), setting == DiagnosisSetting.DEPTH ? DiagnosisDepth.FULL.id() : "");
			}
		}
	}

	/**
	 * @return the store the preference page edits: the settings file the command line reads too
	 *         ({@link SettingsFile}); the preferences of an earlier version, kept by Eclipse, fill a file not yet there
	 */
	public static synchronized IPreferenceStore store() {
		if (store == null) {
			SettingsFileStore fileStore = new SettingsFileStore(SettingsFile.location());
			fileStore.adoptOnce(new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE));
			store = fileStore;
		}
		store.declare(Installed.pluginSettings(Platform.getExtensionRegistry(),
				ContributionProblems.logOnce("plug-in settings"))); // plug-ins installed since come in
		return store;
	}

	/**
	 * @return the settings a diagnosis started now uses, each preference applied as {@link DiagnosisSetting}
	 *         declares it (one that no longer checks, such as a CA file since removed, is left at its default)
	 */
	public static DiagnosisSettings settings() {
		IPreferenceStore prefs = store();
		DiagnosisSettings settings = DiagnosisSettings.defaults();
		for (DiagnosisSetting setting : DiagnosisSetting.values()) {
			String value = setting.isNumber() ? String.valueOf(prefs.getInt(setting.key()))
					: setting.isFlag() ? String.valueOf(prefs.getBoolean(setting.key())) : prefs.getString(setting.key());
			try {
				settings = setting.apply(settings, value);
			} catch (IllegalArgumentException e) {
				// the page checked it when it was set; the default stays
			}
		}
		for (PluginSetting setting : store.plugins()) {
			String value = prefs.getString(setting.key());
			try {
				value = value.isBlank() ? setting.defaultValue() : setting.check(value);
			} catch (IllegalArgumentException e) {
				value = setting.defaultValue(); // the page checked it; the file may have been edited by hand
			}
			if (!value.isEmpty()) {
				settings = settings.withExtra(setting.key(), value);
			}
		}
		return settings;
	}

	/**
	 * @param depth how deep
	 * @return the preferences' settings at that depth (the Diagnose menu's quick sweep)
	 */
	public static DiagnosisSettings settings(DiagnosisDepth depth) {
		return depth.apply(settings());
	}
}
