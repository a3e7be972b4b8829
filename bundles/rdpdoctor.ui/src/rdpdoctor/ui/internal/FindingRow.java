package rdpdoctor.ui.internal;

import java.util.Locale;

import rdpdoctor.model.FindingRecord;
import rdpdoctor.model.Host;

/**
 * One line of the Findings view.
 *
 * @param host     the host
 * @param finding  a finding of its last run
 * @param root     the finding of the same run that explains it ({@code causedBy}), itself for a root cause
 * @param group    the host's group path, empty at top level
 * @param appeared whether the cause is new since the previous run
 * @param target   "host:port", as shown
 * @param haystack lower-case text the filter box searches
 */
public record FindingRow(Host host, FindingRecord finding, FindingRecord root, String group, boolean appeared,
		String target, String haystack) {

	/**
	 * @param host     the host
	 * @param finding  a finding of its last run
	 * @param root     the finding explaining it, itself for a root cause
	 * @param group    the group path
	 * @param appeared whether the cause is new since the previous run
	 * @return the row
	 */
	public static FindingRow of(Host host, FindingRecord finding, FindingRecord root, String group,
			boolean appeared) {
		String target = host.getName() + ":" + host.getRdpPort();
		String haystack = String.join("\u0000", target, group, finding.getCauseId(), finding.getSeverity().getName(),
				finding.getTitle() == null ? "" : finding.getTitle()).toLowerCase(Locale.ROOT);
		return new FindingRow(host, finding, root, group, appeared, target, haystack);
	}

	/** @return whether another finding of the host explains this one */
	public boolean isConsequence() {
		return root != finding;
	}

	/** @return the cause, indented under its root cause when it is a consequence */
	public String causeLabel() {
		return isConsequence() ? "\u2003\u21b3 " + finding.getCauseId() : finding.getCauseId();
	}
}
