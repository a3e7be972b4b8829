package rdpdoctor.core;

import java.util.List;
import java.util.Objects;

import rdpdoctor.model.Severity;

/**
 * A cause that a rule concluded from evidence.
 *
 * @param cause        the cause ID from the catalog (see {@link Causes}); IDs are API
 * @param severity     ERROR (broken), WARNING (at risk), INFO (worth knowing)
 * @param confidence   0..1, how sure the rule is
 * @param title        one line naming the problem
 * @param explanation  plain words: what is wrong, which evidence shows it, what the client shows, what fixes it
 * @param evidence     the evidence cited, as {@code probeId.key}
 * @param remediations ids of remediations that address the cause
 * @param considered   other causes the same evidence could point to, which this more specific one rules out or
 *                     cannot tell apart without host access
 * @param causedBy     the causes among the same host's findings that explain this one (a closed port explained by a
 *                     stopped service); empty for a root cause. The engine sets it ({@link #withCausedBy}), rules do not
 */
public record Finding(String cause, Severity severity, double confidence, String title, String explanation,
		List<String> evidence, List<String> remediations, List<String> considered, List<String> causedBy) {

	/** Checks and copies the values. */
	public Finding {
		Objects.requireNonNull(cause, "cause");
		Objects.requireNonNull(severity, "severity");
		if (confidence < 0 || confidence > 1) {
			throw new IllegalArgumentException("confidence " + confidence + " is outside 0..1");
		}
		title = title == null ? cause : title;
		explanation = explanation == null ? "" : explanation;
		evidence = List.copyOf(evidence);
		remediations = List.copyOf(remediations);
		considered = List.copyOf(considered);
		causedBy = List.copyOf(causedBy);
	}

	/**
	 * A finding no other explains yet, as rules make them.
	 *
	 * @param cause        the cause ID
	 * @param severity     the severity
	 * @param confidence   0..1
	 * @param title        one line
	 * @param explanation  plain words
	 * @param evidence     the evidence cited
	 * @param remediations the remediations
	 * @param considered   the causes set aside
	 */
	public Finding(String cause, Severity severity, double confidence, String title, String explanation,
			List<String> evidence, List<String> remediations, List<String> considered) {
		this(cause, severity, confidence, title, explanation, evidence, remediations, considered, List.of());
	}

	/**
	 * @param declared remediations declared for this finding's cause
	 * @return this finding naming them after those it names already
	 */
	public Finding withRemediations(List<String> declared) {
		if (remediations.containsAll(declared)) {
			return this;
		}
		List<String> all = new java.util.ArrayList<>(remediations);
		declared.stream().filter(id -> !all.contains(id)).forEach(all::add);
		return new Finding(cause, severity, confidence, title, explanation, evidence, all, considered, causedBy);
	}

	/**
	 * @param causes the causes among the host's findings that explain this one
	 * @return this finding with them
	 */
	public Finding withCausedBy(List<String> causes) {
		return new Finding(cause, severity, confidence, title, explanation, evidence, remediations, considered, causes);
	}

	/**
	 * @param references evidence references ({@code probe.key}) of the host's own evidence bearing on this finding
	 * @param sentence   one sentence saying what they show, added to the explanation
	 * @return this finding citing them
	 */
	public Finding withHostEvidence(List<String> references, String sentence) {
		List<String> more = new java.util.ArrayList<>(evidence);
		references.stream().filter(r -> !more.contains(r)).forEach(more::add);
		return new Finding(cause, severity, confidence, title, explanation + " " + sentence, more, remediations,
				considered, causedBy);
	}

	/**
	 * @param value the confidence, 0 to 1
	 * @return this finding with it
	 */
	public Finding withConfidence(double value) {
		return new Finding(cause, severity, value, title, explanation, evidence, remediations, considered, causedBy);
	}

	/** @return whether no other finding of the host explains this one */
	public boolean isRootCause() {
		return causedBy.isEmpty();
	}

	/**
	 * Starts a finding.
	 *
	 * @param cause    the cause ID
	 * @param severity the severity
	 * @return a builder
	 */
	public static Builder of(String cause, Severity severity) {
		return new Builder(cause, severity);
	}

	/** Builds a {@link Finding} step by step. */
	public static final class Builder {
		private final String cause;
		private final Severity severity;
		private double confidence = 1.0;
		private String title;
		private String explanation;
		private List<String> evidence = List.of();
		private List<String> remediations = List.of();
		private List<String> considered = List.of();

		private Builder(String cause, Severity severity) {
			this.cause = cause;
			this.severity = severity;
		}

		/** @param value 0..1 @return this */
		public Builder confidence(double value) {
			this.confidence = value;
			return this;
		}

		/** @param value one line @return this */
		public Builder title(String value) {
			this.title = value;
			return this;
		}

		/** @param value plain words, citing the evidence @return this */
		public Builder explanation(String value) {
			this.explanation = value;
			return this;
		}

		/** @param refs evidence cited as {@code probeId.key} @return this */
		public Builder evidence(String... refs) {
			this.evidence = List.of(refs);
			return this;
		}

		/** @param ids remediation ids @return this */
		public Builder remediations(String... ids) {
			this.remediations = List.of(ids);
			return this;
		}

		/** @param causes other causes considered and set aside in favour of this one @return this */
		public Builder considered(String... causes) {
			this.considered = List.of(causes);
			return this;
		}

		/** @return the finding */
		public Finding build() {
			return new Finding(cause, severity, confidence, title, explanation, evidence, remediations, considered);
		}
	}
}
