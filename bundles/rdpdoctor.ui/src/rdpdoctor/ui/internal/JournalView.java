package rdpdoctor.ui.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import rdpdoctor.remediation.internal.HostFix;
import rdpdoctor.remediation.internal.Journal;
import rdpdoctor.remediation.internal.JournalEntry;
import rdpdoctor.remediation.internal.RemediationRun;
import rdpdoctor.remediation.Remediations;

/**
 * The remediation audit journal: one row per action, its last step, who, where, what; an action a crash interrupted
 * is marked INTERRUPTED and can be rolled back from here (its snapshot is kept).
 */
public class JournalView extends ViewPart {

	/** The view's id. */
	public static final String ID = "rdpdoctor.ui.journal";
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.withZone(ZoneId.systemDefault());
	private static Journal journal = new Journal(Journal.defaultDir());

	private TableViewer viewer;
	private Label status;

	/** @param where the journal this workbench shows (tests use their own) */
	static void use(Journal where) {
		journal = where;
	}

	/** @return the journal this workbench shows and writes */
	static Journal journal() {
		return journal;
	}

	/**
	 * @return the actions a crash interrupted, by their last entry
	 * @throws IOException when the journal cannot be read
	 */
	static List<JournalEntry> interrupted() throws IOException {
		return journal.interrupted(new ArrayList<>());
	}

	@Override
	public void createPartControl(Composite parent) {
		org.eclipse.ui.PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, "rdpdoctor.ui.journal_view"); // F1
		parent.setLayout(new GridLayout(1, false));
		status = new Label(parent, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("Action", 170, JournalEntry::action);
		column("Time", 140, e -> TIME.format(e.time()));
		column("Host", 160, JournalEntry::host);
		column("Cause", 180, JournalEntry::cause);
		column("Remediation", 180, JournalEntry::remediation);
		column("State", 170, e -> e.step().inFlight() ? "INTERRUPTED at " + e.step() : e.step().name());
		column("By", 120, JournalEntry::user);
		column("Detail", 420, JournalEntry::detail);
		MenuManager menu = new MenuManager();
		menu.add(new Action("Roll Back...") {
			@Override
			public void run() {
				if (viewer.getStructuredSelection().getFirstElement() instanceof JournalEntry entry) {
					rollBack(entry);
				}
			}
		});
		menu.add(new Action("Refresh") {
			@Override
			public void run() {
				refresh();
			}
		});
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getViewSite().getActionBars().getToolBarManager().add(new Action("Refresh") {
			@Override
			public void run() {
				refresh();
			}
		});
		refresh();
	}

	private void column(String title, int width, Function<JournalEntry, String> text) {
		TableColumns.<JournalEntry>text(viewer, title, width, e -> rdpdoctor.core.Untrusted.terminal(text.apply(e)));
	}

	/**
	 * Reads the journal again in a job (it can be long: every action since the first) and shows it when read.
	 *
	 * @return the job, scheduled
	 */
	Job refresh() {
		status.setText("Reading " + journal.dir() + "...");
		Journal reading = journal;
		Job job = Job.create("Reading the remediation journal", monitor -> {
			List<String> problems = new ArrayList<>();
			List<JournalEntry> actions;
			String text;
			try {
				actions = new ArrayList<>(reading.actions(problems));
				java.util.Collections.reverse(actions); // newest first
				long interrupted = actions.stream().filter(e -> e.step().inFlight()).count();
				text = actions.size() + " actions in " + reading.dir() + (interrupted > 0 ? "; " + interrupted
						+ " INTERRUPTED: roll them back (right click)" : "") + (problems.isEmpty() ? "" : "; "
								+ problems.size() + " damaged lines skipped");
			} catch (IOException e) {
				actions = List.of();
				text = "The journal cannot be read: " + e.getMessage();
			}
			List<JournalEntry> shown = actions;
			String said = text;
			status.getDisplay().asyncExec(() -> {
				if (!status.isDisposed()) {
					viewer.setInput(shown);
					status.setText(said);
					status.getParent().layout(true);
				}
			});
		});
		job.setSystem(true);
		job.schedule();
		return job;
	}

	private void rollBack(JournalEntry entry) {
		if (!MessageDialog.openConfirm(getSite().getShell(), "Roll Back", "Restore the snapshot of action "
				+ entry.action() + " (" + entry.remediation() + " on " + entry.host() + ")? It logs in with the "
				+ "preferences' SSH settings.")) {
			return;
		}
		Job job = Job.create("Rolling back " + entry.action(), monitor -> {
			Remediations remediations = Remediations.of(Platform.getExtensionRegistry());
			remediations.problems().forEach(ContributionProblems.logOnce("remediations"));
			try {
				RemediationRun.Outcome outcome = HostFix.rollback(entry.action(), DiagnosisPreferences.settings(),
						journal, remediations, Duration.ofMinutes(2));
				return outcome.step() == JournalEntry.Step.ROLLED_BACK ? Status.info(outcome.message())
						: Status.error(outcome.message());
			} catch (Exception e) {
				return Status.error("The rollback of " + entry.action() + " was refused: " + e.getMessage());
			}
		});
		job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
			@Override
			public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
				viewer.getControl().getDisplay().asyncExec(() -> {
					if (!viewer.getControl().isDisposed()) {
						refresh();
					}
				});
			}
		});
		job.setUser(true);
		job.schedule();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	/** @return the rows shown (for tests) */
	int rows() {
		return viewer.getTable().getItemCount();
	}
}
