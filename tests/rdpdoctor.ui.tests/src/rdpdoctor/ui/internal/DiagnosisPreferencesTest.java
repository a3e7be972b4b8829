package rdpdoctor.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.eclipse.jface.preference.IPreferenceStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.settings.DiagnosisDepth;
import rdpdoctor.core.settings.DiagnosisSetting;

/** What Window > Preferences > Diagnosis stores is what the next diagnosis uses. */
class DiagnosisPreferencesTest {

	private final IPreferenceStore store = DiagnosisPreferences.store();

	@AfterEach
	void backToDefaults() {
		for (DiagnosisSetting setting : DiagnosisSetting.values()) {
			store.setToDefault(setting.key());
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
		store.setValue(DiagnosisSetting.TIMEOUT_MS.key(), 1500);
		store.setValue(DiagnosisSetting.CONCURRENCY.key(), 8);
		store.setValue(DiagnosisSetting.DNS_SERVER.key(), "10.0.0.53:5353");
		store.setValue(DiagnosisSetting.CERT_WARN_DAYS.key(), 60);
		store.setValue(DiagnosisSetting.STABILITY_SAMPLES.key(), 20);

		DiagnosisSettings settings = DiagnosisPreferences.settings();
		assertEquals(1500, settings.timeoutMs());
		assertEquals(8, settings.concurrency());
		assertEquals(Optional.of("10.0.0.53:5353"), settings.dnsServer());
		assertEquals("60", settings.extra().get("cert.warnDays"));
		assertEquals("20", settings.extra().get("stability.samples"));
	}

	@Test
	void theQuickSweepIsAPreferenceAndAMenuChoice() {
		store.setValue(DiagnosisSetting.DEPTH.key(), "quick");
		assertEquals(DiagnosisDepth.QUICK, DiagnosisDepth.of(DiagnosisPreferences.settings()));
		store.setToDefault(DiagnosisSetting.DEPTH.key());
		assertEquals(DiagnosisDepth.FULL, DiagnosisDepth.of(DiagnosisPreferences.settings()));
		DiagnosisSettings quick = DiagnosisPreferences.settings(DiagnosisDepth.QUICK);
		assertEquals("mstsc", quick.extra().get(DiagnosisDepth.MATRIX_SETTING));
	}
}
