package rdpdoctor.remediation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import rdpdoctor.core.Finding;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.model.Severity;

/**
 * Whether a fix worked, from the diagnoses before and after: the finding is gone, no ERROR finding appeared that was
 * not there before, and the probes whose evidence the finding cited ran again (a finding is not "gone" because the
 * host could not be read).
 *
 * @param fixed  whether all three hold
 * @param detail what was seen, for the journal and the user
 */
public record Verification(boolean fixed, String detail) {

	/**
	 * @param before the diagnosis that found the cause
	 * @param after  the diagnosis after the change
	 * @param cause  the cause fixed
	 * @return the verdict
	 */
	public static Verification of(HostDiagnosis before, HostDiagnosis after, String cause) {
		List<String> problems = new ArrayList<>();
		if (after.findings().stream().anyMatch(f -> f.cause().equals(cause))) {
			problems.add(cause + " is still found");
		}
		Set<String> errorsBefore = before.findings().stream().filter(f -> f.severity() == Severity.ERROR)
				.map(Finding::cause).collect(Collectors.toSet());
		Set<String> newErrors = after.findings().stream().filter(f -> f.severity() == Severity.ERROR)
				.map(Finding::cause).filter(c -> !errorsBefore.contains(c)).collect(Collectors.toCollection(TreeSet::new));
		if (!newErrors.isEmpty()) {
			problems.add("new ERROR finding" + (newErrors.size() > 1 ? "s " : " ") + String.join(", ", newErrors));
		}
		for (String probe : citedProbes(before, cause)) {
			ProbeOutcome outcome = after.outcomesById().get(probe);
			ProbeOutcome was = before.outcomesById().get(probe);
			if (was != null && was.ok() && (outcome == null || !outcome.ok())) {
				problems.add("the " + probe + " probe did not run again (" + (outcome == null ? "missing"
						: outcome.status() + ": " + outcome.message()) + ")");
			}
		}
		String remaining = after.findings().stream().map(f -> f.cause() + " (" + f.severity() + ")")
				.collect(Collectors.joining(", "));
		String seen = "findings now: " + (remaining.isEmpty() ? "none" : remaining);
		return problems.isEmpty() ? new Verification(true, cause + " is gone; " + seen)
				: new Verification(false, String.join("; ", problems) + "; " + seen);
	}

	/**
	 * @param diagnosis a diagnosis
	 * @param cause     a cause
	 * @return the probes whose evidence ({@code probe.key}) the cause's findings cite, sorted
	 */
	static Set<String> citedProbes(HostDiagnosis diagnosis, String cause) {
		Set<String> cited = new TreeSet<>();
		diagnosis.findings().stream().filter(f -> f.cause().equals(cause)).flatMap(f -> f.evidence().stream())
				.filter(ref -> ref.indexOf('.') > 0).forEach(ref -> cited.add(ref.substring(0, ref.indexOf('.'))));
		return cited;
	}
}
