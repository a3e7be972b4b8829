package rdpdoctor.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.SimpleContentProposalProvider;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TableColumn;

import rdpdoctor.core.inventory.InventoryWalk;
import rdpdoctor.model.Inventory;
import rdpdoctor.model.Severity;

/**
 * Every finding across the inventory (last run of each host): filter box, severity, cause and group filters,
 * sortable columns, a virtual table that stays quick with tens of thousands of rows; double click opens the host.
 */
public class FindingsView extends DocumentView {

	/** The view's id. */
	public static final String ID = "rdpdoctor.ui.findings";
	private static final String ALL = "All";
	private static final String FILLING = "rdpdoctor.filling";
	/** Items added to a filter combo per UI event. */
	private static final int COMBO_CHUNK = 25;
	/**
	 * Rows the table holds at most, as the IDE's Problems view limits its items: a GTK table takes its rows one by one
	 * (5,000 rows cost some 40 ms of the UI thread each time the findings are listed again).
	 */
	static final int ROW_LIMIT = 2000;
	/**
	 * From this many hosts on, the rows are listed by a job while the UI goes on (about 175 ms of work at 10,000 hosts
	 * with five findings each); smaller inventories are listed at once.
	 */
	static int listInBackgroundFrom = 1_000;

	private FindingRows rows = new FindingRows(List.of(), FindingRows.DEFAULT_ORDER);
	private List<FindingRow> shown = List.of();
	/** Every row the filters keep, shown or beyond the table's limit: what an export writes. */
	private List<FindingRow> kept = List.of();
	private int matching;
	private volatile Comparator<FindingRow> order = FindingRows.DEFAULT_ORDER; // read by the listing job
	private Text filterText;
	private Combo severity;
	private Combo cause;
	private Text group;
	private final SimpleContentProposalProvider groupProposals = new SimpleContentProposalProvider();
	private Label count;
	private TableViewer viewer;
	private BackgroundRead<FindingRows> listing;

