package rdpdoctor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IExtensionRegistry;

import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.internal.ReportFormatRegistry;
import rdpdoctor.report.JsonReportFile;

/**
 * {@code rdpdoctor merge --report FILE [--format F] SHARD.json...}: combines the JSON reports of sharded batch runs
 * into one report, host by host (no report is held in memory).
 */
final class MergeCommand {

	private static final Set<String> OPTIONS = Set.of("--report", "--format", "--title");

	private final PrintStream out;
	private final PrintStream err;
	private final IExtensionRegistry registry;

	MergeCommand(PrintStream out, PrintStream err, IExtensionRegistry registry) {
		this.out = out;
		this.err = err;
		this.registry = registry;
	}

	int run(String[] args) throws UsageException {
		Options options = new Options(args, OPTIONS);
		String report = options.named.get("--report");
		if (report == null || options.positional.isEmpty()) {
			throw new UsageException("merge needs --report FILE and at least one JSON report to merge");
		}
		Path target = Path.of(report);
		ReportFormatRegistry.Descriptor format = ReportWriter.format(registry,
				options.named.getOrDefault("--format", "json"), err);
		List<JsonReportFile> inputs = new ArrayList<>();
		int count = 0;
		for (String name : options.positional) {
			JsonReportFile input = new JsonReportFile(Path.of(name));
			try {
				count += input.check();
			} catch (IOException e) {
				throw new UsageException(e.getMessage());
			}
			inputs.add(input);
		}
		Iterable<HostDiagnosis> all = () -> new Iterator<>() {
			private int index;
			private Iterator<HostDiagnosis> current = java.util.Collections.emptyIterator();

			@Override
			public boolean hasNext() {
				while (!current.hasNext() && index < inputs.size()) { // at most one pass per input
					current = inputs.get(index++).iterator();
				}
				return current.hasNext();
			}

			@Override
			public HostDiagnosis next() {
				hasNext();
				return current.next();
			}
		};
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("merged", String.join(", ", options.positional));
		Instant now = Instant.now();
		try {
			ReportWriter.write(format, new RunReport(options.named.getOrDefault("--title", "merged shards"), now, now,
					count, facts, all, Map.of()), target);
		} catch (IOException | UncheckedIOException e) {
			err.println("rdpdoctor merge: cannot write " + target + ": " + e.getMessage());
			return ExitCodes.INTERNAL;
		}
		out.println("rdpdoctor merge: " + count + " hosts from " + inputs.size() + " reports into " + target);
		return ExitCodes.OK;
	}
}
