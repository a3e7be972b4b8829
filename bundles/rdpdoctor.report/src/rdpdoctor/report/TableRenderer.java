package rdpdoctor.report;

import java.io.PrintStream;
import java.util.List;

import rdpdoctor.core.Finding;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.Untrusted;

/** One line per host: target, address, status, the top cause and the other causes found; values escaped for a terminal. */
public final class TableRenderer {

	public void render(List<HostDiagnosis> results, PrintStream out) {
		int width = Math.max(6,
				results.stream().mapToInt(h -> Untrusted.terminal(h.target().toString()).length()).max().orElse(6));
		String format = "%-" + width + "s  %-15s  %-11s  %-28s  %6s  %s%n";
		out.printf(format, "TARGET", "ADDRESS", "STATUS", "TOP CAUSE", "MS", "ALSO FOUND");
		for (HostDiagnosis host : results) {
			List<Finding> findings = host.findings();
			String top = findings.isEmpty() ? "-" : Untrusted.terminal(findings.get(0).cause());
			String also = findings.size() < 2 ? ""
					: Untrusted.terminal(String.join(", ",
							findings.subList(1, findings.size()).stream().map(Finding::cause).toList()));
			long ms = host.finished().toEpochMilli() - host.started().toEpochMilli();
			out.printf(format, Untrusted.terminal(host.target().toString()),
					host.address().isEmpty() ? "-" : Untrusted.terminal(host.address()), host.status(), top, ms, also);
		}
	}
}
