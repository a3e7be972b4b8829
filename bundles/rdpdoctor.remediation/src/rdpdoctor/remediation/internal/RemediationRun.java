package rdpdoctor.remediation.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import rdpdoctor.core.Untrusted;
import rdpdoctor.remediation.internal.JournalEntry.Step;
import rdpdoctor.ssh.CommandResult;
import rdpdoctor.ssh.SshFailure;
import rdpdoctor.remediation.IRemediation;
import rdpdoctor.remediation.Plan;
import rdpdoctor.remediation.RemediationRefused;
import rdpdoctor.remediation.Snapshot;
import rdpdoctor.remediation.Remediations;

/**
 * Carries out a confirmed plan on one host, journaling every step before it runs: precondition, snapshot (kept
 * locally, owner-only), apply with a deadline, verification by diagnosing again; a failed apply is rolled back at
 * once. Rollback of an earlier action, from its snapshot, by its journal id.
 */
public final class RemediationRun {

	/** How a SNAPSHOT_TAKEN entry's detail names the snapshot's SHA-256. */
	private static final String DIGEST = "; snapshot sha256 ";

	/** Diagnoses the host again after the change. */
	@FunctionalInterface
	public interface Verifier {
		/**
		 * @return the verdict
		 * @throws Exception when the diagnosis cannot run
		 */
		Verification verify() throws Exception;
	}

	/**
	 * How an action ended.
	 *
	 * @param action   the journal id
	 * @param step     the last step recorded
	 * @param message  what happened, for the user
	 * @param snapshot where its snapshot is kept (empty when none was taken)
	 */
	public record Outcome(String action, Step step, String message, String snapshot) {

		/** @return whether the change is made and verified, or rolled back as asked */
		public boolean succeeded() {
			return step == Step.VERIFIED || step == Step.ROLLED_BACK;
		}
	}

	private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
			.withZone(ZoneOffset.UTC);
	private static final Duration CHECK_LIMIT = Duration.ofSeconds(60);
	private static final int TAIL = 600;
	private final Journal journal;
	private final String user;

	/**
	 * @param journal the audit journal
	 * @param user    who runs it: the local user and the SSH user, e.g. {@code alice as rdpadmin}
	 */
	public RemediationRun(Journal journal, String user) {
		this.journal = journal;
		this.user = user;
	}

