package rdpdoctor.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import rdpdoctor.core.Finding;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.Untrusted;
import rdpdoctor.core.report.IReportFormat;
import rdpdoctor.core.report.ReportInput;

/**
 * One row per host: target, address, group, status, top cause and severity, all causes, duration. Cells are
 * neutralised against CSV injection ({@link Untrusted#csvCell(String)}).
 */
public class CsvFormat implements IReportFormat {

	/** The header row. */
	public static final String HEADER = "target,address,group,status,top_cause,top_severity,causes,duration_ms";

	@Override
	public void write(ReportInput input, OutputStream out) throws IOException {
		Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		csv.write(HEADER + "\r\n");
		for (HostDiagnosis h : input.hosts()) {
			List<Finding> f = h.findings();
			csv.write(String.join(",", List.of(quote(h.target().toString()), quote(h.address()),
					quote(input.group(h.target().toString())), h.status().getLiteral(),
					f.isEmpty() ? "" : f.get(0).cause(), f.isEmpty() ? "" : f.get(0).severity().getLiteral(),
					quote(String.join(";", f.stream().map(Finding::cause).toList())),
					String.valueOf(h.finished().toEpochMilli() - h.started().toEpochMilli()))) + "\r\n");
		}
		csv.flush();
	}

	static String quote(String value) {
		return Untrusted.csvCell(value);
	}
}
