package rdpdoctor.ui.internal;

import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import rdpdoctor.core.settings.PluginSetting;

/**
 * Window > Preferences > Diagnosis > Plug-in Settings: the settings the installed plug-ins declare
 * ({@code rdpdoctor.core.settings}), each checked as declared, kept in the settings file the command line reads (where
 * {@code --set KEY=VALUE} overrides them).
 */
public class PluginSettingsPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** A grid page. */
	public PluginSettingsPreferencePage() {
		super(GRID);
		setDescription("Settings of the installed plug-ins' probes and rules (rdpdoctor diagnose --set KEY=VALUE).");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(DiagnosisPreferences.store());
	}

	@Override
	protected void createFieldEditors() {
		List<PluginSetting> declared = ((SettingsFileStore) getPreferenceStore()).plugins().stream()
				.sorted(Comparator.comparing(PluginSetting::contributor).thenComparing(PluginSetting::key)).toList();
		if (declared.isEmpty()) {
			new Label(getFieldEditorParent(), SWT.WRAP).setText("No installed plug-in declares settings.");
			return;
		}
		for (PluginSetting setting : declared) {
			String label = setting.label() + ":";
			switch (setting.type()) {
			case FLAG -> addField(new BooleanFieldEditor(setting.key(), setting.label(), getFieldEditorParent()));
			case FILE -> addField(new FileFieldEditor(setting.key(), label, getFieldEditorParent()));
			default -> addField(checked(setting, label));
			}
			getFieldEditorParent().getChildren()[getFieldEditorParent().getChildren().length - 1]
					.setToolTipText(setting.key() + " (" + setting.contributor() + "): " + setting.help());
		}
	}

	/** A text field checked as its setting declares (a number's range among it). */
	private StringFieldEditor checked(PluginSetting setting, String label) {
		return new StringFieldEditor(setting.key(), label, getFieldEditorParent()) {
			@Override
			protected boolean doCheckState() {
				if (getStringValue().isBlank()) {
					return true; // the default
				}
				try {
					setting.check(getStringValue());
					return true;
				} catch (IllegalArgumentException e) {
					setErrorMessage(e.getMessage());
					return false;
				}
			}
		};
	}
}
