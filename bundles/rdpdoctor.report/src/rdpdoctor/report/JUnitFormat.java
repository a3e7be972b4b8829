package rdpdoctor.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import rdpdoctor.core.Finding;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.Untrusted;
import rdpdoctor.core.report.IReportFormat;
import rdpdoctor.core.report.ReportInput;
import rdpdoctor.model.HostStatus;
import rdpdoctor.model.Severity;

/**
 * JUnit XML (the Ant/Surefire schema CI servers read): one test suite for the run, one test case per host, named
 * after the host and classed by its group; a host with ERROR findings (or unreachable) is a failure whose message
 * is the top cause and whose text holds every finding.
 */
public class JUnitFormat implements IReportFormat {

	@Override
	public void write(ReportInput input, OutputStream out) throws IOException {
		int tests = 0;
		int failures = 0;
		for (HostDiagnosis h : input.hosts()) {
			tests++;
			failures += failed(h) ? 1 : 0;
		}
		Writer xml = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		double seconds = Duration.between(input.started(), input.finished()).toMillis() / 1000.0;
		xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		xml.write("<testsuite name=\"" + esc("rdpdoctor." + input.title()) + "\" tests=\"" + tests
				+ "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"0\" time=\"" + seconds
				+ "\" timestamp=\"" + input.started().toString().replaceFirst("\\.\\d+Z$", "").replace("Z", "")
				+ "\">\n");
		for (HostDiagnosis h : input.hosts()) {
			String group = input.group(h.target().toString());
			xml.write("  <testcase classname=\"" + esc(group.isEmpty() ? "rdpdoctor" : "rdpdoctor." + group.replace('/', '.'))
					+ "\" name=\"" + esc(h.target().toString()) + "\" time=\""
					+ (h.finished().toEpochMilli() - h.started().toEpochMilli()) / 1000.0 + "\">\n");
			if (failed(h)) {
				Finding top = h.findings().get(0);
				xml.write("    <failure type=\"" + esc(top.cause()) + "\" message=\"" + esc(top.title()) + "\">");
				xml.write(esc(details(h)));
				xml.write("</failure>\n");
			} else if (!h.findings().isEmpty()) {
				xml.write("    <system-out>" + esc(details(h)) + "</system-out>\n");
			}
			xml.write("  </testcase>\n");
		}
		xml.write("</testsuite>\n");
		xml.flush();
	}

	private static boolean failed(HostDiagnosis h) {
		return !h.findings().isEmpty() && (h.status() == HostStatus.UNREACHABLE
				|| h.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR));
	}

	private static String details(HostDiagnosis h) {
		StringBuilder text = new StringBuilder(h.target() + " (" + h.address() + "): " + h.status() + "\n");
		for (Finding f : h.findings()) {
			text.append(f.severity()).append(' ').append(f.cause()).append(": ").append(f.title()).append('\n')
					.append("  ").append(f.explanation()).append('\n');
		}
		return text.toString();
	}

	static String esc(String text) {
		return Untrusted.xml(text);
	}
}
