package rdpdoctor.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IExtensionRegistry;

import rdpdoctor.core.Untrusted;
import rdpdoctor.core.internal.Contributions;
import rdpdoctor.core.internal.ReportFormatRegistry;
import rdpdoctor.core.report.ReportInput;
import rdpdoctor.model.persistence.SafeFiles;

/** Finds a report format by id and writes a report atomically ({@link SafeFiles#replace}). */
final class ReportWriter {

	private ReportWriter() {
	}

	static ReportFormatRegistry.Descriptor format(IExtensionRegistry registry, String id, java.io.PrintStream err)
			throws UsageException {
		ReportFormatRegistry formats = Contributions.of(registry).reportFormats();
		formats.problems().forEach(p -> err.println("rdpdoctor: warning: " + Untrusted.terminal(p)));
		List<ReportFormatRegistry.Descriptor> all = formats.all();
		return all.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow(() -> new UsageException(
				"--format '" + id + "' is not a report format; installed: "
						+ all.stream().map(ReportFormatRegistry.Descriptor::id).collect(Collectors.joining(", "))));
	}

	static void write(ReportFormatRegistry.Descriptor format, ReportInput input, Path target) throws IOException {
		SafeFiles.replace(target, out -> format.format().write(input, out));
	}
}
