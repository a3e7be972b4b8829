package rdpdoctor.cli;

import java.io.PrintStream;

import rdpdoctor.core.Untrusted;
import rdpdoctor.remediation.HostScripts;
import rdpdoctor.remediation.Plan;

/** A remediation plan as the terminal shows it: what, where, how, and every script in full. */
final class PlanText {

	private PlanText() {
	}

	static void print(Plan plan, String name, PrintStream out) {
		out.println("Plan for " + Untrusted.terminal(plan.host()) + " (" + plan.system() + "): " + plan.remediation()
				+ " - " + Untrusted.terminal(name) + ", fixes " + plan.cause());
		if (plan.workaround()) {
			out.println("  WORKAROUND: this lowers security on purpose; roll it back as soon as it has served.");
		}
		out.println("  " + plan.summary());
		out.println("  Runs as: " + plan.transport() + ", i.e. " + HostScripts.command(plan.system()));
		out.println("  Then: the before-state is kept locally (snapshot), the change is applied, the host is "
				+ "diagnosed again.");
		out.println("  Plan SHA-256: " + plan.hash());
		section(out, "precondition (changes nothing)", plan.precondition());
		section(out, "snapshot (changes nothing)", plan.snapshot());
		section(out, "apply", plan.apply());
	}

	private static void section(PrintStream out, String title, String script) {
		out.println("--- " + title + " ---");
		script.lines().forEach(line -> out.println(Untrusted.terminal(line)));
		out.println("--- end of " + title + " ---");
	}
}