	@Override
	public void createPartControl(Composite parent) {
		org.eclipse.ui.PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, "rdpdoctor.ui.findings_view"); // F1
		parent.setLayout(new GridLayout(8, false));
		filterText = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filterText.setMessage("Filter findings: host, cause, title");
		filterText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		filterText.addModifyListener(e -> applyFilter());
		severity = combo(parent, "Severity:");
		cause = combo(parent, "Cause:");
		group = groupField(parent);
		count = new Label(parent, SWT.NONE);
		count.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));

		viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 8, 1));
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(new LazyRows());
		sortable(TableColumns.severity(viewer, 90).getColumn(), FindingRows.DEFAULT_ORDER);
		column("Cause", 190, FindingRow::causeLabel, Comparator.comparing(r -> r.finding().getCauseId()));
		column("Host", 180, FindingRow::target);
		column("Group", 150, FindingRow::group);
		column("Finding", 420, r -> r.finding().getTitle());
		column("Caused by", 160, r -> String.join(", ", r.finding().getCausedBy()));
		column("Confidence", 80, r -> Math.round(r.finding().getConfidence() * 100) + " %",
				Comparator.comparingDouble(r -> r.finding().getConfidence()));
		column("Since last run", 100, r -> r.appeared() ? "new" : "");
		viewer.addDoubleClickListener(e -> {
			if (viewer.getStructuredSelection().getFirstElement() instanceof FindingRow row) {
				HostEditor.open(getSite().getPage(), row.host());
			}
		});
		org.eclipse.jface.action.MenuManager menu = new org.eclipse.jface.action.MenuManager();
		menu.add(new org.eclipse.jface.action.Action("Fix...") {
			@Override
			public void run() {
				if (viewer.getStructuredSelection().getFirstElement() instanceof FindingRow row) {
					FixHandler.open(getSite().getShell(), row);
				}
			}
		});
		menu.add(new org.eclipse.jface.action.Action("Connect") {
			@Override
			public void run() {
				if (viewer.getStructuredSelection().getFirstElement() instanceof FindingRow row) {
					ConnectHandler.connect(getSite().getShell(), row.host(),
							getViewSite().getActionBars().getStatusLineManager()::setMessage);
				}
			}
		});
		menu.add(new org.eclipse.jface.action.Action("Show Supporting Events") {
			@Override
			public void run() {
				if (viewer.getStructuredSelection().getFirstElement() instanceof FindingRow row) {
					showEvents(row);
				}
			}
		});
		org.eclipse.jface.action.Action copy = new org.eclipse.jface.action.Action("Copy") {
			@Override
			public void run() {
				copySelection();
			}
		};
		copy.setActionDefinitionId(org.eclipse.ui.IWorkbenchCommandConstants.EDIT_COPY);
		menu.add(new org.eclipse.jface.action.Separator());
		menu.add(copy);
		menu.add(new org.eclipse.jface.action.Action("Export Findings...") {
			@Override
			public void run() {
				askAndExport();
			}
		});
		getViewSite().getActionBars().setGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.COPY.getId(), copy);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().setSelectionProvider(viewer);
		viewer.setInput(document()); // the rows come from the document; a lazy viewer needs some input
		listing = new BackgroundRead<>(document(), "Listing findings", inventory -> FindingRows.of(inventory, order),
				this::show);
		follow();
	}

	/** Opens the Events view on the host's events that support the finding, highlighted. */
	private void showEvents(FindingRow row) {
		try {
			EventsView events = (EventsView) getSite().getPage().showView(EventsView.ID);
			String host = row.host().getName() == null || row.host().getName().isBlank() ? row.host().getAddress()
					: row.host().getName();
			events.showSupporting(host, row.finding().getCauseId());
		} catch (org.eclipse.ui.PartInitException e) {
			org.eclipse.core.runtime.ILog.get().error("The Events view could not open", e);
		}
	}

	/**
	 * Shows the findings of one host (from the Events view's "Show Findings of This Host").
	 *
	 * @param host the host's name or address
	 */
	void showHost(String host) {
		filterText.setText(host);
	}

	/**
	 * The group filter: a field that proposes the group paths as they are typed. A GTK combo takes its items one by one
	 * at a cost that grows with the items it has (gtk_combo_box_set_wrap_width): 5,000 groups held the UI thread for
	 * 38 s in all; proposals are filtered as typed and cost nothing until asked for.
	 */
	private Text groupField(Composite parent) {
		new Label(parent, SWT.NONE).setText("Group:");
		Text field = new Text(parent, SWT.SEARCH | SWT.ICON_CANCEL);
		field.setMessage(ALL);
		field.setToolTipText("A group's path (its subgroups included); proposals as you type, Ctrl+Space for all");
		GridData data = new GridData(SWT.FILL, SWT.CENTER, false, false);
		data.widthHint = 160;
		field.setLayoutData(data);
		groupProposals.setFiltering(true);
		ContentProposalAdapter proposals = new ContentProposalAdapter(field, new TextContentAdapter(), groupProposals,
				KeyStroke.getInstance(SWT.CTRL, ' '), null);
		proposals.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
		field.addModifyListener(e -> applyFilter());
		return field;
	}

	private Combo combo(Composite parent, String label) {
		new Label(parent, SWT.NONE).setText(label);
		Combo combo = new Combo(parent, SWT.READ_ONLY);
		combo.setItems(ALL);
		combo.select(0);
		combo.addListener(SWT.Selection, e -> applyFilter());
		return combo;
	}

	private void column(String title, int width, Function<FindingRow, String> text) {
		column(title, width, text, Comparator.comparing(text));
	}

	private void column(String title, int width, Function<FindingRow, String> text, Comparator<FindingRow> order) {
		TableViewerColumn column = TableColumns.text(viewer, title, width, text);
		sortable(column.getColumn(), order.thenComparing(FindingRows.DEFAULT_ORDER));
	}

	private void sortable(TableColumn column, Comparator<FindingRow> ascending) {
		column.addListener(SWT.Selection, e -> {
			boolean up = viewer.getTable().getSortColumn() != column || viewer.getTable().getSortDirection() != SWT.UP;
			viewer.getTable().setSortColumn(column);
			viewer.getTable().setSortDirection(up ? SWT.UP : SWT.DOWN);
			order = up ? ascending : ascending.reversed();
			rows = rows.sorted(order);
			applyFilter();
		});
	}

	/** @return the filter the controls describe */
	FindingRows.Filter filter() {
		return new FindingRows.Filter(filterText.getText(),
				severity.getSelectionIndex() <= 0 ? null : Severity.get(severity.getText()),
				cause.getSelectionIndex() <= 0 ? null : cause.getText(),
				group.getText().isBlank() ? null : group.getText().strip());
	}

	private void applyFilter() {
		kept = rows.select(filter());
		matching = kept.size();
		shown = kept.size() > ROW_LIMIT ? kept.subList(0, ROW_LIMIT) : kept;
		if (shown.size() < viewer.getTable().getItemCount()) {
			viewer.getTable().removeAll(); // GTK drops a whole list at once but rows one by one: shrinking is slow
		}
		viewer.setItemCount(shown.size());
		viewer.refresh();
		count.setText(kept.size() == shown.size() ? kept.size() + " of " + rows.size() + " findings"
				: "first " + ROW_LIMIT + " of " + kept.size() + " matching (" + rows.size() + " findings): filter or sort");
		count.setToolTipText(kept.size() == shown.size() ? null
				: "The table shows at most " + ROW_LIMIT + " rows; sorting applies to all of them");
		count.getParent().layout(new org.eclipse.swt.widgets.Control[] { count });
	}

	@Override
	protected void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		Inventory inventory = document().inventory();
		if (InventoryWalk.hosts(inventory).limit(listInBackgroundFrom).count() < listInBackgroundFrom) {
			show(FindingRows.of(inventory, order));
		} else {
			listing.request();
		}
	}

	private void show(FindingRows listed) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		FindingRows shownRows = listed.order() == order ? listed : listed.sorted(order); // sorted by a column meanwhile
		rows = shownRows;
		applyFilter();
		// the filter choices next, as another event: a GTK combo takes 1,000 groups one by one
		viewer.getControl().getDisplay().asyncExec(() -> {
			if (!viewer.getControl().isDisposed() && rows == shownRows) {
				refill(severity, List.of(Severity.ERROR.getName(), Severity.WARNING.getName(), Severity.INFO.getName()));
				refill(cause, new ArrayList<>(rows.causes()));
				groupProposals.setProposals(rows.groups().toArray(String[]::new));
			}
		});
	}

	private static void refill(Combo combo, List<String> items) {
		String selected = combo.getText();
		List<String> all = new ArrayList<>(List.of(ALL));
		all.addAll(items);
		if (all.equals(List.of(combo.getItems()))) {
			return;
		}
		// a GTK combo takes its items one by one (1,000 groups: some 100 ms): the rest follows, a chunk per UI event
		Object filling = new Object();
		combo.setData(FILLING, filling);
		combo.setItems(all.subList(0, Math.min(COMBO_CHUNK, all.size())).toArray(String[]::new));
		combo.select(Math.max(0, combo.indexOf(selected)));
		addRest(combo, all, COMBO_CHUNK, filling, selected);
	}

	private static void addRest(Combo combo, List<String> all, int from, Object filling, String selected) {
		if (from >= all.size()) {
			return;
		}
		combo.getDisplay().asyncExec(() -> {
			if (combo.isDisposed() || combo.getData(FILLING) != filling) {
				return; // filled anew meanwhile
			}
			int to = Math.min(from + COMBO_CHUNK, all.size());
			all.subList(from, to).forEach(combo::add);
			if (combo.getSelectionIndex() <= 0 && all.subList(from, to).contains(selected)) {
				combo.select(combo.indexOf(selected));
			}
			addRest(combo, all, to, filling, selected);
		});
	}

	/** @return the selected rows, or every row the filters keep when at most one is selected */
	List<FindingRow> exportedRows() {
		List<FindingRow> selected = selectedRows();
		return selected.size() > 1 ? selected : kept;
	}

	private List<FindingRow> selectedRows() {
		List<FindingRow> selected = new ArrayList<>();
		for (Object row : viewer.getStructuredSelection()) {
			if (row instanceof FindingRow finding) {
				selected.add(finding);
			}
		}
		return selected;
	}

	/** Ctrl+C: the selected rows as tab-separated text, with a header line, as spreadsheets paste them. */
	void copySelection() {
		List<FindingRow> selected = selectedRows();
		if (selected.isEmpty()) {
			return;
		}
		org.eclipse.swt.dnd.Clipboard clipboard = new org.eclipse.swt.dnd.Clipboard(viewer.getControl().getDisplay());
		try {
			clipboard.setContents(new Object[] { FindingExport.tabSeparated(selected) },
					new org.eclipse.swt.dnd.Transfer[] { org.eclipse.swt.dnd.TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	private void askAndExport() {
		SaveDialogs.ask(getSite().getShell(), "Export Findings", "findings.csv", new String[] { "*.csv", "*.html" },
				new String[] { "CSV (spreadsheets)", "HTML report of these hosts" })
				.ifPresent(file -> export(file, exportedRows()).schedule());
	}

	/**
	 * @param file a .html file gets the HTML report of the rows' hosts, any other the rows as CSV
	 * @param rows the rows
	 * @return the job that writes the file whole (never half written), with progress; it reads the inventory while
	 *         edits wait ({@link InventoryDocument#beginRead()}), as every job that reads it does
	 */
	org.eclipse.core.runtime.jobs.Job export(java.nio.file.Path file, List<FindingRow> rows) {
		boolean html = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".html");
		InventoryDocument document = document();
		String title = document.inventory().getName() == null ? "Findings" : document.inventory().getName();
		org.eclipse.swt.widgets.Display display = viewer.getControl().getDisplay();
		return org.eclipse.core.runtime.jobs.Job.create("Exporting " + rows.size() + " findings to " + file,
				monitor -> {
					InventoryDocument.Reading[] reading = new InventoryDocument.Reading[1];
					display.syncExec(() -> reading[0] = document.beginRead());
					try {
						rdpdoctor.model.persistence.SafeFiles.replace(file, out -> {
							if (html) {
								FindingExport.html(title, rows, out);
							} else {
								FindingExport.csv(rows, out);
							}
						});
						return org.eclipse.core.runtime.Status.OK_STATUS;
					} catch (java.io.IOException e) {
						return org.eclipse.core.runtime.Status.error("Cannot export the findings to " + file + ": "
								+ e.getMessage(), e);
					} finally {
						display.asyncExec(() -> document.endRead(reading[0]));
					}
				});
	}

	/**
	 * Lists the findings of one cause (the other filters cleared), as a click on the dashboard asks.
	 *
	 * @param causeId the cause
	 */
	public void showCause(String causeId) {
		if (cause.indexOf(causeId) < 0) {
			cause.add(causeId); // the choices may still be filling in
		}
		cause.select(cause.indexOf(causeId));
		severity.select(0);
		filterText.setText("");
		group.setText("");
		applyFilter();
	}

	/** @return the rows shown now (at most {@link #ROW_LIMIT}), for tests */
	public List<FindingRow> shown() {
		return shown;
	}

	/** @return how many rows match the filters, shown or not */
	int matching() {
		return matching;
	}

	/** @return the severity filter, for tests */
	Combo severityCombo() {
		return severity;
	}

	/** @return the group field, for tests */
	Text groupField() {
		return group;
	}

	/** @return the group paths proposed, for tests */
	List<String> groupProposals() {
		return java.util.Arrays.stream(groupProposals.getProposals("", 0)).map(
				org.eclipse.jface.fieldassist.IContentProposal::getContent).toList();
	}

	/** @return the table, for tests */
	TableViewer viewerForTests() {
		return viewer;
	}

	/** @return the filter box, for tests */
	Text filterText() {
		return filterText;
	}

	@Override
	public void setFocus() {
		filterText.setFocus();
	}


	/** Hands the virtual table the rows it paints. */
	private final class LazyRows implements ILazyContentProvider {

		@Override
		public void updateElement(int index) {
			if (index < shown.size()) {
				viewer.replace(shown.get(index), index);
			}
		}

		@Override
		public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
			// rows come from the document, not the input
		}
	}
}
