package rdpdoctor.cli;

import java.util.Set;

import rdpdoctor.core.DiagnosisSettings;

/**
 * How deep {@code diagnose} and {@code batch} look at each host ({@code --depth}). {@link #FULL} runs every installed
 * probe. {@link #QUICK} is a first sweep over a large fleet: DNS, TCP, the mstsc-like negotiation request alone, the
 * TLS certificate and, when the server selects NLA, the NTLM identity and clock, all over one connection per host
 * instead of 7 or more. It finds unreachable hosts and closed or filtered ports, hung listeners, refused security
 * protocols and a downgrade to legacy RDP, every certificate fault, and a wrong identity or clock behind NLA; not
 * NLA enforcement, the TLS versions or an unstable path.
 */
enum Depth {
	/** Every installed probe. */
	FULL(Set.of(), null),
	/** The certificate and NTLM probes and what they require, with the mstsc-like request only. */
	QUICK(Set.of("tls", "ntlm"), "mstsc");

	/** The probes' setting that limits the negotiation matrix (rdpdoctor.probes.net's X224Probe). */
	static final String MATRIX_SETTING = "x224.matrix";

	private final Set<String> probes;
	private final String matrix;

	Depth(Set<String> probes, String matrix) {
		this.probes = probes;
		this.matrix = matrix;
	}

	/** @param options the command's options @return the depth asked for @throws UsageException for another */
	static Depth of(Options options) throws UsageException {
		return valueOf(options.choice("--depth", "full", Set.of("full", "quick")).toUpperCase(java.util.Locale.ROOT));
	}

	/** @return the probes to run with what they require; empty for all */
	Set<String> probes() {
		return probes;
	}

	/** @param settings a run's settings @return them with this depth's probe settings */
	DiagnosisSettings apply(DiagnosisSettings settings) {
		return matrix == null ? settings : settings.withExtra(MATRIX_SETTING, matrix);
	}
}
