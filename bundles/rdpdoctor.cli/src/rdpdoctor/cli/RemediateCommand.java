package rdpdoctor.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.NullProgressMonitor;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.Target;
import rdpdoctor.core.Untrusted;
import rdpdoctor.core.engine.DiagnosisEngine;
import rdpdoctor.ssh.host.HostLogin;
import rdpdoctor.remediation.internal.HostFix;
import rdpdoctor.remediation.internal.Journal;
import rdpdoctor.remediation.internal.PlanText;
import rdpdoctor.remediation.internal.JournalEntry;
import rdpdoctor.remediation.Plan;

import rdpdoctor.remediation.RemediationRefused;
import rdpdoctor.remediation.internal.RemediationRun;
import rdpdoctor.remediation.Remediations;

import rdpdoctor.ssh.SshFailure;

/**
 * {@code rdpdoctor remediate TARGET --cause ID (--plan | --apply [--yes])} and {@code rdpdoctor remediate --rollback
 * ACTION}: the documented fix of a cause the diagnosis found, plan shown first, journaled, verified by diagnosing
 * again; {@code --format json} prints the plan and outcome as {@code docs/schemas/remediate.schema.json} describes.
 * Exit codes: 0 fixed and verified (or nothing to fix, or the plan printed), 1 not fixed or verification
 * failed, 2 refused (nothing changed) or bad usage, 3 internal failure.
 */
final class RemediateCommand {

	static final String EXIT_CODES = "Exit codes: 0 fixed and verified, nothing to fix, or plan printed; 1 not fixed "
			+ "or verification failed; 2 refused (nothing changed) or bad usage; 3 internal failure.";

	private final PrintStream out;
	private final PrintStream err;
	private final IExtensionRegistry registry;
	private final BufferedReader in;
	/** What is printed at the end with {@code --format json}; null for text. */
	private JsonObject json;

	RemediateCommand(PrintStream out, PrintStream err, IExtensionRegistry registry, BufferedReader in) {
		this.out = out;
		this.err = err;
		this.registry = registry;
		this.in = in;
	}

