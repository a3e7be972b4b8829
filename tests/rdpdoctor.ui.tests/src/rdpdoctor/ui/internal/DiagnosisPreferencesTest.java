package rdpdoctor.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.eclipse.jface.preference.IPreferenceStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import rdpdoctor.core.DiagnosisSettings;

/** What Window > Preferences > Diagnosis stores is what the next diagnosis uses. */
class DiagnosisPreferencesTest {

	private final IPreferenceStore store = DiagnosisPreferences.store();

	@AfterEach
	void backToDefaults() {
		for (String key : new String[] { DiagnosisPreferences.TIMEOUT_MS, DiagnosisPreferences.CONCURRENCY,
				DiagnosisPreferences.DNS_SERVER, DiagnosisPreferences.CERT_WARN_DAYS,
				DiagnosisPreferences.STABILITY_SAMPLES }) {
			store.setToDefault(key);
		}
	}

	@Test
	void theDefaultsAreTheEnginesDefaults() {
		DiagnosisSettings settings = DiagnosisPreferences.settings();
		assertEquals(DiagnosisSettings.DEFAULT_TIMEOUT_MS, settings.timeoutMs());
		assertEquals(Optional.empty(), settings.dnsServer());
		assertEquals("30", settings.extra().get("cert.warnDays"));
	}

	@Test
	void storedValuesBecomeTheSettings() {
		store.setValue(DiagnosisPreferences.TIMEOUT_MS, 1500);
		store.setValue(DiagnosisPreferences.CONCURRENCY, 8);
		store.setValue(DiagnosisPreferences.DNS_SERVER, "10.0.0.53:5353");
		store.setValue(DiagnosisPreferences.CERT_WARN_DAYS, 60);
		store.setValue(DiagnosisPreferences.STABILITY_SAMPLES, 20);

		DiagnosisSettings settings = DiagnosisPreferences.settings();
		assertEquals(1500, settings.timeoutMs());
		assertEquals(8, settings.concurrency());
		assertEquals(Optional.of("10.0.0.53:5353"), settings.dnsServer());
		assertEquals("60", settings.extra().get("cert.warnDays"));
		assertEquals("20", settings.extra().get("stability.samples"));
	}
}
