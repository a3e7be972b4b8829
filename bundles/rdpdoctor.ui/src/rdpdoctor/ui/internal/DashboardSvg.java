package rdpdoctor.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.swt.graphics.RGB;

import rdpdoctor.core.Untrusted;
import rdpdoctor.model.Severity;

/**
 * The dashboard as SVG, drawn from its figures rather than its pixels: the headline, hosts per status, every cause
 * ranked (not only the chart's top ones) with its bar coloured by severity, the notices apart, and certificate
 * expiry per month. Every name is escaped: cause IDs and statuses come from the inventory file.
 */
final class DashboardSvg {

	private static final int WIDTH = 900;
	private static final int LABEL = 300;
	private static final int BAR_HEIGHT = 18;
	private static final int GAP = 6;

	/** One bar: its label, its count, its colour. */
	private record Bar(String label, int count, RGB color) {
	}

	private DashboardSvg() {
	}

	/**
	 * @param summary  the figures
	 * @param headline the headline as the view shows it
	 * @param severity the colour of each severity
	 * @return the SVG document
	 */
	static String of(FleetSummary summary, String headline, Function<Severity, RGB> severity) {
		List<String> body = new ArrayList<>();
		int[] y = { 30 };
		body.add(text(10, y[0], 16, "bold", headline));
		y[0] += 20;
		section(body, y, "Hosts per status", summary.byStatus().entrySet().stream()
				.map(e -> new Bar(e.getKey().getName(), e.getValue(), StatusImages.color(e.getKey()))).toList());
		section(body, y, "Causes of failures, ranked", summary.causes().stream()
				.map(e -> new Bar(e.getKey(), e.getValue(), severity.apply(summary.severityOf(e.getKey())))).toList());
		section(body, y, "Notices (about the diagnosis, not causes)", summary.notices().stream()
				.map(e -> new Bar(e.getKey(), e.getValue(), severity.apply(Severity.INFO))).toList());
		section(body, y, "Certificate expiry", summary.expiry().entrySet().stream()
				.map(e -> new Bar(e.getKey(), e.getValue(), e.getKey().equals("expired") ? new RGB(207, 34, 46)
						: new RGB(52, 101, 164))).toList());
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH
				+ "\" height=\"" + (y[0] + 10) + "\" viewBox=\"0 0 " + WIDTH + " " + (y[0] + 10)
				+ "\" font-family=\"sans-serif\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
				+ String.join("\n", body) + "\n</svg>\n";
	}

	private static void section(List<String> body, int[] y, String title, List<Bar> bars) {
		y[0] += 20;
		body.add(text(10, y[0], 14, "bold", title));
		y[0] += 10;
		if (bars.isEmpty()) {
			y[0] += 16;
			body.add(text(20, y[0], 12, "normal", "none"));
			return;
		}
		int max = bars.stream().mapToInt(Bar::count).max().orElse(1);
		for (Bar bar : bars) {
			int length = max == 0 ? 0 : (int) Math.round((WIDTH - LABEL - 80) * (double) bar.count() / max);
			body.add(text(20, y[0] + BAR_HEIGHT - 4, 12, "normal", bar.label()));
			body.add("<rect x=\"" + LABEL + "\" y=\"" + y[0] + "\" width=\"" + length + "\" height=\"" + BAR_HEIGHT
					+ "\" fill=\"" + hex(bar.color()) + "\"><title>" + Untrusted.xml(bar.label() + ": " + bar.count())
					+ "</title></rect>");
			body.add(text(LABEL + length + 6, y[0] + BAR_HEIGHT - 4, 12, "normal", String.valueOf(bar.count())));
			y[0] += BAR_HEIGHT + GAP;
		}
	}

	private static String text(int x, int y, int size, String weight, String text) {
		return "<text x=\"" + x + "\" y=\"" + y + "\" font-size=\"" + size + "\" font-weight=\"" + weight + "\">"
				+ Untrusted.xml(text) + "</text>";
	}

	private static String hex(RGB rgb) {
		return String.format("#%02x%02x%02x", rgb.red, rgb.green, rgb.blue);
	}
}
