package rdpdoctor.ui.internal;

import java.util.Locale;

import rdpdoctor.model.FindingRecord;
import rdpdoctor.model.Host;

/**
 * One line of the Findings view.
 *
 * @param host     the host
 * @param finding  a finding of its last run
 * @param group    the host's group path, empty at top level
 * @param appeared whether the cause is new since the previous run
 * @param target   "host:port", as shown
 * @param haystack lower-case text the filter box searches
 */
public record FindingRow(Host host, FindingRecord finding, String group, boolean appeared, String target,
		String haystack) {

	/**
	 * @param host     the host
	 * @param finding  a finding of its last run
	 * @param group    the group path
	 * @param appeared whether the cause is new since the previous run
	 * @return the row
	 */
	public static FindingRow of(Host host, FindingRecord finding, String group, boolean appeared) {
		String target = host.getName() + ":" + host.getRdpPort();
		String haystack = String.join("\u0000", target, group, finding.getCauseId(), finding.getSeverity().getName(),
				finding.getTitle() == null ? "" : finding.getTitle()).toLowerCase(Locale.ROOT);
		return new FindingRow(host, finding, group, appeared, target, haystack);
	}
}
