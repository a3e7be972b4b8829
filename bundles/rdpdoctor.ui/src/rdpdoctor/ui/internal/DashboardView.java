package rdpdoctor.ui.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;

import rdpdoctor.model.HostStatus;

/** Fleet summary: hosts per status, hosts per cause and the certificate-expiry timeline, drawn with SWTChart. */
public class DashboardView extends DocumentView {

	/** The view's id. */
	public static final String ID = "rdpdoctor.ui.dashboard";
	private static final int MONTHS = 12;
	private static final int TOP_CAUSES = 8;

	private Label headline;
	private Chart statuses;
	private Chart causes;
	private Chart expiry;
	private FleetSummary summary;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		headline = new Label(parent, SWT.NONE);
		headline.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		SashForm charts = new SashForm(parent, SWT.HORIZONTAL);
		charts.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		statuses = chart(charts, "Hosts per status");
		causes = chart(charts, "Hosts per cause");
		causes.setOrientation(SWT.VERTICAL); // horizontal bars: cause names stay readable
		expiry = chart(charts, "Certificate expiry");
		expiry.getAxisSet().getXAxis(0).getTick().setTickLabelAngle(45);
		statuses.getAxisSet().getXAxis(0).getTick().setTickLabelAngle(45);
		charts.setWeights(28, 42, 30);
		follow();
	}

	private static Chart chart(Composite parent, String title) {
		Chart chart = new Chart(parent, SWT.NONE);
		Color text = parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND);
		chart.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		chart.getTitle().setText(title);
		chart.getTitle().setForeground(text);
		chart.getLegend().setVisible(false);
		for (IAxis axis : chart.getAxisSet().getAxes()) {
			axis.getTitle().setForeground(text);
			axis.getTick().setForeground(text);
		}
		chart.getAxisSet().getYAxis(0).getTitle().setText("hosts");
		chart.getAxisSet().getYAxis(0).getTick().setTickMarkStepHint(100); // fewer grid lines, whole hosts on small counts
		chart.getAxisSet().getXAxis(0).getTitle().setVisible(false);
		return chart;
	}

	@Override
	protected void refresh() {
		if (headline.isDisposed()) {
			return;
		}
		summary = FleetSummary.of(document().inventory(), Instant.now(), MONTHS);
		StringBuilder text = new StringBuilder(summary.hosts() + " hosts:");
		summary.byStatus().forEach((status, n) -> text.append("  ").append(n).append(' ')
				.append(status.getName().toLowerCase().replace('_', ' ')));
		headline.setText(text.toString());
		Map<HostStatus, Integer> byStatus = summary.byStatus();
		bars(statuses, byStatus.keySet().stream().map(DashboardView::shortName).toList(),
				byStatus.values().stream().mapToDouble(Integer::doubleValue).toArray(),
				byStatus.keySet().stream().map(StatusImages::color).toList());
		List<Map.Entry<String, Integer>> top = summary.byCause().entrySet().stream().limit(TOP_CAUSES).toList();
		bars(causes, top.stream().map(Map.Entry::getKey).toList(),
				top.stream().mapToDouble(e -> e.getValue()).toArray(), List.of(new RGB(207, 34, 46)));
		bars(expiry, List.copyOf(summary.expiry().keySet()),
				summary.expiry().values().stream().mapToDouble(Integer::doubleValue).toArray(),
				summary.expiry().keySet().stream()
						.map(k -> k.equals("expired") ? new RGB(207, 34, 46) : new RGB(52, 101, 164)).toList());
	}

	/** One stacked series per colour so that each bar can have its own. */
	private static void bars(Chart chart, List<String> categories, double[] values, List<RGB> colors) {
		chart.suspendUpdate(true);
		for (ISeries<?> old : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(old.getId());
		}
		IAxis x = chart.getAxisSet().getXAxis(0);
		x.setCategorySeries(categories.isEmpty() ? new String[] { "none" } : categories.toArray(String[]::new));
		x.enableCategory(true);
		for (int c = 0; c < colors.size(); c++) {
			double[] mine = new double[Math.max(1, values.length)];
			for (int i = 0; i < values.length; i++) {
				mine[i] = colors.size() == 1 || i == c ? values[i] : 0;
			}
			IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(ISeries.SeriesType.BAR, "s" + c);
			series.setYSeries(mine);
			series.enableStack(true);
			series.setBarPadding(20);
			series.setBarColor(new Color(colors.get(c)));
		}
		chart.getAxisSet().adjustRange();
		chart.suspendUpdate(false);
		chart.redraw();
	}

	private static String shortName(HostStatus status) {
		return status == HostStatus.NEVER_PROBED ? "never" : status.getName().toLowerCase();
	}

	/** @return the figures shown, for tests */
	FleetSummary summary() {
		return summary;
	}

	@Override
	public void setFocus() {
		statuses.setFocus();
	}
}
