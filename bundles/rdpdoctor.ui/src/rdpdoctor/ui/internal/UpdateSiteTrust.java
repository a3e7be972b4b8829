package rdpdoctor.ui.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.preference.IPreferenceStore;

import rdpdoctor.core.settings.DiagnosisSetting;
import rdpdoctor.plugins.PluginException;
import rdpdoctor.plugins.SiteTrust;

/**
 * Install New Software and Check for Updates trust the HTTPS update sites of the CA file the Diagnosis preferences
 * name ({@code tls.caFile}, the file {@code rdpdoctor plugins} reads too), besides the JDK's CAs; again whenever the
 * preference changes.
 */
final class UpdateSiteTrust {

	/** Applies the changes in the order they were made. */
	private static final java.util.concurrent.ExecutorService IN_ORDER = java.util.concurrent.Executors
			.newSingleThreadExecutor(Thread.ofVirtual().name("rdpdoctor update site trust").factory());

	private UpdateSiteTrust() {
	}

	/**
	 * Applies the preference now and after each change (once, at the workbench's start), off the UI thread: reading
	 * the JDK's CAs takes a moment nobody should wait for.
	 */
	static void follow() {
		IPreferenceStore store = DiagnosisPreferences.store();
		String now = store.getString(DiagnosisSetting.CA_FILE.key());
		IN_ORDER.execute(() -> apply(now));
		store.addPropertyChangeListener(event -> {
			if (DiagnosisSetting.CA_FILE.key().equals(event.getProperty())) {
				String changed = store.getString(DiagnosisSetting.CA_FILE.key()); // a default comes as null
				IN_ORDER.execute(() -> apply(changed));
			}
		});
	}

	private static void apply(String caFile) {
		String file = caFile == null ? "" : caFile.strip();
		try {
			SiteTrust.use(file.isEmpty() ? Optional.empty() : Optional.of(Path.of(file)));
		} catch (PluginException | java.nio.file.InvalidPathException e) {
			org.eclipse.core.runtime.ILog.get().warn("Update sites: the CA file of the Diagnosis preferences is not "
					+ "used: " + e.getMessage());
		}
	}
}
