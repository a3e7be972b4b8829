package rdpdoctor.cli;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.report.ReportInput;

/** A {@link ReportInput} over hosts that can be read again (a checkpoint file or merged JSON reports). */
record RunReport(String title, Instant started, Instant finished, int planned, Map<String, String> facts,
		Iterable<HostDiagnosis> hosts, Map<String, String> groups) implements ReportInput {

	/** A checkpoint holds its hosts as JSON lines already; merged reports do not. */
	@Override
	public Optional<Iterable<String>> hostsAsJson() {
		return hosts instanceof Checkpoint checkpoint ? Optional.of(checkpoint.jsonLines()) : Optional.empty();
	}

	@Override
	public String group(String target) {
		return groups.getOrDefault(target, "");
	}
}