	/**
	 * @param plan        the confirmed plan
	 * @param remediation the remediation that wrote it (for the rollback of a failed apply)
	 * @param host        runs scripts on the plan's host
	 * @param verifier    diagnoses the host again
	 * @param deadline    how long the apply script may run
	 * @return how it ended
	 * @throws IOException when the journal or snapshot cannot be written (then nothing was changed after it)
	 */
	public Outcome apply(Plan plan, IRemediation remediation, ScriptRunner host, Verifier verifier, Duration deadline)
			throws IOException {
		String action = newActionId();
		JournalEntry entry = new JournalEntry(action, Step.PLANNED, java.time.Instant.now(), user, plan.host(),
				plan.cause(), plan.remediation(), plan.hash(), "", "");
		journal.append(entry);
		Path dir = journal.makeActionDir(action);
		ActionFiles.writePlan(dir, plan);
		try {
			CommandResult check = host.run(plan.precondition(), CHECK_LIMIT);
			if (!check.succeeded()) {
				String why = "precondition failed: " + failure(check);
				journal.append(entry.next(Step.REFUSED, why));
				return new Outcome(action, Step.REFUSED, why, "");
			}
			CommandResult read = host.run(plan.snapshot(), CHECK_LIMIT);
			if (!read.succeeded() || read.truncated()) {
				String why = "the snapshot could not be taken: " + (read.truncated() ? "more than "
						+ HostScripts.MAX_OUTPUT + " bytes" : failure(read));
				journal.append(entry.next(Step.REFUSED, why));
				return new Outcome(action, Step.REFUSED, why, "");
			}
			Snapshot snapshot;
			try {
				snapshot = Snapshot.parse(read.stdout());
			} catch (IllegalArgumentException e) {
				String why = "the snapshot could not be taken: " + e.getMessage();
				journal.append(entry.next(Step.REFUSED, why));
				return new Outcome(action, Step.REFUSED, why, "");
			}
			ActionFiles.writeSnapshot(dir, snapshot);
			entry = entry.withSnapshot(dir.toString());
			journal.append(entry.next(Step.SNAPSHOT_TAKEN, snapshot.entries().size() + " entries" + DIGEST
					+ snapshot.digest()));
			journal.append(entry.next(Step.APPLY_STARTED, ""));
			CommandResult applied = host.run(plan.apply(), deadline);
			if (!applied.succeeded()) {
				String why = "the change failed: " + failure(applied);
				journal.append(entry.next(Step.APPLY_FAILED, why));
				Outcome undone = rollback(entry, plan, snapshot, remediation, host, deadline);
				return new Outcome(action, Step.APPLY_FAILED, why + "; " + undone.message(), dir.toString());
			}
			journal.append(entry.next(Step.APPLIED, tail(applied.stdout())));
		} catch (SshFailure e) {
			String why = "the connection failed: " + e.getMessage();
			List<String> ignored = new ArrayList<>();
			Step last = journal.last(action, ignored).map(JournalEntry::step).orElse(Step.PLANNED);
			Step step = last == Step.APPLY_STARTED ? Step.APPLY_FAILED : Step.REFUSED;
			journal.append(entry.next(step, why));
			return new Outcome(action, step, why + (step == Step.APPLY_FAILED ? "; the host may be half changed: "
					+ "rdpdoctor remediate --rollback " + action : ""), entry.snapshot());
		}
		Verification verdict;
		try {
			verdict = verifier.verify();
		} catch (Exception e) {
			verdict = new Verification(false, "the new diagnosis failed: " + e.getMessage());
		}
		Step step = verdict.fixed() ? Step.VERIFIED : Step.VERIFY_FAILED;
		journal.append(entry.next(step, verdict.detail()));
		return new Outcome(action, step, verdict.detail(), dir.toString());
	}

	/**
	 * Puts back what an earlier action's snapshot holds.
	 *
	 * @param action      the action's journal id
	 * @param remediations the installed remediations (to write the rollback script)
	 * @param host        runs scripts on the action's host
	 * @param deadline    how long the rollback may run
	 * @return how it ended
	 * @throws IOException when the journal, plan or snapshot cannot be read
	 * @throws RemediationRefused when there is no such action, it took no snapshot, or its remediation is not installed
	 */
	public Outcome rollback(String action, Remediations remediations, ScriptRunner host, Duration deadline)
			throws IOException, RemediationRefused {
		Rollback rollback = prepare(action, remediations);
		return rollback(rollback.last(), rollback.plan(), rollback.snapshot(), rollback.remediation(), host,
				deadline);
	}

	/**
	 * The script a rollback of an action would run, checked as {@link #rollback} checks it, for people to read first.
	 *
	 * @param action       the action's journal id
	 * @param remediations the installed remediations
	 * @return the script, as it would be sent to the host
	 * @throws IOException        when the journal, plan or snapshot cannot be read
	 * @throws RemediationRefused as {@link #rollback} refuses
	 */
	public String rollbackScript(String action, Remediations remediations) throws IOException, RemediationRefused {
		Rollback rollback = prepare(action, remediations);
		return rollback.remediation().rollback(rollback.plan(), rollback.snapshot());
	}

	/** What a rollback restores, each part checked against what the journal recorded when it was taken. */
	private record Rollback(JournalEntry last, Plan plan, Snapshot snapshot, IRemediation remediation) {
	}

