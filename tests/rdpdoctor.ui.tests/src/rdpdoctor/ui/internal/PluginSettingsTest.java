package rdpdoctor.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import rdpdoctor.core.settings.PluginSetting;

/**
 * A setting a plug-in declares (this fragment's fragment.xml, as a third party writes it) is a preference on Window >
 * Preferences > Diagnosis > Plug-in Settings, checked as declared, and reaches the next diagnosis.
 */
class PluginSettingsTest {

	private static final String KEY = "rdpdoctor.ui.tests.waitMs";
	private final SettingsFileStore store = (SettingsFileStore) DiagnosisPreferences.store();

	@AfterEach
	void backToDefault() {
		store.setToDefault(KEY);
	}

	@Test
	void aDeclaredSettingHasItsDefaultAndAStoredValueReachesTheDiagnosis() {
		PluginSetting declared = store.plugins().stream().filter(s -> s.key().equals(KEY)).findFirst().orElseThrow();
		assertEquals(PluginSetting.Type.NUMBER, declared.type());
		assertEquals("2000", DiagnosisPreferences.settings().extra().get(KEY), "its default");
		store.setValue(KEY, "750");
		assertEquals("750", DiagnosisPreferences.settings().extra().get(KEY));
		store.setValue(KEY, "70000"); // not what the page lets through (a file edited by hand)
		assertEquals("2000", DiagnosisPreferences.settings().extra().get(KEY), "a value that does not check is not"
				+ " given to the probes: the default is");
	}

	@Test
	void thePluginSettingsPageShowsTheDeclaredSettingAndRefusesAValueOutOfItsRange() {
		var shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(shell, "rdpdoctor.ui.preferences.plugins",
				null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			PluginSettingsPreferencePage page = (PluginSettingsPreferencePage) dialog.getSelectedPage();
			List<Control> controls = all(page.getControl());
			assertTrue(controls.stream().anyMatch(c -> c instanceof Label label && label.getText().equals(
					"Test wait (ms):")), "the declared label");
			Text field = (Text) controls.stream().filter(c -> c instanceof Text).findFirst().orElseThrow();
			type(field, "70000");
			assertTrue(!page.isValid(), "out of its declared range");
			assertTrue(page.getErrorMessage().contains("must be from 1 to 60000"), page.getErrorMessage());
			type(field, "750");
			assertTrue(page.isValid(), page.getErrorMessage());
		} finally {
			dialog.close();
		}
	}

	/** Puts the text in the field as typing ends: the field editor checks it when a key is released. */
	private static void type(Text field, String text) {
		field.setText(text);
		field.notifyListeners(SWT.KeyUp, new Event());
	}

	private static List<Control> all(Control control) {
		List<Control> found = new ArrayList<>(List.of(control));
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(all(child));
			}
		}
		return found;
	}
}
