package rdpdoctor.core.internal;

import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.core.runtime.IExtensionRegistry;

/**
 * The contributions to RDP Doctor's extension points, kept for as long as their extension registry lives: each
 * point's registry follows bundles as they are installed and uninstalled (a plug-in added from an update site is
 * there at the next diagnosis, a removed one is gone), instead of being read anew and dropped at every use.
 *
 * @noinstantiate obtained with {@link #of(IExtensionRegistry)}
 */
public final class Contributions {

	private static final Map<IExtensionRegistry, Contributions> LIVE = new WeakHashMap<>();

	private final ProbeRegistry probes;
	private final RuleRegistry rules;
	private final ImporterRegistry importers;
	private final ReportFormatRegistry reportFormats;
	private final RemediationDeclarations remediations;
	private final SettingRegistry settings;

	private Contributions(IExtensionRegistry registry) {
		probes = new ProbeRegistry(registry, problem -> { });
		rules = new RuleRegistry(registry, problem -> { });
		importers = new ImporterRegistry(registry, problem -> { });
		reportFormats = new ReportFormatRegistry(registry, problem -> { });
		remediations = new RemediationDeclarations(registry, problem -> { });
		settings = new SettingRegistry(registry, problem -> { });
	}

	/**
	 * @param registry an extension registry (the platform's, or a test's own)
	 * @return its contributions, the same object for as long as the registry lives
	 */
	public static Contributions of(IExtensionRegistry registry) {
		synchronized (LIVE) {
			return LIVE.computeIfAbsent(registry, Contributions::new);
		}
	}

	/** @return the probes contributed now */
	public ProbeRegistry probes() {
		return probes;
	}

	/** @return the rules contributed now */
	public RuleRegistry rules() {
		return rules;
	}

	/** @return the importers contributed now */
	public ImporterRegistry importers() {
		return importers;
	}

	/** @return the causes each contributed remediation fixes, on which system */
	public RemediationDeclarations remediations() {
		return remediations;
	}

	/** @return the settings plug-ins declare now */
	public SettingRegistry settings() {
		return settings;
	}

	/** @return the report formats contributed now */
	public ReportFormatRegistry reportFormats() {
		return reportFormats;
	}
}
