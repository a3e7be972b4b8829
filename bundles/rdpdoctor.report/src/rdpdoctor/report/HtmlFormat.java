package rdpdoctor.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import rdpdoctor.core.Finding;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.Untrusted;
import rdpdoctor.core.WellKnownEvidence;
import rdpdoctor.core.report.FleetCounts;
import rdpdoctor.core.report.IReportFormat;
import rdpdoctor.core.report.ReportInput;
import rdpdoctor.model.HostStatus;

/**
 * One self-contained HTML file (no network, no external script): summary, charts of status and causes (inline SVG),
 * the certificate expiry timeline, a sortable and filterable host table, and per host its findings and evidence.
 */
public class HtmlFormat implements IReportFormat {

	/** The most events shown per host. */
	private static final int MAX_EVENTS_SHOWN = 50;

	private static final Map<HostStatus, String> COLORS = Map.of(HostStatus.HEALTHY, "#2e7d32", HostStatus.DEGRADED,
			"#f9a825", HostStatus.FAILING, "#c62828", HostStatus.UNREACHABLE, "#6a1b9a", HostStatus.NEVER_PROBED,
			"#9e9e9e");

	@Override
	public void write(ReportInput input, OutputStream out) throws IOException {
		FleetCounts summary = FleetCounts.of(input.hosts());
		Writer html = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		html.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>RDP Doctor: "
				+ esc(input.title()) + "</title>\n<style>" + HtmlAssets.CSS + "</style></head><body>\n");
		html.write("<h1>RDP Doctor report: " + esc(input.title()) + "</h1>\n<p class=\"meta\">"
				+ summary.hosts() + " of " + input.planned() + " hosts diagnosed, " + time(input.started()) + " to "
				+ time(input.finished()));
		for (Map.Entry<String, String> fact : input.facts().entrySet()) {
			html.write(" &middot; " + esc(fact.getKey()) + ": " + esc(fact.getValue()));
		}
		html.write("</p>\n<div class=\"cards\">");
		for (HostStatus status : List.of(HostStatus.HEALTHY, HostStatus.DEGRADED, HostStatus.FAILING,
				HostStatus.UNREACHABLE)) {
			html.write("<div class=\"card\" style=\"border-color:" + COLORS.get(status) + "\"><b>"
					+ summary.byStatus().getOrDefault(status, 0) + "</b>" + status + "</div>");
		}
		html.write("</div>\n<div class=\"charts\"><section><h2>Hosts by status</h2>" + statusChart(summary)
				+ "</section><section><h2>Causes</h2>" + causeChart(summary) + "</section></div>\n");
		html.write("<section><h2>Certificate expiry</h2>" + expiryTimeline(summary) + "</section>\n");
		html.write("<section><h2>Hosts</h2><input id=\"filter\" placeholder=\"Filter hosts, causes, groups...\">"
				+ "<table id=\"hosts\"><thead><tr><th>Host</th><th>Address</th><th>Group</th><th>Status</th>"
				+ "<th>Top cause</th><th>Findings</th><th>ms</th></tr></thead><tbody>\n");
		int index = 0;
		for (HostDiagnosis h : input.hosts()) {
			List<Finding> f = h.findings();
			html.write("<tr><td><a href=\"#h" + index + "\">" + esc(h.target().toString()) + "</a></td><td>"
					+ esc(h.address()) + "</td><td>" + esc(input.group(h.target().toString())) + "</td><td><span "
					+ "class=\"st\" style=\"background:" + COLORS.get(h.status()) + "\">" + h.status() + "</span></td><td>"
					+ (f.isEmpty() ? "" : esc(f.get(0).cause())) + "</td><td>" + f.size() + "</td><td>"
					+ (h.finished().toEpochMilli() - h.started().toEpochMilli()) + "</td></tr>\n");
			index++;
		}
		html.write("</tbody></table></section>\n<section><h2>Findings and evidence</h2>\n");
		index = 0;
		for (HostDiagnosis h : input.hosts()) {
			details(html, h, index++);
		}
		html.write("</section>\n<script>" + HtmlAssets.SCRIPT + "</script></body></html>\n");
		html.flush();
	}

	private static void details(Writer html, HostDiagnosis h, int index) throws IOException {
		html.write("<details id=\"h" + index + "\"><summary><span class=\"st\" style=\"background:"
				+ COLORS.get(h.status()) + "\">" + h.status() + "</span> " + esc(h.target().toString())
				+ (h.address().isEmpty() ? "" : " (" + esc(h.address()) + ")") + "</summary>\n");
		for (Finding f : h.findings()) {
			html.write("<div class=\"finding " + f.severity().getLiteral().toLowerCase() + "\"><b>" + f.severity()
					+ " " + esc(f.cause()) + "</b>: " + esc(f.title())
					+ (f.isRootCause() ? "" : "<p class=\"meta\">Caused by: " + esc(String.join(", ", f.causedBy()))
							+ "</p>")
					+ "<p>" + esc(f.explanation()) + "</p>"
					+ (f.considered().isEmpty() ? "" : "<p class=\"meta\">Also considered: "
							+ esc(String.join(", ", f.considered())) + "</p>")
					+ "</div>\n");
		}
		if (h.status() != HostStatus.HEALTHY) {
			supportingEvents(html, h);
		}
		html.write("<table class=\"evidence\">");
		for (ProbeOutcome o : h.outcomes()) {
			html.write("<tr><th colspan=\"2\">" + esc(o.probeId()) + " &middot; " + o.status() + " &middot; "
					+ o.durationMs() + " ms &middot; " + esc(o.message()) + "</th></tr>");
			for (Map.Entry<String, Object> e : o.evidence().entrySet()) {
				html.write("<tr><td>" + esc(o.probeId() + "." + e.getKey()) + "</td><td>"
						+ esc(EvidenceText.of(e.getValue())) + "</td></tr>");
			}
		}
		html.write("</table></details>\n");
	}

	/** The host's RDP-related events (its events probe's columns), newest first, for a host that is not healthy. */
	private static void supportingEvents(Writer html, HostDiagnosis h) throws IOException {
		ProbeOutcome events = h.outcomes().stream().filter(o -> o.probeId().equals(WellKnownEvidence.EVENTS_PROBE)
				&& o.ok()).findFirst().orElse(null);
		if (events == null) {
			return;
		}
		List<?> times = column(events, WellKnownEvidence.EVENT_TIMES);
		List<?> ids = column(events, WellKnownEvidence.EVENT_IDS);
		List<?> providers = column(events, WellKnownEvidence.EVENT_PROVIDERS);
		List<?> messages = column(events, WellKnownEvidence.EVENT_MESSAGES);
		int n = Math.min(Math.min(times.size(), ids.size()), Math.min(providers.size(), messages.size()));
		html.write("<h3>The host's RDP events (" + n + ")</h3>");
		if (n == 0) {
			html.write("<p class=\"meta\">none in the window read</p>");
			return;
		}
		html.write("<table class=\"events\"><tr><th>Time</th><th>ID</th><th>Provider</th><th>Message</th></tr>");
		for (int i = 0; i < Math.min(n, MAX_EVENTS_SHOWN); i++) {
			html.write("<tr><td>" + esc(EvidenceText.of(times.get(i))) + "</td><td>" + esc(String.valueOf(ids.get(i)))
					+ "</td><td>" + esc(String.valueOf(providers.get(i))) + "</td><td>" + esc(String.valueOf(
							messages.get(i))) + "</td></tr>");
		}
		html.write("</table>");
	}

	private static List<?> column(ProbeOutcome outcome, String key) {
		return outcome.evidence().get(key) instanceof List<?> list ? list : List.of();
	}

	private static String statusChart(FleetCounts summary) {
		StringBuilder svg = new StringBuilder("<svg viewBox=\"0 0 320 140\" class=\"chart\">");
		int max = Math.max(1, summary.byStatus().values().stream().mapToInt(Integer::intValue).max().orElse(1));
		int y = 10;
		for (HostStatus status : List.of(HostStatus.HEALTHY, HostStatus.DEGRADED, HostStatus.FAILING,
				HostStatus.UNREACHABLE)) {
			int n = summary.byStatus().getOrDefault(status, 0);
			svg.append("<text x=\"0\" y=\"").append(y + 14).append("\">").append(status).append("</text><rect x=\"100\" y=\"")
					.append(y).append("\" height=\"20\" width=\"").append(n * 180 / max).append("\" fill=\"")
					.append(COLORS.get(status)).append("\"/><text x=\"").append(105 + n * 180 / max).append("\" y=\"")
					.append(y + 14).append("\">").append(n).append("</text>");
			y += 30;
		}
		return svg.append("</svg>").toString();
	}

	private static String causeChart(FleetCounts summary) {
		Map<String, Integer> byCause = summary.byCause(); // sorted on each call: once here
		int rows = byCause.size();
		StringBuilder svg = new StringBuilder("<svg viewBox=\"0 0 420 " + Math.max(30, rows * 24 + 10)
				+ "\" class=\"chart\">");
		int max = Math.max(1, byCause.values().stream().mapToInt(Integer::intValue).max().orElse(1));
		int y = 5;
		for (Map.Entry<String, Integer> e : byCause.entrySet()) {
			int w = e.getValue() * 170 / max;
			svg.append("<text x=\"0\" y=\"").append(y + 14).append("\">").append(esc(e.getKey()))
					.append("</text><rect x=\"210\" y=\"").append(y).append("\" height=\"18\" width=\"").append(w)
					.append("\" fill=\"#1565c0\"/><text x=\"").append(215 + w).append("\" y=\"").append(y + 14)
					.append("\">").append(e.getValue()).append("</text>");
			y += 24;
		}
		if (rows == 0) {
			svg.append("<text x=\"0\" y=\"20\">No findings</text>");
		}
		return svg.append("</svg>").toString();
	}

	private static String expiryTimeline(FleetCounts summary) {
		List<FleetCounts.Expiry> all = summary.expiries();
		if (all.isEmpty()) {
			return "<p class=\"meta\">No certificate was read.</p>";
		}
		long min = Math.max(-730, Math.min(-30, all.get(0).daysLeft())); // two years each way; beyond: at the edge
		long max = Math.min(730, Math.max(365, all.get(all.size() - 1).daysLeft()));
		double scale = 760.0 / (max - min);
		StringBuilder svg = new StringBuilder("<svg viewBox=\"0 0 800 90\" class=\"chart wide\">");
		svg.append("<line x1=\"20\" y1=\"50\" x2=\"780\" y2=\"50\" stroke=\"#888\"/>");
		double today = 20 + (0 - min) * scale;
		svg.append("<line x1=\"").append(today).append("\" y1=\"15\" x2=\"").append(today)
				.append("\" y2=\"75\" stroke=\"#000\" stroke-dasharray=\"3\"/><text x=\"").append(today + 3)
				.append("\" y=\"14\">today</text>");
		svg.append("<text x=\"20\" y=\"85\">").append(min <= -730 ? "\u2264 " : "").append(min)
				.append(" days</text><text x=\"690\" y=\"85\">").append(max >= 730 ? "\u2265 +" : "+").append(max)
				.append(" days</text>");
		for (FleetCounts.Expiry e : all.subList(0, Math.min(all.size(), 2000))) {
			double x = 20 + (Math.max(min, Math.min(max, e.daysLeft())) - min) * scale;
			String color = e.daysLeft() < 0 ? "#c62828" : e.daysLeft() < 30 ? "#f9a825" : "#2e7d32";
			svg.append("<circle cx=\"").append(x).append("\" cy=\"50\" r=\"5\" fill=\"").append(color)
					.append("\" opacity=\"0.7\"><title>").append(esc(e.target())).append(": ").append(esc(e.notAfter().toString()))
					.append(" (").append(e.daysLeft()).append(" days)</title></circle>");
		}
		svg.append("</svg><ul class=\"soon\">");
		for (FleetCounts.Expiry e : all.subList(0, Math.min(all.size(), 10))) {
			svg.append("<li>").append(esc(e.target())).append(": ").append(esc(e.notAfter().toString())).append(" (")
					.append(e.daysLeft() < 0 ? "expired " + (-e.daysLeft()) + " days ago" : e.daysLeft() + " days left")
					.append(")</li>");
		}
		return svg.append("</ul>").toString();
	}

	private static String time(java.time.Instant instant) {
		return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString().replace('T', ' ').replace("Z",
				" UTC");
	}

	static String esc(String text) {
		return Untrusted.xml(text);
	}
}
