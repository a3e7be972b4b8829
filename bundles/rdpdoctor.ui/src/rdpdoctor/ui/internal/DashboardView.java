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

/**
 * Fleet summary: hosts per status, hosts per cause and the certificate-expiry timeline, drawn with SWTChart. Causes
 * are ranked apart from notices (INFO findings about the diagnosis itself, such as SSH not used), their bars coloured
 * by severity; the top ones are drawn, the rest reached through "N more causes"; a click on a cause filters Findings
 * to it.
 */
public class DashboardView extends DocumentView {

	/** The view's id. */
	public static final String ID = "rdpdoctor.ui.dashboard";
	private static final int MONTHS = 12;
	private static final int TOP_CAUSES = 8;

	private static final RGB ERROR = new RGB(207, 34, 46);
	private static final RGB WARNING = new RGB(191, 135, 0);
	private static final RGB INFO = new RGB(52, 101, 164);

	private Label headline;
	private Chart statuses;
	private Chart causes;
	private org.eclipse.swt.widgets.Link more;
	private Label notices;
	private List<String> drawnCauses = List.of();
	private Chart expiry;
	private FleetSummary summary;

	@Override
	public void createPartControl(Composite parent) {
		org.eclipse.ui.PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, "rdpdoctor.ui.dashboard_view"); // F1
		parent.setLayout(new GridLayout(1, false));
		headline = new Label(parent, SWT.NONE);
		headline.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		SashForm charts = new SashForm(parent, SWT.HORIZONTAL);
		charts.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		statuses = chart(charts, "Hosts per status");
		Composite causePane = new Composite(charts, SWT.NONE);
		causePane.setLayout(new GridLayout(1, false));
		causes = chart(causePane, "Hosts per cause");
		causes.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		causes.setOrientation(SWT.VERTICAL); // horizontal bars: cause names stay readable
		causes.getPlotArea().getControl().addListener(SWT.MouseUp, e -> {
			int index = (int) Math.round(causes.getAxisSet().getXAxis(0).getDataCoordinate(e.y));
			if (index >= 0 && index < drawnCauses.size()) {
				showInFindings(drawnCauses.get(drawnCauses.size() - 1 - index)); // drawn bottom up
			}
		});
		more = new org.eclipse.swt.widgets.Link(causePane, SWT.NONE);
		more.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		more.addListener(SWT.Selection, e -> moreMenu().setVisible(true));
		notices = new Label(causePane, SWT.WRAP);
		notices.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		expiry = chart(charts, "Certificate expiry");
		expiry.getAxisSet().getXAxis(0).getTick().setTickLabelAngle(45);
		statuses.getAxisSet().getXAxis(0).getTick().setTickLabelAngle(45);
		charts.setWeights(28, 42, 30);
		org.eclipse.jface.action.MenuManager menu = new org.eclipse.jface.action.MenuManager();
		menu.add(new org.eclipse.jface.action.Action("Save Dashboard As...") {
			@Override
			public void run() {
				SaveDialogs.ask(getSite().getShell(), "Save Dashboard As", "dashboard.png", new String[] {
					"*.png", "*.svg" }, new String[] { "PNG image (as drawn)", "SVG (every cause)" }).ifPresent(file -> {
						try {
							if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
								saveSvg(file);
							} else {
								savePng(file);
							}
						} catch (java.io.IOException e) {
							org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), "Save Dashboard",
									"Cannot write " + file + ": " + e.getMessage());
						}
					});
			}
		});
		for (Chart chart : List.of(statuses, causes, expiry)) {
			chart.getPlotArea().getControl().setMenu(menu.createContextMenu(chart.getPlotArea().getControl()));
		}
		headline.setMenu(menu.createContextMenu(headline));
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
		List<Map.Entry<String, Integer>> ranked = summary.causes();
		List<Map.Entry<String, Integer>> top = ranked.stream().limit(TOP_CAUSES).toList();
		drawnCauses = top.stream().map(Map.Entry::getKey).toList();
		List<Map.Entry<String, Integer>> bottomUp = top.reversed(); // the first category is drawn lowest
		bars(causes, bottomUp.stream().map(Map.Entry::getKey).toList(),
				bottomUp.stream().mapToDouble(e -> e.getValue()).toArray(),
				bottomUp.stream().map(e -> color(summary.severityOf(e.getKey()))).toList());
		int hidden = ranked.size() - top.size();
		more.setText((top.isEmpty() ? "" : "Click a bar to list its findings")
				+ (hidden > 0 ? " \u00b7 <a>" + hidden + " more cause" + (hidden == 1 ? "" : "s") + "...</a>" : ""));
		List<Map.Entry<String, Integer>> told = summary.notices();
		notices.setText(told.isEmpty() ? "" : "Notices (about the diagnosis, not causes): " + told.stream()
				.map(e -> e.getKey() + " on " + e.getValue() + (e.getValue() == 1 ? " host" : " hosts"))
				.collect(java.util.stream.Collectors.joining(", ")));
		notices.getParent().layout();
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

	private static RGB color(rdpdoctor.model.Severity severity) {
		return switch (severity) {
		case ERROR -> ERROR;
		case WARNING -> WARNING;
		default -> INFO;
		};
	}

	/** The causes beyond the chart's, each with its count: choosing one filters Findings to it. */
	private org.eclipse.swt.widgets.Menu moreMenu() {
		org.eclipse.swt.widgets.Menu menu = new org.eclipse.swt.widgets.Menu(more);
		summary.causes().stream().skip(TOP_CAUSES).forEach(cause -> {
			org.eclipse.swt.widgets.MenuItem item = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
			item.setText(cause.getKey() + " (" + cause.getValue() + ", " + summary.severityOf(cause.getKey())
					.getName() + ")");
			item.addListener(SWT.Selection, e -> showInFindings(cause.getKey()));
		});
		return menu;
	}

	/**
	 * Shows the Findings view filtered to the cause.
	 *
	 * @param cause a cause id
	 */
	void showInFindings(String cause) {
		try {
			((FindingsView) getSite().getPage().showView(FindingsView.ID)).showCause(cause);
		} catch (org.eclipse.ui.PartInitException e) {
			org.eclipse.core.runtime.ILog.get().error("The Findings view could not open", e);
		}
	}

	/**
	 * Writes the dashboard as it is drawn now (headline, the three charts, the notices) into a PNG file, whole or not
	 * at all.
	 *
	 * @param file the file
	 * @throws java.io.IOException when it cannot be written
	 */
	void savePng(java.nio.file.Path file) throws java.io.IOException {
		Composite area = headline.getParent();
		org.eclipse.swt.graphics.Point size = area.getSize();
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(area.getDisplay(),
				Math.max(1, size.x), Math.max(1, size.y));
		try {
			org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
			try {
				area.print(gc);
			} finally {
				gc.dispose();
			}
			org.eclipse.swt.graphics.ImageLoader png = new org.eclipse.swt.graphics.ImageLoader();
			png.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			rdpdoctor.model.persistence.SafeFiles.replace(file, out -> png.save(out, SWT.IMAGE_PNG));
		} finally {
			image.dispose();
		}
	}

	/**
	 * Writes the dashboard's figures as SVG (every cause, not only the chart's top ones), whole or not at all.
	 *
	 * @param file the file
	 * @throws java.io.IOException when it cannot be written
	 */
	void saveSvg(java.nio.file.Path file) throws java.io.IOException {
		String svg = DashboardSvg.of(summary, headline.getText(), DashboardView::color);
		rdpdoctor.model.persistence.SafeFiles.replace(file, out -> out.write(svg.getBytes(
				java.nio.charset.StandardCharsets.UTF_8)));
	}

	/** @return the causes drawn, top first, for tests */
	List<String> drawnCauses() {
		return drawnCauses;
	}

	/** @return the link to the other causes and the notices line, for tests */
	String moreAndNotices() {
		return more.getText() + " | " + notices.getText();
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