	/**
	 * Reads an action's plan and snapshot and checks them: the plan's SHA-256 is the one journaled when it was
	 * confirmed, the snapshot's the one journaled when it was taken, so a rollback runs only what was planned and
	 * restores only what was read from the host.
	 */
	private Rollback prepare(String action, Remediations remediations) throws IOException, RemediationRefused {
		List<String> problems = new ArrayList<>();
		List<JournalEntry> history = journal.history(action, problems);
		JournalEntry last = journal.last(action, problems)
				.orElseThrow(() -> new RemediationRefused("no action " + action + " in " + journal.dir()));
		if (last.snapshot().isEmpty()) {
			throw new RemediationRefused("action " + action + " took no snapshot (" + last.step()
					+ "): nothing was changed");
		}
		Path dir = journal.actionDir(action);
		Plan plan = ActionFiles.readPlan(dir);
		if (!plan.hash().equals(last.planHash())) {
			throw new RemediationRefused("the plan of action " + action + " in " + dir + " is not the one journaled "
					+ "when it was confirmed (SHA-256 " + plan.hash() + ", journaled " + last.planHash()
					+ "): nothing run");
		}
		Snapshot snapshot = ActionFiles.readSnapshot(dir);
		String journaled = history.stream().filter(e -> e.step() == Step.SNAPSHOT_TAKEN)
				.map(e -> e.detail().contains(DIGEST) ? e.detail().substring(e.detail().indexOf(DIGEST)
						+ DIGEST.length()).strip() : "")
				.reduce((a, b) -> b).orElse("");
		if (journaled.isEmpty()) {
			throw new RemediationRefused("the journal holds no digest of action " + action + "'s snapshot (taken by an "
					+ "earlier version?): nothing run; its files are in " + dir);
		}
		if (!snapshot.digest().equals(journaled)) {
			throw new RemediationRefused("the snapshot of action " + action + " in " + dir + " is not the one "
					+ "journaled when it was taken (SHA-256 " + snapshot.digest() + ", journaled " + journaled
					+ "): nothing run");
		}
		IRemediation remediation = remediations.find(plan.remediation(), plan.system())
				.orElseThrow(() -> new RemediationRefused(plan.remediation() + " for " + plan.system()
						+ " is not installed: cannot write its rollback"))
				.remediation();
		return new Rollback(last, plan, snapshot, remediation);
	}

	/**
	 * @param action an action's journal id
	 * @return the host its plan was for
	 * @throws IOException when the plan cannot be read
	 */
	public Plan plan(String action) throws IOException {
		return ActionFiles.readPlan(journal.actionDir(action));
	}

	private Outcome rollback(JournalEntry entry, Plan plan, Snapshot snapshot, IRemediation remediation,
			ScriptRunner host, Duration deadline) throws IOException {
		journal.append(entry.next(Step.ROLLBACK_STARTED, ""));
		try {
			CommandResult undone = host.run(remediation.rollback(plan, snapshot), deadline);
			if (undone.succeeded()) {
				journal.append(entry.next(Step.ROLLED_BACK, tail(undone.stdout())));
				return new Outcome(entry.action(), Step.ROLLED_BACK, "rolled back: the snapshot is restored",
						entry.snapshot());
			}
			String why = "the rollback failed: " + failure(undone);
			journal.append(entry.next(Step.ROLLBACK_FAILED, why));
			return new Outcome(entry.action(), Step.ROLLBACK_FAILED, why, entry.snapshot());
		} catch (SshFailure e) {
			String why = "the rollback failed: " + e.getMessage();
			journal.append(entry.next(Step.ROLLBACK_FAILED, why));
			return new Outcome(entry.action(), Step.ROLLBACK_FAILED, why, entry.snapshot());
		}
	}

	private static String failure(CommandResult result) {
		String said = result.stderr().isBlank() ? result.stdout() : result.stderr();
		return (result.timedOut() ? "timed out after " + result.took().toMillis() + " ms"
				: "exit status " + result.exitStatus()) + (said.isBlank() ? "" : ": " + tail(said));
	}

	/** The end of what the host said, its control characters escaped (the host's words are untrusted). */
	private static String tail(String text) {
		String stripped = text.strip();
		return Untrusted.terminal(stripped.length() > TAIL ? "..." + stripped.substring(stripped.length() - TAIL)
				: stripped);
	}

	private static String newActionId() {
		byte[] random = new byte[3];
		new SecureRandom().nextBytes(random);
		return ID_TIME.format(java.time.Instant.now()) + "-" + HexFormat.of().formatHex(random);
	}
}
