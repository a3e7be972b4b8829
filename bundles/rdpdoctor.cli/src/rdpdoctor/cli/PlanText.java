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
		int shared = sharedLines(plan.precondition(), plan.snapshot(), plan.apply());
		section(out, "the start of every script: functions and the host's facts", plan.apply().substring(0, shared));
		section(out, "precondition (changes nothing), after that start", plan.precondition().substring(shared));
		section(out, "snapshot (changes nothing), after that start", plan.snapshot().substring(shared));
		section(out, "apply, after that start", plan.apply().substring(shared));
	}

	/** @return the length of the whole lines the scripts start with alike */
	private static int sharedLines(String... scripts) {
		int end = 0;
		for (int i = 0; i < scripts[0].length(); i++) {
			char c = scripts[0].charAt(i);
			for (String other : scripts) {
				if (i >= other.length() || other.charAt(i) != c) {
					return end;
				}
			}
			if (c == '\n') {
				end = i + 1;
			}
		}
		return end;
	}

	private static void section(PrintStream out, String title, String script) {
		out.println("--- " + title + " ---");
		script.lines().forEach(line -> out.println(Untrusted.terminal(line)));
		out.println("--- end of " + title + " ---");
	}
}
