package rdpdoctor.ui.internal;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import rdpdoctor.core.DnsServerAddress;

/** Window > Preferences > Diagnosis: deadlines, concurrency, DNS server, certificate warning, stability samples. */
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
		integer(DiagnosisPreferences.TIMEOUT_MS, "Deadline per probe (ms):", 100, 120_000);
		integer(DiagnosisPreferences.CONCURRENCY, "Hosts diagnosed at once:", 1, 1024);
		addField(new StringFieldEditor(DiagnosisPreferences.DNS_SERVER, "DNS server (IP[:port], empty = system):",
				getFieldEditorParent()) {
			@Override
			protected boolean doCheckState() {
				String text = getStringValue().trim();
				if (text.isEmpty()) {
					return true;
				}
				try {
					DnsServerAddress.parse(text);
					return true;
				} catch (IllegalArgumentException e) {
					setErrorMessage(e.getMessage());
					return false;
				}
			}
		});
		integer(DiagnosisPreferences.CERT_WARN_DAYS, "Warn when the certificate expires within (days):", 1, 3650);
		integer(DiagnosisPreferences.STABILITY_SAMPLES, "Stability samples (connections per host):", 0, 1000);
	}

	private void integer(String key, String label, int min, int max) {
		IntegerFieldEditor field = new IntegerFieldEditor(key, label, getFieldEditorParent());
		field.setValidRange(min, max);
		field.setErrorMessage(label.replace(":", "") + " must be between " + min + " and " + max);
		addField(field);
	}
}
