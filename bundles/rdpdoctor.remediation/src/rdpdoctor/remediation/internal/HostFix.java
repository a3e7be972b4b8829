package rdpdoctor.remediation.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.Untrusted;
import rdpdoctor.core.engine.DiagnosisEngine;
import rdpdoctor.ssh.host.HostLogin;
import rdpdoctor.ssh.SshConnection;
import rdpdoctor.ssh.SshFailure;
import rdpdoctor.ssh.host.HostSystem;
import rdpdoctor.remediation.Plan;
import rdpdoctor.remediation.RemediationHost;
import rdpdoctor.remediation.RemediationRefused;
import rdpdoctor.remediation.Remediations;

/**
 * One host's remediation as the command line and the workbench carry it out: the plan from its diagnosis, then the
 * apply over a fresh login with the host's SSH settings, verified by diagnosing it again.
 */
public final class HostFix {

	private static final Duration LOGIN_LIMIT = Duration.ofSeconds(20);
	/**
	 * Probes the verifying diagnosis leaves out unless the finding fixed cites them: no fix changes the host's past
	 * events or the network's jitter, and reading a day of logs and timing handshakes cost every host of a batch.
	 */
	static final Set<String> NOT_TOUCHED_BY_FIXES = Set.of("events", "stability");

	/**
	 * A plan ready to show or apply.
	 *
	 * @param before     the diagnosis that found the cause
	 * @param descriptor the remediation chosen
	 * @param plan       its plan for the host
	 */
	public record Planned(HostDiagnosis before, Remediations.Descriptor descriptor, Plan plan) {
	}

	/** Why a host gets no plan: nothing to fix (fine) or a refusal; nothing was changed either way. */
	public static final class NoPlan extends Exception {
		private static final long serialVersionUID = 1L;
		private final boolean nothingToFix;

		NoPlan(String message, boolean nothingToFix) {
			super(message);
			this.nothingToFix = nothingToFix;
		}

		/** @return whether the cause was not found: nothing to fix, which is no failure */
		public boolean nothingToFix() {
			return nothingToFix;
		}
	}

	private HostFix() {
	}

	/**
	 * @param before       the host's diagnosis (with its ssh probe)
	 * @param cause        the cause to fix
	 * @param remediations the installed remediations
	 * @return the plan
	 * @throws NoPlan when the cause is not found (nothing to fix), or the host cannot be fixed this way
	 */
	public static Planned plan(HostDiagnosis before, String cause, Remediations remediations) throws NoPlan {
		String host = Untrusted.terminal(before.target().host());
		ProbeOutcome ssh = before.outcomesById().get("ssh");
		if (ssh == null || !ssh.ok()) {
			throw new NoPlan(host + ": refused, nothing changed: the host could not be read over SSH ("
					+ (ssh == null ? "no ssh probe" : Untrusted.terminal(ssh.message())) + ")", false);
		}
		if (before.findings().stream().noneMatch(f -> f.cause().equals(cause))) {
			throw new NoPlan(host + ": no " + cause + " finding: nothing to fix", true);
		}
		HostSystem system = HostSystem.named(ssh.text("system").orElse(null));
		List<Remediations.Descriptor> found = remediations.forCause(cause, system);
		if (found.isEmpty()) {
			throw new NoPlan(host + ": refused: no remediation for " + cause + " on " + system + " is installed",
					false);
		}
		try {
			Remediations.Descriptor chosen = found.get(0);
			Plan plan = chosen.remediation().plan(new RemediationHost(before.target(), cause, system, before));
			return new Planned(before, chosen, plan.withWorkaround(chosen.workaround())); // as plugin.xml declares
		} catch (RemediationRefused e) {
			throw new NoPlan(host + ": refused, nothing changed: " + Untrusted.terminal(e.getMessage()), false);
		}
	}

	/**
	 * Logs in with the host's settings and carries the plan out, journaled; the verifying diagnosis runs every probe
	 * but those no fix touches (events and stability), those too when the finding fixed cites them.
	 *
	 * @param planned  the confirmed plan
	 * @param settings the host's settings (its own SSH user and port included)
	 * @param engine   diagnoses the host again to verify
	 * @param journal  the audit journal
	 * @param deadline the apply step's deadline
	 * @return how it ended
	 * @throws SshFailure  when the login fails (nothing changed)
	 * @throws IOException when the journal or snapshot cannot be written
	 */
	public static RemediationRun.Outcome apply(Planned planned, DiagnosisSettings settings, DiagnosisEngine engine,
			Journal journal, Duration deadline) throws SshFailure, IOException {
		Plan plan = planned.plan();
		DiagnosisEngine verifier = engine.withoutProbes(leftOutOfVerification(planned.before(), plan.cause()));
		try (SshConnection connection = HostLogin.connect(settings, plan.host(), LOGIN_LIMIT)) {
			return new RemediationRun(journal, who(settings)).apply(plan, planned.descriptor().remediation(),
					new HostScripts(connection, plan.system()), () -> Verification.of(planned.before(),
							diagnose(verifier, planned.before()), plan.cause()), deadline);
		}
	}

	/**
	 * @param before the diagnosis that found the cause
	 * @param cause  the cause fixed
	 * @return the probes the verifying diagnosis leaves out: those no fix touches that the cause's findings do not
	 *         cite
	 */
	public static Set<String> leftOutOfVerification(HostDiagnosis before, String cause) {
		Set<String> left = new java.util.HashSet<>(NOT_TOUCHED_BY_FIXES);
		left.removeAll(Verification.citedProbes(before, cause));
		return left;
	}

	/**
	 * Rolls a journaled action back from its snapshot, logging in to its plan's host with the given settings.
	 *
	 * @param action       the action's journal id
	 * @param settings     the host's settings (SSH user, port, ...)
	 * @param journal      the audit journal
	 * @param remediations the installed remediations
	 * @param deadline     the rollback's deadline
	 * @return how it ended
	 * @throws SshFailure         when the login fails (nothing changed)
	 * @throws RemediationRefused when the action is unknown, took no snapshot, or its remediation is not installed
	 * @throws IOException        when the journal, plan or snapshot cannot be read
	 */
	public static RemediationRun.Outcome rollback(String action, DiagnosisSettings settings, Journal journal,
			Remediations remediations, Duration deadline) throws SshFailure, RemediationRefused, IOException {
		RemediationRun run = new RemediationRun(journal, who(settings));
		Plan plan = run.plan(action);
		run.rollbackScript(action, remediations); // checked before anything connects
		try (SshConnection connection = HostLogin.connect(settings, plan.host(), LOGIN_LIMIT)) {
			return run.rollback(action, remediations, new HostScripts(connection, plan.system()), deadline);
		}
	}

	/**
	 * @param engine the engine (with the host's settings)
	 * @param before the diagnosis to repeat
	 * @return the host diagnosed again, with the same target
	 */
	public static HostDiagnosis diagnose(DiagnosisEngine engine, HostDiagnosis before) {
		return engine.diagnose(List.of(before.target()), null, new NullProgressMonitor()).get(0);
	}

	/**
	 * @param settings the run's settings
	 * @return who acts: the local user and the SSH user
	 */
	public static String who(DiagnosisSettings settings) {
		return System.getProperty("user.name", "?") + " as " + HostLogin.user(settings).orElse("?");
	}
}
