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

	/** @param file the settings file, or empty for none */
	SettingsFileStore(Optional<Path> file) {
		this.file = file;
		for (DiagnosisSetting setting : DiagnosisSetting.values()) {
			setDefault(setting.key(), setting.defaultText());
		}
		file.ifPresent(f -> {
			SettingsFile.Contents contents = SettingsFile.read(f);
			contents.values().forEach((setting, value) -> putValue(setting.key(), value.value()));
			contents.problems().forEach(p -> ILog.of(SettingsFileStore.class).warn(p));
		});
		for (DiagnosisSetting setting : DiagnosisSetting.values()) {
			inFile.put(setting, getString(setting.key()));
		}
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
	}

	@Override
	public boolean needsSaving() {
		return file.isPresent() && super.needsSaving();
	}
}
