package rdpdoctor.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IExtensionRegistry;

import rdpdoctor.core.internal.ReportFormatRegistry;
import rdpdoctor.core.report.ReportInput;

/** Finds a report format by id and writes a report atomically (beside, then renamed over the target). */
final class ReportWriter {

	private ReportWriter() {
	}

	static ReportFormatRegistry.Descriptor format(IExtensionRegistry registry, String id, java.io.PrintStream err)
			throws UsageException {
		try (ReportFormatRegistry formats = new ReportFormatRegistry(registry,
				p -> err.println("rdpdoctor: warning: " + p))) {
			List<ReportFormatRegistry.Descriptor> all = formats.all();
			return all.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow(() -> new UsageException(
					"--format '" + id + "' is not a report format; installed: "
							+ all.stream().map(ReportFormatRegistry.Descriptor::id).collect(Collectors.joining(", "))));
		}
	}

	static void write(ReportFormatRegistry.Descriptor format, ReportInput input, Path target) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".writing");
		try (OutputStream out = Files.newOutputStream(temp)) {
			format.format().write(input, out);
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(temp);
			throw e;
		}
		Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}
}
