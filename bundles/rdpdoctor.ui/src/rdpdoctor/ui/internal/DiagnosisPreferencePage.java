package rdpdoctor.ui.internal;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.settings.DiagnosisDepth;
import rdpdoctor.core.settings.DiagnosisSetting;

/**
 * Window > Preferences > Diagnosis: every {@link DiagnosisSetting} (deadline, concurrency, DNS server, CA file,
 * certificate warning, stability samples, depth), made from the same declarations as the command line's options.
 */
public class DiagnosisPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** A grid page. */
	public DiagnosisPreferencePage() {
		super(GRID);
		setDescription("Settings for every diagnosis started from the workbench.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(DiagnosisPreferences.store());
	}

	@Override
	protected void createFieldEditors() {
		for (DiagnosisSetting setting : DiagnosisSetting.values()) { // as declared once for the command line too
			if (setting.isNumber()) {
				integer(setting.key(), setting.label() + ":", setting.min(), setting.max());
			} else if (setting.isFlag()) {
				addField(new BooleanFieldEditor(setting.key(), setting.label(), getFieldEditorParent()));
			} else if (setting == DiagnosisSetting.DEPTH) {
				addField(new ComboFieldEditor(setting.key(), setting.label() + ":", new String[][] {
						{ "Full", DiagnosisDepth.FULL.id() }, { "Quick sweep", DiagnosisDepth.QUICK.id() } },
						getFieldEditorParent()));
			} else {
				addField(checkedText(setting));
			}
		}
	}

	/** A text field checked as its setting declares. */
	private StringFieldEditor checkedText(DiagnosisSetting setting) {
		return new StringFieldEditor(setting.key(), setting.label() + ":", getFieldEditorParent()) {
			@Override
			protected boolean doCheckState() {
				try {
					setting.apply(DiagnosisSettings.defaults(), getStringValue());
					return true;
				} catch (IllegalArgumentException e) {
					setErrorMessage(e.getMessage());
					return false;
				}
			}
		};
	}

	private void integer(String key, String label, int min, int max) {
		IntegerFieldEditor field = new IntegerFieldEditor(key, label, getFieldEditorParent());
		field.setValidRange(min, max);
		field.setErrorMessage(label.replace(":", "") + " must be between " + min + " and " + max);
		addField(field);
	}
}
