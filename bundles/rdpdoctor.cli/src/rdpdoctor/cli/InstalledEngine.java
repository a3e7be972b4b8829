package rdpdoctor.cli;

import java.io.PrintStream;
import java.util.Optional;

import org.eclipse.core.runtime.IExtensionRegistry;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.Installed;
import rdpdoctor.core.Untrusted;
import rdpdoctor.core.engine.DiagnosisEngine;

/** The diagnosis engine with the probes and rules installed right now, as diagnose and batch use it. */
final class InstalledEngine {

	private InstalledEngine() {
	}

	/**
	 * @param registry where probes and rules are contributed
	 * @param settings the run's settings
	 * @param err      receives warnings about malformed contributions, and why no engine is returned
	 * @return the engine, empty when no probe is installed (an incomplete product: exit code 3)
	 */
	static Optional<DiagnosisEngine> open(IExtensionRegistry registry, DiagnosisSettings settings, PrintStream err) {
		return Installed.engine(registry, settings, p -> err.println("rdpdoctor: " + Untrusted.terminal(p)));
	}
}
