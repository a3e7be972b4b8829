package rdpdoctor.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Slider;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import rdpdoctor.core.Untrusted;
import rdpdoctor.core.codes.RdpEvents;
import rdpdoctor.events.internal.EvtxReader;
import rdpdoctor.events.LogEvent;

/**
 * The Event viewer: every imported event of every host in one table (a million stay quick: the table holds one page
 * of items, filled from {@link EventStore}'s columns as the slider or the wheel moves), filters by host, channel,
 * level, ID, time and text, a details pane with the message, the fields and the event's XML (read again from its
 * file), the events that support a finding highlighted. Files come by Import Events... or by dropping them on the
 * view.
 */
public class EventsView extends DocumentView {

	/** The view's id. */
	public static final String ID = "rdpdoctor.ui.events";
	private static final String ANY = "(any)";
	private static final String[] LEVELS = { ANY, "Critical", "Error", "Warning", "Information", "Verbose" };

	/** The events of imported files, and those shown: these and the ones the hosts' last runs collected. */
	private EventStore imported = new EventStore();
	private EventStore store = new EventStore();
	private BackgroundRead<EventStore> collecting;
	private int[] rows = new int[0];
	private IntPredicate highlighted = i -> false;
	private String highlightedFor = "";
	private Table table;
	private Combo host;
	private Combo channel;
	private Combo level;
	private Text ids;
	private Text from;
	private Text to;
	private Text search;
	private Label count;
	private Text details;
	private Color highlight;
	private Slider slider;
	/** The first row shown, and the row selected (indices into {@link #rows}; -1 for none). */
	private int offset;
	private int selected = -1;
	/** Reads the selected event again from its file, off the UI thread. */
	private Job detailsJob;
	private int detailsGeneration;

