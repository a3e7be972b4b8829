package rdpdoctor.ui.internal;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import rdpdoctor.core.DiagnosisSettings;

/** The diagnosis preferences (Window > Preferences > Diagnosis) and the settings they make. */
public final class DiagnosisPreferences extends AbstractPreferenceInitializer {

	static final String NODE = "rdpdoctor.ui";
	static final String TIMEOUT_MS = "timeoutMs";
	static final String CONCURRENCY = "concurrency";
	static final String DNS_SERVER = "dnsServer";
	static final String CERT_WARN_DAYS = "certWarnDays";
	static final String STABILITY_SAMPLES = "stabilitySamples";

	private static IPreferenceStore store;

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(NODE);
		defaults.putInt(TIMEOUT_MS, (int) DiagnosisSettings.DEFAULT_TIMEOUT_MS);
		defaults.putInt(CONCURRENCY, 32);
		defaults.put(DNS_SERVER, "");
		defaults.putInt(CERT_WARN_DAYS, 30);
		defaults.putInt(STABILITY_SAMPLES, 5);
	}

	/** @return the store the preference page edits */
	public static synchronized IPreferenceStore store() {
		if (store == null) {
			store = new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE);
		}
		return store;
	}

	/** @return the settings a diagnosis started now uses */
	public static DiagnosisSettings settings() {
		IPreferenceStore prefs = store();
		DiagnosisSettings settings = DiagnosisSettings.defaults().withTimeoutMs(prefs.getInt(TIMEOUT_MS))
				.withConcurrency(prefs.getInt(CONCURRENCY))
				.withExtra("cert.warnDays", String.valueOf(prefs.getInt(CERT_WARN_DAYS)))
				.withExtra("stability.samples", String.valueOf(prefs.getInt(STABILITY_SAMPLES)));
		String dns = prefs.getString(DNS_SERVER).trim();
		return dns.isEmpty() ? settings : settings.withDnsServer(dns);
	}
}