	int run(Options options) throws UsageException {
		Journal journal = journal(options);
		json = options.output(true, Options.TEXT_OR_JSON).equals("json") ? new JsonObject() : null;
		DiagnosisSettings settings = DiagnoseCommand.settings(options, 1);
		if (HostLogin.user(settings).isEmpty()) {
			throw new UsageException("remediate needs --ssh-user: the fix runs on the host over SSH");
		}
		Duration deadline = Duration.ofMillis(options.intValue("--apply-timeout-ms", 120_000, 1_000, 3_600_000));
		warnInterrupted(journal);
		String rollback = options.named.get("--rollback");
		if (rollback != null) {
			if (!options.positional.isEmpty()) {
				throw new UsageException("--rollback takes an action id, not a TARGET");
			}
			return printed(rollback(rollback, journal, settings, deadline));
		}
		if (options.positional.size() != 1) {
			throw new UsageException("remediate needs one TARGET (or --rollback ACTION)");
		}
		String cause = options.named.get("--cause");
		if (cause == null || !cause.matches("[A-Z][A-Z0-9_]{1,63}")) {
			throw new UsageException("remediate needs --cause ID, a cause as findings name it (e.g. CERT_EXPIRED)");
		}
		boolean plan = options.named.containsKey("--plan");
		boolean apply = options.named.containsKey("--apply");
		if (plan == apply) {
			throw new UsageException("remediate needs --plan or --apply");
		}
		Target target;
		try {
			target = Target.parse(options.positional.get(0), Target.DEFAULT_RDP_PORT);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		if (json != null) {
			json.addProperty("mode", apply ? "apply" : "plan");
			json.addProperty("host", target.host());
			json.addProperty("cause", cause);
		}
		return printed(remediate(target, cause, apply, options.named.containsKey("--yes"), journal, settings,
				deadline));
	}

	/** Prints the JSON result, when one is asked for, as {@code docs/schemas/remediate.schema.json} describes. */
	private int printed(int code) {
		if (json != null) {
			json.addProperty("exitCode", code);
			JsonOutput.print(out, json);
		}
		return code;
	}

	/** A line for people; with JSON output it goes to the JSON's messages instead. */
	private void say(String line) {
		if (json == null) {
			out.println(line);
			return;
		}
		if (!json.has("messages")) {
			json.add("messages", new JsonArray());
		}
		json.getAsJsonArray("messages").add(line);
	}

	private void add(Plan plan, String name) {
		if (json == null) {
			PlanText.lines(plan, name).forEach(line -> out.println(Untrusted.terminal(line)));
			return;
		}
		JsonObject p = com.google.gson.JsonParser.parseString(plan.toJson()).getAsJsonObject(); // the journal's form
		p.addProperty("name", name);
		p.addProperty("hash", plan.hash());
		json.add("plan", p);
	}

	private void add(RemediationRun.Outcome outcome) {
		if (json != null) {
			JsonObject o = new JsonObject();
			o.addProperty("action", outcome.action());
			o.addProperty("step", outcome.step().name());
			o.addProperty("message", outcome.message());
			json.add("outcome", o);
		}
	}

	private int remediate(Target target, String cause, boolean apply, boolean yes, Journal journal,
			DiagnosisSettings settings, Duration deadline) {
		Optional<DiagnosisEngine> engine = InstalledEngine.open(registry, settings, err);
		if (engine.isEmpty()) {
			return ExitCodes.INTERNAL;
		}
		String host = Untrusted.terminal(target.host());
		HostDiagnosis before = engine.get().diagnose(List.of(target), null, new NullProgressMonitor()).get(0);
		Remediations remediations = Remediations.of(registry);
		remediations.problems().forEach(p -> err.println("rdpdoctor: " + Untrusted.terminal(p)));
		HostFix.Planned planned;
		try {
			planned = HostFix.plan(before, cause, remediations);
		} catch (HostFix.NoPlan e) {
			if (e.nothingToFix()) {
				say(e.getMessage());
				if (json != null) {
					json.addProperty("nothingToFix", true);
				}
				return ExitCodes.OK;
			}
			err.println("rdpdoctor remediate: " + e.getMessage());
			if (json != null) {
				json.addProperty("refused", e.getMessage());
			}
			return ExitCodes.USAGE;
		}
		add(planned.plan(), planned.descriptor().name());
		if (!apply) {
			return ExitCodes.OK;
		}
		if (!yes && !confirmed(host)) {
			err.println("rdpdoctor remediate: " + host + ": not confirmed, nothing changed"
					+ (System.console() == null ? " (no terminal to ask: add --yes)" : ""));
			return ExitCodes.USAGE;
		}
		try {
			return report(host, cause, HostFix.apply(planned, settings, engine.get(), journal, deadline));
		} catch (SshFailure e) {
			err.println("rdpdoctor remediate: " + host + ": refused, nothing changed: "
					+ Untrusted.terminal(e.getMessage()));
			return ExitCodes.USAGE;
		} catch (IOException e) {
			err.println("rdpdoctor remediate: the journal in " + journal.dir() + " cannot be written: "
					+ Untrusted.terminal(String.valueOf(e.getMessage())));
			return ExitCodes.INTERNAL;
		}
	}

	private int rollback(String action, Journal journal, DiagnosisSettings settings, Duration deadline) {
		Plan plan;
		try {
			plan = new RemediationRun(journal, HostFix.who(settings)).plan(action);
		} catch (IOException e) {
			err.println("rdpdoctor remediate: no plan of action " + Untrusted.terminal(action) + " in "
					+ journal.dir() + " (" + Untrusted.terminal(String.valueOf(e.getMessage())) + ")");
			return ExitCodes.USAGE;
		}
		String host = Untrusted.terminal(plan.host());
		Remediations remediations = Remediations.of(registry);
		remediations.problems().forEach(p -> err.println("rdpdoctor: " + Untrusted.terminal(p)));
		try {
			String script = new RemediationRun(journal, HostFix.who(settings)).rollbackScript(action, remediations);
			if (json == null) {
				out.println("Rollback of action " + action + " (" + Untrusted.terminal(plan.remediation() + " of "
						+ plan.cause()) + ") on " + host + ": this script runs on the host (" + plan.transport() + "):");
				script.lines().forEach(line -> out.println("    " + Untrusted.terminal(line)));
			} else {
				json.addProperty("rollbackScript", script);
			}
			RemediationRun.Outcome outcome = HostFix.rollback(action, settings, journal, remediations, deadline);
			if (json != null) {
				json.addProperty("mode", "rollback");
				json.addProperty("host", plan.host());
				json.addProperty("cause", plan.cause());
				add(outcome);
			}
			say(host + ": " + Untrusted.terminal(plan.remediation() + " of " + plan.cause()) + " (action " + action
					+ "): " + outcome.message());
			return outcome.step() == JournalEntry.Step.ROLLED_BACK ? ExitCodes.OK : ExitCodes.FINDINGS;
		} catch (RemediationRefused | SshFailure e) {
			err.println("rdpdoctor remediate: " + host + ": rollback refused, nothing changed: "
					+ Untrusted.terminal(e.getMessage()));
			return ExitCodes.USAGE;
		} catch (IOException e) {
			err.println("rdpdoctor remediate: action " + Untrusted.terminal(action) + ": "
					+ Untrusted.terminal(String.valueOf(e.getMessage())));
			return ExitCodes.INTERNAL;
		}
	}

	private int report(String host, String cause, RemediationRun.Outcome outcome) {
		add(outcome);
		String line = host + ": " + cause + " (action " + outcome.action() + "): ";
		switch (outcome.step()) {
		case VERIFIED -> {
			say(line + "fixed and verified: " + outcome.message());
			say("Undo with: rdpdoctor remediate --rollback " + outcome.action());
			return ExitCodes.OK;
		}
		case REFUSED -> {
			err.println("rdpdoctor remediate: " + line + "refused, nothing changed: " + outcome.message());
			return ExitCodes.USAGE;
		}
		case VERIFY_FAILED -> {
			say(line + "applied, but the verification failed: " + outcome.message());
			say("Undo with: rdpdoctor remediate --rollback " + outcome.action());
			return ExitCodes.FINDINGS;
		}
		default -> {
			say(line + outcome.step() + ": " + outcome.message());
			return ExitCodes.FINDINGS;
		}
		}
	}

	/** @return the journal --journal names, or the default one */
	static Journal journal(Options options) {
		return new Journal(Optional.ofNullable(options.named.get("--journal")).map(java.nio.file.Path::of)
				.orElseGet(Journal::defaultDir));
	}

	private boolean confirmed(String host) {
		Console console = System.console();
		if (console == null || in == null) {
			return false;
		}
		PrintStream prompt = json == null ? out : err; // standard output holds only the JSON
		prompt.print("Apply this plan to " + host + "? Type yes to go on: ");
		prompt.flush();
		try {
			String answer = in.readLine();
			return answer != null && answer.strip().equals("yes");
		} catch (IOException e) {
			return false;
		}
	}

	private void warnInterrupted(Journal journal) {
		List<String> problems = new ArrayList<>();
		try {
			for (JournalEntry last : journal.interrupted(problems)) {
				err.println("rdpdoctor remediate: action " + last.action() + " on " + Untrusted.terminal(last.host())
						+ " was interrupted at " + last.step() + ": its snapshot is kept; roll back with: "
						+ "rdpdoctor remediate --rollback " + last.action());
			}
		} catch (IOException e) {
			problems.add(journal.dir() + ": " + e.getMessage());
		}
		problems.forEach(p -> err.println("rdpdoctor remediate: " + Untrusted.terminal(p)));
	}
}
