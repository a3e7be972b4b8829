package rdpdoctor.ui.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;

import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.Untrusted;
import rdpdoctor.core.inventory.RunRecords;
import rdpdoctor.core.report.IReportFormat;
import rdpdoctor.core.report.ReportInput;
import rdpdoctor.model.Host;

/**
 * What leaves the Findings view: rows as CSV (cells a spreadsheet would run neutralised, as the command line's CSV
 * does) or tab-separated text for the clipboard, and the HTML report of the rows' hosts (the batch report's format,
 * from the {@code rdpdoctor.core.reportFormats} extension point).
 */
final class FindingExport {

	private static final List<String> HEADER = List.of("Severity", "Cause", "Host", "Group", "Finding", "Caused by",
			"Confidence");

	private FindingExport() {
	}

	private static List<String> cells(FindingRow row) {
		return List.of(row.finding().getSeverity().getName(), row.finding().getCauseId(), row.target(), row.group(),
				row.finding().getTitle() == null ? "" : row.finding().getTitle(),
				String.join(", ", row.finding().getCausedBy()),
				Math.round(row.finding().getConfidence() * 100) + " %");
	}

	/**
	 * @param rows the rows
	 * @param out  where the CSV goes (UTF-8, CRLF as RFC 4180 has it); not closed
	 * @throws IOException when writing fails
	 */
	static void csv(List<FindingRow> rows, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write(String.join(",", HEADER) + "\r\n");
		for (FindingRow row : rows) {
			writer.write(String.join(",", cells(row).stream().map(Untrusted::csvCell).toList()) + "\r\n");
		}
		writer.flush();
	}

	/**
	 * @param rows the rows
	 * @return them as tab-separated text with a header line, tabs and line breaks inside cells as spaces
	 */
	static String tabSeparated(List<FindingRow> rows) {
		StringBuilder text = new StringBuilder(String.join("\t", HEADER)).append('\n');
		for (FindingRow row : rows) {
			text.append(String.join("\t", cells(row).stream().map(c -> c.replaceAll("[\\t\\r\\n]", " ")).toList()))
					.append('\n');
		}
		return text.toString();
	}

	/**
	 * Writes the HTML report of the rows' hosts, each with its last run.
	 *
	 * @param title the report's title
	 * @param rows  the rows
	 * @param out   where the report goes; not closed
	 * @throws IOException when no HTML format is installed or writing fails
	 */
	static void html(String title, List<FindingRow> rows, OutputStream out) throws IOException {
		Set<Host> hosts = new LinkedHashSet<>();
		rows.forEach(r -> hosts.add(r.host()));
		List<HostDiagnosis> diagnoses = new ArrayList<>();
		for (Host host : hosts) {
			RunRecords.last(host).map(RunRecords::toDiagnosis).ifPresent(diagnoses::add);
		}
		Instant started = diagnoses.stream().map(HostDiagnosis::started).min(Instant::compareTo).orElse(Instant.now());
		Instant finished = diagnoses.stream().map(HostDiagnosis::finished).max(Instant::compareTo)
				.orElse(Instant.now());
		htmlFormat().write(new ReportInput() {
			@Override
			public String title() {
				return title;
			}

			@Override
			public Instant started() {
				return started;
			}

			@Override
			public Instant finished() {
				return finished;
			}

			@Override
			public int planned() {
				return diagnoses.size();
			}

			@Override
			public Map<String, String> facts() {
				return Map.of("exported from", "the Findings view of RDP Doctor's workbench");
			}

			@Override
			public Iterable<HostDiagnosis> hosts() {
				return diagnoses;
			}
		}, out);
	}

	private static IReportFormat htmlFormat() throws IOException {
		for (IConfigurationElement format : Platform.getExtensionRegistry()
				.getConfigurationElementsFor("rdpdoctor.core.reportFormats")) {
			if ("html".equals(format.getAttribute("id"))) {
				try {
					return (IReportFormat) format.createExecutableExtension("class");
				} catch (CoreException | ClassCastException e) {
					throw new IOException("the HTML report format cannot be made: " + e.getMessage(), e);
				}
			}
		}
		throw new IOException("no HTML report format is installed (rdpdoctor.report)");
	}
}
