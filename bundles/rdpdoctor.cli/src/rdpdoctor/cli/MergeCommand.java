package rdpdoctor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IExtensionRegistry;

import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.Untrusted;
import rdpdoctor.core.internal.ReportFormatRegistry;
import rdpdoctor.model.persistence.SafeFiles;
import rdpdoctor.report.JsonReportFile;

/**
 * {@code rdpdoctor merge --report FILE [--format F] SHARD.json...}: combines the JSON reports of sharded batch runs
 * into one report, host by host (no report is held in memory, only the targets seen): a target found in several
 * reports is merged once, as the first has it.
 */
final class MergeCommand {


	private final PrintStream out;
	private final PrintStream err;
	private final IExtensionRegistry registry;

	MergeCommand(PrintStream out, PrintStream err, IExtensionRegistry registry) {
		this.out = out;
		this.err = err;
		this.registry = registry;
	}

	int run(Options options) throws UsageException {
		String report = options.named.get("--report");
		if (report == null || options.positional.isEmpty()) {
			throw new UsageException("merge needs --report FILE and at least one JSON report to merge");
		}
		Path target = Path.of(report);
		ReportFormatRegistry.Descriptor format = ReportWriter.format(registry,
				options.named.getOrDefault("--format", "json"), err);
		List<JsonReportFile> inputs = new ArrayList<>();
		Set<String> targets = new HashSet<>();
		int read = 0;
		for (String name : options.positional) {
			JsonReportFile input = new JsonReportFile(Path.of(name));
			try {
				SafeFiles.checkOutput(target, "--report", Path.of(name));
				read += input.check(host -> targets.add(host.target().toString()));
			} catch (IOException e) {
				throw new UsageException(e.getMessage());
			}
			inputs.add(input);
		}
		int count = targets.size();
		if (read > count) {
			err.println("rdpdoctor merge: " + (read - count) + " hosts appear more than once in the reports; each is "
					+ "merged once, as its first report has it");
		}
		Set<String> merged = new HashSet<>();
		Iterable<HostDiagnosis> all = () -> new Iterator<>() {
			private int index;
			private Iterator<HostDiagnosis> current = java.util.Collections.emptyIterator();

			private HostDiagnosis next;

			@Override
			public boolean hasNext() {
				while (next == null) { // each pass takes one host or ends one input: bounded by the inputs
					if (current.hasNext()) {
						HostDiagnosis host = current.next();
						next = merged.add(host.target().toString()) ? host : null;
					} else if (index < inputs.size()) {
						current = inputs.get(index++).iterator();
					} else {
						return false;
					}
				}
				return true;
			}

			@Override
			public HostDiagnosis next() {
				if (!hasNext()) {
					throw new java.util.NoSuchElementException();
				}
				HostDiagnosis host = next;
				next = null;
				return host;
			}
		};
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("merged", String.join(", ", options.positional));
		Instant now = Instant.now();
		try {
			ReportWriter.write(format, new RunReport(options.named.getOrDefault("--title", "merged shards"), now, now,
					count, facts, all, Map.of()), target);
		} catch (IOException | UncheckedIOException e) {
			err.println("rdpdoctor merge: " + Untrusted.terminal("cannot write " + target + ": " + e.getMessage()));
			return ExitCodes.INTERNAL;
		}
		out.println("rdpdoctor merge: " + count + " hosts from " + inputs.size() + " reports into " + target);
		return ExitCodes.OK;
	}
}
