package rdpdoctor.cli;

import java.time.Instant;
import java.util.Map;

import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.report.ReportInput;

/** A {@link ReportInput} over hosts that can be read again (a checkpoint file or merged JSON reports). */
record RunReport(String title, Instant started, Instant finished, int planned, Map<String, String> facts,
		Iterable<HostDiagnosis> hosts, Map<String, String> groups) implements ReportInput {

	@Override
	public String group(String target) {
		return groups.getOrDefault(target, "");
	}
}
