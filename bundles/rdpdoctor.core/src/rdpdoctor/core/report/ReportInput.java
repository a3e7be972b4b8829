package rdpdoctor.core.report;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import rdpdoctor.core.HostDiagnosis;

/**
 * What a report is made of: the run's facts and its host diagnoses, as a stream that can be read more than once
 * (each {@link #hosts()} call starts again) without holding every host in memory.
 *
 * @noimplement This interface is not intended to be implemented by clients: a report format is given one.
 */
public interface ReportInput {

	/** @return a title, e.g. the inventory's name */
	String title();

	/** @return when the run started */
	Instant started();

	/** @return when it ended (or was stopped) */
	Instant finished();

	/** @return how many hosts the run was asked to diagnose (more than {@link #hosts()} gives if it was stopped) */
	int planned();

	/** @return facts about the run for the report header: settings, shard, tool version */
	Map<String, String> facts();

	/** @return the diagnoses, in the order they finished; a new pass on every call */
	Iterable<HostDiagnosis> hosts();

	/**
	 * @return the same hosts as {@link #hosts()} as the JSON objects of the result schema (DESIGN.md), one string
	 *         each, when the input holds them so already (a batch's checkpoint): a format that writes that JSON copies
	 *         them instead of reading and writing every host again; empty when the input does not (a new pass on
	 *         every call)
	 */
	default Optional<Iterable<String>> hostsAsJson() {
		return Optional.empty();
	}

	/** @return the group path of a host by its target ({@code host:port}), empty when unknown */
	default String group(String target) {
		return "";
	}
}
