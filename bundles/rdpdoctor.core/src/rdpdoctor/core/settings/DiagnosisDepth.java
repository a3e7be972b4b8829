package rdpdoctor.core.settings;

import java.util.Locale;
import java.util.Set;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.WellKnownEvidence;

/**
 * How deep a run looks at each host. {@link #FULL} runs every installed probe. {@link #QUICK} is a first sweep over
 * a large fleet: DNS, TCP, the mstsc-like negotiation request alone, the TLS certificate and, when the server selects
 * NLA, the NTLM identity and clock, all over one connection per host instead of 7 or more. It finds unreachable hosts
 * and closed or filtered ports, hung listeners, refused security protocols and a downgrade to legacy RDP, every
 * certificate fault, and a wrong identity or clock behind NLA; not NLA enforcement, the TLS versions or an unstable
 * path. The same in the workbench and on the command line.
 */
public enum DiagnosisDepth {
	/** Every installed probe. */
	FULL(Set.of(), null),
	/** The certificate and NTLM probes and what they require, with the mstsc-like request only. */
	QUICK(Set.of(WellKnownEvidence.TLS_PROBE, WellKnownEvidence.NTLM_PROBE), "mstsc");

	/** The network probes' setting that limits the negotiation matrix to some requests. */
	public static final String MATRIX_SETTING = "x224.matrix";

	private final Set<String> probes;
	private final String matrix;

	DiagnosisDepth(Set<String> probes, String matrix) {
		this.probes = probes;
		this.matrix = matrix;
	}

	/**
	 * @param option the option or field, for the message
	 * @param text   {@code full} or {@code quick} (any case)
	 * @return the depth
	 * @throws IllegalArgumentException naming the option for anything else
	 */
	public static DiagnosisDepth of(String option, String text) {
		for (DiagnosisDepth depth : values()) {
			if (depth.name().equalsIgnoreCase(text)) {
				return depth;
			}
		}
		throw new IllegalArgumentException(option + " '" + text + "' must be one of full, quick");
	}

	/** @return the probes to run with what they require; empty for all */
	public Set<String> probes() {
		return probes;
	}

	/** @return the name as the command line and the settings spell it */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * @param settings a run's settings
	 * @return them with this depth's probe settings and the depth itself
	 */
	public DiagnosisSettings apply(DiagnosisSettings settings) {
		DiagnosisSettings withDepth = settings.withExtra(DiagnosisSetting.DEPTH.key(), id());
		return matrix == null ? withDepth : withDepth.withExtra(MATRIX_SETTING, matrix);
	}

	/**
	 * @param settings a run's settings
	 * @return the depth they ask for (full when they say nothing)
	 */
	public static DiagnosisDepth of(DiagnosisSettings settings) {
		return of(DiagnosisSetting.DEPTH.option(), settings.extra().getOrDefault(DiagnosisSetting.DEPTH.key(), "full"));
	}
}
