package rdpdoctor.remediation.internal;

import java.util.ArrayList;
import java.util.List;
import rdpdoctor.remediation.Plan;

/**
 * A plan as people read it, on the command line and in the workbench: what, where, how, and every script in full
 * (the start the scripts share shown once). The lines hold the host's own text: escape them for where they go.
 */
public final class PlanText {

	private PlanText() {
	}

	/**
	 * @param plan the plan
	 * @param name the remediation's name
	 * @return its lines
	 */
	public static List<String> lines(Plan plan, String name) {
		List<String> lines = new ArrayList<>();
		lines.add("Plan for " + plan.host() + " (" + plan.system() + "): " + plan.remediation() + " - " + name
				+ ", fixes " + plan.cause());
		if (plan.workaround()) {
			lines.add("  WORKAROUND: this lowers security on purpose; roll it back as soon as it has served.");
		}
		lines.add("  " + plan.summary());
		lines.add("  Runs as: " + plan.transport() + ", i.e. " + HostScripts.command(plan.system()));
		lines.add("  Then: the before-state is kept locally (snapshot), the change is applied, the host is "
				+ "diagnosed again.");
		lines.add("  Plan SHA-256: " + plan.hash());
		int shared = sharedLines(plan.precondition(), plan.snapshot(), plan.apply());
		section(lines, "the start of every script: functions and the host's facts", plan.apply().substring(0, shared));
		section(lines, "precondition (changes nothing), after that start", plan.precondition().substring(shared));
		section(lines, "snapshot (changes nothing), after that start", plan.snapshot().substring(shared));
		section(lines, "apply, after that start", plan.apply().substring(shared));
		return lines;
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

	private static void section(List<String> lines, String title, String script) {
		lines.add("--- " + title + " ---");
		script.lines().forEach(lines::add);
		lines.add("--- end of " + title + " ---");
	}
}
