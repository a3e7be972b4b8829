package com.example;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.Untrusted;
import rdpdoctor.core.report.IReportFormat;
import rdpdoctor.core.report.ReportInput;

/** The report format of docs/extending.md: one line per host, its status and its first cause. */
public class HostListReport implements IReportFormat {
	@Override
	public void write(ReportInput input, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		for (HostDiagnosis host : input.hosts()) { // a new pass over the hosts, never all of them in memory
			String cause = host.findings().isEmpty() ? "-" : host.findings().get(0).cause();
			// the host's name came from an inventory: untrusted, escaped for a terminal
			writer.write(Untrusted.terminal(host.target().toString()) + " " + host.status() + " " + cause + "\n");
		}
		writer.flush(); // the caller closes the stream
	}
}