	@Override
	public void createPartControl(Composite parent) {
		org.eclipse.ui.PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, "rdpdoctor.ui.events_view"); // F1
		parent.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		bar.setLayout(new GridLayout(17, false));
		host = combo(bar, "Host:");
		channel = combo(bar, "Channel:");
		level = combo(bar, "Level:");
		level.setItems(LEVELS);
		level.select(0);
		ids = text(bar, "ID:", "36870,1149", 90);
		from = text(bar, "From:", "2026-11-30T00:00Z or 24h", 140);
		to = text(bar, "To:", "(now)", 120);
		search = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage("Text in message, data, provider");
		search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		search.addModifyListener(e -> applyFilter());
		Button importButton = new Button(bar, SWT.PUSH);
		importButton.setText("Import Events...");
		importButton.addListener(SWT.Selection, e -> importWithDialog());
		Button clearButton = new Button(bar, SWT.PUSH);
		clearButton.setText("Clear");
		clearButton.addListener(SWT.Selection, e -> clear());
		count = new Label(bar, SWT.NONE);
		count.setText("no events: import .evtx, XML, xrdp logs or journal JSON, or drop them here");

		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		// a window of rows over the filtered events and a slider of its own: a table of a million items is slow
		// to fill and slower to empty on GTK, a page of items is not
		Composite window = new Composite(sash, SWT.NONE);
		GridLayout windowLayout = new GridLayout(2, false);
		windowLayout.marginWidth = 0;
		windowLayout.marginHeight = 0;
		windowLayout.horizontalSpacing = 0;
		window.setLayout(windowLayout);
		table = new Table(window, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE | SWT.NO_SCROLL);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String[] column : new String[][] { { "Time (UTC)", "170" }, { "Host", "150" }, { "Level", "80" },
				{ "ID", "60" }, { "Provider", "220" }, { "Channel", "220" }, { "Message", "600" } }) {
			TableColumn c = new TableColumn(table, SWT.NONE);
			c.setText(column[0]);
			c.setWidth(Integer.parseInt(column[1]));
		}
		slider = new Slider(window, SWT.VERTICAL);
		slider.setLayoutData(new GridData(SWT.CENTER, SWT.FILL, false, true));
		slider.addListener(SWT.Selection, e -> scrollTo(slider.getSelection()));
		table.addListener(SWT.Resize, e -> resizePage());
		table.addListener(SWT.MouseVerticalWheel, e -> {
			e.doit = false;
			scrollTo(offset - e.count);
		});
		table.addListener(SWT.KeyDown, this::key);
		table.addListener(SWT.Selection, e -> {
			int index = table.getSelectionIndex();
			selected = index < 0 ? -1 : offset + index;
			showDetails();
		});
		org.eclipse.jface.action.MenuManager menu = new org.eclipse.jface.action.MenuManager();
		menu.add(new org.eclipse.jface.action.Action("Show Findings of This Host") {
			@Override
			public void run() {
				if (selected >= 0 && selected < rows.length) {
					showFindings(store.host(rows[selected]));
				}
			}
		});
		menu.add(new org.eclipse.jface.action.Action("Save Filtered Events As...") {
			@Override
			public void run() {
				SaveDialogs.ask(getSite().getShell(), "Save Filtered Events As", "events.csv", new String[] {
					"*.csv", "*.xml" }, new String[] { "CSV (the columns of rdpdoctor events --format csv)",
						"XML (Event Viewer's, with display information)" })
						.ifPresent(file -> saveFiltered(file).schedule());
			}
		});
		table.setMenu(menu.createContextMenu(table));
		details = new Text(sash, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		sash.setWeights(70, 30);
		highlight = new Color(255, 243, 176);
		DropTarget drop = new DropTarget(table, DND.DROP_COPY | DND.DROP_DEFAULT);
		drop.setTransfer(new Transfer[] { FileTransfer.getInstance() });
		drop.addDropListener(new DropTargetAdapter() {
			@Override
			public void drop(DropTargetEvent event) {
				if (event.data instanceof String[] names) {
					importFiles(List.of(names).stream().map(Path::of).filter(Files::isRegularFile).toList());
				}
			}
		});
		collecting = new BackgroundRead<>(document(), "Listing the hosts' events", CollectedEvents::of,
				this::showCollected);
		follow();
	}

	@Override
	protected void refresh() {
		if (table != null && !table.isDisposed()) {
			collecting.request(); // the events the hosts' last runs read over SSH, with the imported ones
		}
	}

	/** Shows the imported events with those the hosts' last runs collected. */
	private void showCollected(EventStore collected) {
		if (table.isDisposed()) {
			return;
		}
		EventStore both = imported.copy();
		both.addAll(collected);
		both.sort();
		store = both;
		refreshChoices();
		applyFilter();
	}

	private Combo combo(Composite parent, String label) {
		new Label(parent, SWT.NONE).setText(label);
		Combo combo = new Combo(parent, SWT.READ_ONLY);
		combo.setItems(ANY);
		combo.select(0);
		combo.addListener(SWT.Selection, e -> applyFilter());
		return combo;
	}

	private Text text(Composite parent, String label, String hint, int width) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER);
		text.setMessage(hint);
		GridData data = new GridData();
		data.widthHint = width;
		text.setLayoutData(data);
		text.addModifyListener(e -> applyFilter());
		return text;
	}

	/** Asks for event files and imports them. */
	void importWithDialog() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText("Import Events");
		dialog.setFilterExtensions(new String[] { "*.evtx;*.xml;*.log;*.json", "*" });
		if (dialog.open() != null) {
			List<Path> files = new ArrayList<>();
			for (String name : dialog.getFileNames()) {
				files.add(Path.of(dialog.getFilterPath(), name));
			}
			importFiles(files);
		}
	}

	/**
	 * Imports event files in the background; the table shows them when they are read.
	 *
	 * @param files the files
	 * @return the job
	 */
	public Job importFiles(List<Path> files) {
		Job job = new EventImportJob(imported, files, (loaded, damage) -> table.getDisplay().asyncExec(() -> {
			if (table.isDisposed()) {
				return;
			}
			imported = loaded;
			store = loaded;
			refreshChoices();
			applyFilter();
			refresh(); // and the hosts' collected events again beside them
			if (!damage.isEmpty()) {
				details.setText(Untrusted.terminal("Not everything could be read:\n" + String.join("\n", damage
						.subList(0, Math.min(20, damage.size())))));
			}
		}));
		job.setUser(true);
		job.schedule();
		return job;
	}

	private void refreshChoices() {
		refill(host, store.hosts());
		refill(channel, store.channels());
	}

	private static void refill(Combo combo, List<String> values) {
		String selected = combo.getText();
		List<String> items = new ArrayList<>();
		items.add(ANY);
		values.stream().filter(v -> !v.isEmpty()).sorted().map(Untrusted::terminal).forEach(items::add);
		combo.setItems(items.toArray(String[]::new));
		combo.select(Math.max(0, items.indexOf(selected)));
	}

	/** @return the filter the bar shows */
	EventFilter filter() {
		return new EventFilter(choice(host), choice(channel), level.getSelectionIndex(), parseIds(ids.getText()),
				time(from.getText(), Long.MIN_VALUE), time(to.getText(), Long.MAX_VALUE), search.getText());
	}

	private String choice(Combo combo) {
		return combo.getSelectionIndex() <= 0 ? "" : unescaped(combo, combo.getText());
	}

	/** The combo shows names escaped; the filter needs the name itself. */
	private String unescaped(Combo combo, String shown) {
		List<String> values = combo == host ? store.hosts() : store.channels();
		return values.stream().filter(v -> Untrusted.terminal(v).equals(shown)).findFirst().orElse(shown);
	}

	private static Set<Integer> parseIds(String text) {
		Set<Integer> parsed = new LinkedHashSet<>();
		for (String part : text.split("[,\\s]+")) {
			if (part.matches("\\d{1,5}")) {
				parsed.add(Integer.parseInt(part));
			}
		}
		return parsed;
	}

	/** An instant ({@code 2026-11-30T08:00:00Z}, a date) or a time back from now ({@code 24h}, {@code 7d}). */
	private static long time(String text, long none) {
		String t = text.strip().toLowerCase(Locale.ROOT);
		if (t.isEmpty()) {
			return none;
		}
		try {
			if (t.matches("\\d{1,6}[mhd]")) {
				long n = Long.parseLong(t.substring(0, t.length() - 1));
				long unit = switch (t.charAt(t.length() - 1)) {
				case 'm' -> 60_000L;
				case 'h' -> 3_600_000L;
				default -> 86_400_000L;
				};
				return System.currentTimeMillis() - n * unit;
			}
			if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
				return Instant.parse(t + "T00:00:00Z").toEpochMilli();
			}
			return Instant.parse(text.strip().toUpperCase(Locale.ROOT)).toEpochMilli();
		} catch (DateTimeParseException | NumberFormatException e) {
			return none;
		}
	}

	/** Forgets every event shown and every filter. */
	void clear() {
		imported = new EventStore();
		store = new EventStore();
		highlighted = i -> false;
		highlightedFor = "";
		for (Text text : new Text[] { ids, from, to, search }) {
			text.setText("");
		}
		refreshChoices();
		level.select(0);
		details.setText("");
		applyFilter();
	}

	/** Filters again (on the UI thread: a pass over a million rows' columns takes milliseconds). */
	void applyFilter() {
		if (table == null || table.isDisposed()) {
			return;
		}
		rows = store.select(filter());
		selected = -1;
		offset = 0;
		resizePage();
		count.setText(rows.length + " of " + store.size() + " events" + (highlightedFor.isEmpty() ? ""
				: "; highlighted: " + highlightedFor));
		count.getParent().layout();
	}

	/** Makes as many items as fit, then shows the rows from the offset. */
	private void resizePage() {
		int itemHeight = Math.max(1, table.getItemHeight());
		int height = table.getClientArea().height - table.getHeaderHeight();
		int page = Math.max(1, height / itemHeight);
		while (table.getItemCount() < page) {
			new TableItem(table, SWT.NONE);
		}
		while (table.getItemCount() > page) {
			table.getItem(table.getItemCount() - 1).dispose();
		}
		scrollTo(offset);
	}

	private void scrollTo(int first) {
		int page = table.getItemCount();
		offset = Math.max(0, Math.min(first, rows.length - page));
		slider.setValues(offset, 0, Math.max(rows.length, 1), Math.max(1, Math.min(page, rows.length)), 1,
				Math.max(1, page - 1));
		slider.setEnabled(rows.length > page);
		for (int k = 0; k < page; k++) {
			fill(table.getItem(k), offset + k);
		}
		int shown = selected - offset;
		if (shown >= 0 && shown < page) {
			table.setSelection(shown);
		} else {
			table.deselectAll();
		}
	}

	/** Keys that move beyond the page shown: up, down, page up, page down, home, end. */
	private void key(Event e) {
		int page = table.getItemCount();
		int current = selected < 0 ? offset : selected;
		int next = switch (e.keyCode) {
		case SWT.ARROW_DOWN -> current + 1;
		case SWT.ARROW_UP -> current - 1;
		case SWT.PAGE_DOWN -> current + page;
		case SWT.PAGE_UP -> current - page;
		case SWT.HOME -> 0;
		case SWT.END -> rows.length - 1;
		default -> Integer.MIN_VALUE;
		};
		if (next == Integer.MIN_VALUE || rows.length == 0) {
			return;
		}
		e.doit = false;
		selected = Math.max(0, Math.min(rows.length - 1, next));
		if (selected < offset) {
			offset = selected;
		} else if (selected >= offset + page) {
			offset = selected - page + 1;
		}
		scrollTo(offset);
		showDetails();
	}

	private void fill(TableItem item, int index) {
		if (index < 0 || index >= rows.length) {
			item.setText(new String[7]);
			item.setBackground(null);
			return;
		}
		int i = rows[index];
		item.setText(new String[] { Instant.ofEpochMilli(store.time(i)).toString(), Untrusted.terminal(store.host(i)),
				LEVELS[Math.max(0, Math.min(5, store.level(i)))].replace(ANY, "LogAlways"), String.valueOf(store.id(i)),
				Untrusted.terminal(store.provider(i)), Untrusted.terminal(store.channel(i)),
				Untrusted.terminal(store.text(i)) });
		item.setBackground(highlighted.test(i) ? highlight : null);
	}

	private void showDetails() {
		if (selected < 0 || selected >= rows.length) {
			return;
		}
		int i = rows[selected];
		StringBuilder text = new StringBuilder();
		text.append(Instant.ofEpochMilli(store.time(i))).append("  ").append(store.host(i)).append("  ")
				.append(store.provider(i)).append(' ').append(store.id(i)).append("  ").append(store.channel(i))
				.append("\n\n").append(store.text(i)).append("\n\n");
		EventStore.Origin origin = store.origin(i);
		// the file is read again off the UI thread; a later selection cancels the read and its answer is dropped
		int generation = ++detailsGeneration;
		if (detailsJob != null) {
			detailsJob.cancel();
		}
		if (origin.file().isEmpty()) {
			showDetails(text.append("(collected from the host: its XML stays there)"));
			return;
		}
		showDetails(new StringBuilder(text).append("(reading the event's data and XML again from ")
				.append(origin.file()).append("...)"));
		detailsJob = Job.createSystem("Reading an event again from " + origin.file(), monitor -> {
			Optional<LogEvent> read = xml(origin);
			if (monitor.isCanceled()) {
				return;
			}
			read.ifPresentOrElse(e -> {
				e.data().forEach((k, v) -> text.append(k).append(" = ").append(v).append('\n'));
				text.append('\n').append(e.xml());
			}, () -> text.append("(the event's XML could not be read again from " + origin.file() + ")"));
			details.getDisplay().asyncExec(() -> {
				if (!details.isDisposed() && generation == detailsGeneration) { // no other event asked for since
					showDetails(text);
				}
			});
		});
		detailsJob.schedule();
	}

	private void showDetails(CharSequence text) {
		details.setText(Untrusted.terminal(text.toString()).replace("\\u000A", "\n"));
	}

	/** @return the job reading the selected event's details again, if one was started (for tests) */
	Job detailsJob() {
		return detailsJob;
	}

	/** Ends reading a file again once the event wanted is read. */
	private static final class FoundIt extends RuntimeException {
		private static final long serialVersionUID = 1L;

		FoundIt() {
			super(null, null, false, false);
		}
	}

	/** The event read again from its file, for its XML and data. */
	private static Optional<LogEvent> xml(EventStore.Origin origin) {
		if (origin.file().isEmpty()) {
			return Optional.empty();
		}
		try {
			Path file = Path.of(origin.file());
			if (origin.file().toLowerCase(Locale.ROOT).endsWith(".evtx")) {
				return EvtxReader.record(file, origin.place());
			}
			// other files: read again up to the event (its number in the file, or its record number)
			List<LogEvent> found = new ArrayList<>();
			long[] number = { 0 };
			try {
				rdpdoctor.events.EventSources.read(rdpdoctor.events.EventSources.builtInReaders(), file, e -> {
					number[0]++;
					if (e.recordId() == origin.place() || e.recordId() == 0 && number[0] == origin.place()) {
						found.add(e);
						throw new FoundIt();
					}
				}, damage -> {
				});
			} catch (FoundIt done) {
				// read no further
			}
			return found.stream().findFirst();
		} catch (java.io.IOException | rdpdoctor.events.EventReadException e) {
			return Optional.empty();
		}
	}

	/**
	 * Highlights and shows the events that support a finding of a host ({@link RdpEvents}): the host's events only.
	 *
	 * @param hostName the host, as its events name it or as the inventory does (compared ignoring case and domain)
	 * @param cause    the finding's cause
	 * @return how many events support it
	 */
	public int showSupporting(String hostName, String cause) {
		String wanted = shortName(hostName);
		EventStore shown = store;
		highlighted = i -> shortName(shown.host(i)).equals(wanted) && RdpEvents.signals(shown.id(i),
				shown.provider(i), shown.text(i)).stream().anyMatch(s -> s.cause().equals(cause));
		int supporting = 0;
		for (int i = 0; i < shown.size(); i++) {
			supporting += highlighted.test(i) ? 1 : 0;
		}
		highlightedFor = supporting + " events support " + cause + " on " + hostName;
		String exact = shown.hosts().stream().filter(h -> shortName(h).equals(wanted)).findFirst().orElse("");
		host.select(Math.max(0, List.of(host.getItems()).indexOf(Untrusted.terminal(exact))));
		applyFilter();
		return supporting;
	}

	/** The Findings view, filtered to a host (by its short name: events name hosts by their computer name). */
	private void showFindings(String eventHost) {
		try {
			FindingsView findings = (FindingsView) getSite().getPage().showView(FindingsView.ID);
			findings.showHost(shortName(eventHost));
		} catch (org.eclipse.ui.PartInitException e) {
			org.eclipse.core.runtime.ILog.get().error("The Findings view could not open", e);
		}
	}

	private static String shortName(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		int dot = lower.indexOf('.');
		return dot > 0 && !lower.matches("[0-9.]+") ? lower.substring(0, dot) : lower;
	}

	/**
	 * @param file where the events the filters keep go: as XML in Event Viewer's form when its name ends in .xml,
	 *             else as CSV
	 * @return the job that writes them (whole or not at all), with progress and cancellation
	 */
	org.eclipse.core.runtime.jobs.Job saveFiltered(java.nio.file.Path file) {
		EventStore events = store;
		int[] kept = rows.clone();
		boolean xml = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml");
		return org.eclipse.core.runtime.jobs.Job.create("Saving " + kept.length + " events to " + file, monitor -> {
			try {
				rdpdoctor.model.persistence.SafeFiles.replace(file, out -> {
					if (xml) {
						EventExport.xml(events, kept, out, monitor);
					} else {
						EventExport.csv(events, kept, out, monitor);
					}
				});
				return org.eclipse.core.runtime.Status.OK_STATUS;
			} catch (java.io.IOException e) {
				return org.eclipse.core.runtime.Status.error("Cannot save the events to " + file + ": "
						+ e.getMessage(), e);
			}
		});
	}

	/** @return the rows shown now (for tests) */
	int[] rows() {
		return rows.clone();
	}

	Combo hostCombo() {
		return host;
	}

	Combo levelCombo() {
		return level;
	}

	Text idsText() {
		return ids;
	}

	Text searchText() {
		return search;
	}

	Text fromText() {
		return from;
	}

	Table table() {
		return table;
	}

	String details() {
		return details.getText();
	}

	/** @return the events held (for tests and benchmarks) */
	EventStore store() {
		return store;
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}

	@Override
	public void dispose() {
		if (highlight != null) {
			highlight.dispose();
		}
		super.dispose();
	}
}
