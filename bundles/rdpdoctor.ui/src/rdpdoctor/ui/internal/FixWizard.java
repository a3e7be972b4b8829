package rdpdoctor.ui.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.Installed;
import rdpdoctor.core.Target;
import rdpdoctor.core.engine.DiagnosisEngine;
import rdpdoctor.model.Host;
import rdpdoctor.remediation.internal.HostFix;
import rdpdoctor.remediation.internal.Journal;
import rdpdoctor.remediation.internal.JournalEntry;
import rdpdoctor.remediation.internal.PlanText;
import rdpdoctor.remediation.internal.RemediationRun;
import rdpdoctor.remediation.Remediations;

/**
 * "Fix..." on a finding: the host is diagnosed again and the remediation's plan shown in full (every script, as it
 * will run); the admin confirms; the change is applied with progress, journaled and verified by a fresh diagnosis;
 * the result page shows the verdict and offers Roll Back. Logs in with the host's SSH settings, as a diagnosis does.
 */
public final class FixWizard extends Wizard {

	private static final Duration APPLY_LIMIT = Duration.ofMinutes(2);

	private final Host host;
	private final String cause;
	private final Journal journal;
	private final HostSsh ssh;
	private final DiagnosisSettings settings;
	private final PlanPage planPage;
	private final ResultPage resultPage;
	private volatile DiagnosisEngine engine;
	private volatile HostFix.Planned planned;
	private volatile RemediationRun.Outcome outcome;

	/**
	 * @param host    the host
	 * @param cause   the cause to fix
	 * @param journal the audit journal
	 */
	public FixWizard(Host host, String cause, Journal journal) {
		this.host = host;
		this.cause = cause;
		this.journal = journal;
		Target target = target(host);
		Map<Target, List<Host>> one = new LinkedHashMap<>();
		one.put(target, List.of(host));
		DiagnosisSettings preferences = DiagnosisPreferences.settings();
		this.ssh = new HostSsh(one, preferences);
		this.settings = preferences.withExtras(ssh.settingsOf(target));
		this.planPage = new PlanPage(); // after the fields the pages read
		this.resultPage = new ResultPage();
		setWindowTitle("Fix " + cause + " on " + target);
		setNeedsProgressMonitor(true);
	}

	private static Target target(Host host) {
		return new Target(host.getName() == null ? "" : host.getName().trim(), host.getRdpPort(), host.getAddress());
	}

	@Override
	public void addPages() {
		addPage(planPage);
		addPage(resultPage);
	}

	@Override
	public boolean canFinish() {
		return outcome != null; // until applied, only Cancel: nothing has run
	}

	@Override
	public boolean performFinish() {
		return true;
	}

	@Override
	public void dispose() {
		ssh.withdraw(); // the kept password offered to this wizard's logins, as a diagnosis withdraws it
		super.dispose();
	}

	/** Diagnoses the host again and writes the plan (in the wizard's progress area). */
	void makePlan() {
		String[] shown = new String[1];
		try {
			getContainer().run(true, false, monitor -> {
				monitor.beginTask("Diagnosing " + target(host) + " and writing the plan", IProgressMonitor.UNKNOWN);
				List<String> problems = new ArrayList<>();
				Optional<DiagnosisEngine> installed = Installed.engine(Platform.getExtensionRegistry(), settings,
						problems::add);
				if (installed.isEmpty()) {
					shown[0] = "No probes are installed: " + String.join("; ", problems);
					return;
				}
				engine = installed.get();
				HostDiagnosis before = engine.diagnose(List.of(target(host)), null, new NullProgressMonitor())
						.get(0);
				Remediations remediations = Remediations.of(Platform.getExtensionRegistry());
				remediations.problems().forEach(ContributionProblems.logOnce("remediations"));
				try {
					planned = HostFix.plan(before, cause, remediations);
					shown[0] = String.join("\n", PlanText.lines(planned.plan(), planned.descriptor().name()));
				} catch (HostFix.NoPlan e) {
					shown[0] = e.getMessage();
				}
			});
		} catch (InvocationTargetException e) {
			shown[0] = "The plan could not be made: " + e.getCause();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			shown[0] = "Interrupted";
		}
		planPage.show(shown[0], planned != null);
	}

	/** Applies the confirmed plan: snapshot, change, verification, journaled. */
	void apply() {
		String[] shown = new String[1];
		try {
			getContainer().run(true, false, monitor -> {
				monitor.beginTask("Applying " + planned.plan().remediation() + " to " + planned.plan().host()
						+ ", then diagnosing it again", IProgressMonitor.UNKNOWN);
				try {
					outcome = HostFix.apply(planned, settings, engine, journal, APPLY_LIMIT);
					shown[0] = verdict(outcome);
				} catch (IOException e) {
					shown[0] = "Refused, nothing changed: " + e.getMessage();
				}
			});
		} catch (InvocationTargetException e) {
			shown[0] = "The fix failed: " + e.getCause();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			shown[0] = "Interrupted";
		}
		resultPage.show(shown[0], outcome != null && !outcome.snapshot().isEmpty());
	}

	/** Rolls the applied action back from its snapshot. */
	void rollBack() {
		String[] shown = new String[1];
		try {
			getContainer().run(true, false, monitor -> {
				monitor.beginTask("Rolling back action " + outcome.action(), IProgressMonitor.UNKNOWN);
				Remediations remediations = Remediations.of(Platform.getExtensionRegistry());
				remediations.problems().forEach(ContributionProblems.logOnce("remediations"));
				try {
					RemediationRun.Outcome undone = HostFix.rollback(outcome.action(), settings, journal,
							remediations, APPLY_LIMIT);
					shown[0] = undone.step() == JournalEntry.Step.ROLLED_BACK ? "Rolled back: the snapshot of action "
							+ outcome.action() + " is restored." : undone.message();
				} catch (IOException | rdpdoctor.remediation.RemediationRefused e) {
					shown[0] = "The rollback was refused, nothing changed: " + e.getMessage();
				}
			});
		} catch (InvocationTargetException e) {
			shown[0] = "The rollback failed: " + e.getCause();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			shown[0] = "Interrupted";
		}
		resultPage.show(shown[0], false);
	}

	private static String verdict(RemediationRun.Outcome outcome) {
		return switch (outcome.step()) {
		case VERIFIED -> "Fixed and verified (action " + outcome.action() + "): " + outcome.message();
		case REFUSED -> "Refused, nothing changed: " + outcome.message();
		case VERIFY_FAILED -> "Applied, but the verification failed (action " + outcome.action() + "): "
				+ outcome.message() + "\nRoll back to restore the snapshot.";
		default -> outcome.step() + " (action " + outcome.action() + "): " + outcome.message();
		};
	}

	/** @return the outcome of the apply, once done (for tests) */
	RemediationRun.Outcome outcome() {
		return outcome;
	}

	/** The plan in full, and the confirmation. */
	final class PlanPage extends WizardPage {
		private Text plan;
		private Button confirm;

		PlanPage() {
			super("plan", "Plan", null);
			setDescription("What will run on " + target(host) + ", exactly; nothing runs until you confirm");
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			page.setLayout(new GridLayout(1, false));
			plan = new Text(page, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
			plan.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
			GridData size = new GridData(SWT.FILL, SWT.FILL, true, true);
			size.widthHint = 760;
			size.heightHint = 420;
			plan.setLayoutData(size);
			confirm = new Button(page, SWT.CHECK);
			confirm.setText("I have read the plan: apply it to " + target(host));
			confirm.setEnabled(false);
			confirm.addListener(SWT.Selection, e -> setPageComplete(confirm.getSelection()));
			setControl(page);
		}

		@Override
		public void setVisible(boolean visible) {
			super.setVisible(visible);
			if (visible && planned == null && plan.getText().isEmpty()) {
				getShell().getDisplay().asyncExec(FixWizard.this::makePlan);
			}
		}

		void show(String text, boolean applicable) {
			plan.setText(text);
			confirm.setEnabled(applicable);
			setErrorMessage(applicable ? null : text.lines().findFirst().orElse(text));
		}

		/** @return the check box confirming the plan (for tests) */
		Button confirm() {
			return confirm;
		}

		/** @return the plan as shown (for tests) */
		String planShown() {
			return plan.getText();
		}

		@Override
		public org.eclipse.jface.wizard.IWizardPage getNextPage() {
			return resultPage;
		}
	}

	/** The verdict, Roll Back, and Connect to the host fixed. */
	final class ResultPage extends WizardPage {
		private Label verdict;
		private Button rollBack;
		private Button connect;
		private Label connectStatus;

		ResultPage() {
			super("result", "Result", null);
			setDescription("The change, verified by diagnosing the host again");
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			page.setLayout(new GridLayout(1, false));
			verdict = new Label(page, SWT.WRAP);
			GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false);
			wide.widthHint = 740;
			verdict.setLayoutData(wide);
			rollBack = new Button(page, SWT.PUSH);
			rollBack.setText("Roll Back");
			rollBack.setEnabled(false);
			rollBack.addListener(SWT.Selection, e -> rollBack());
			connect = new Button(page, SWT.PUSH);
			connect.setText("Connect to " + target(host));
			connect.setToolTipText("Start the Remote Desktop client on the host, as Connect (Ctrl+Enter) does");
			connect.setEnabled(false);
			connect.addListener(SWT.Selection, e -> ConnectHandler.connect(getShell(), host, this::connected));
			connectStatus = new Label(page, SWT.WRAP);
			connectStatus.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			setControl(page);
		}

		@Override
		public void setVisible(boolean visible) {
			super.setVisible(visible);
			if (visible && outcome == null) {
				getShell().getDisplay().asyncExec(FixWizard.this::apply);
			}
		}

		void show(String text, boolean undoable) {
			verdict.setText(text);
			rollBack.setEnabled(undoable);
			connect.setEnabled(outcome != null && outcome.step() == JournalEntry.Step.VERIFIED);
			verdict.getParent().layout(true);
			getContainer().updateButtons();
		}

		/** @return the verdict as shown (for tests) */
		String verdictShown() {
			return verdict.getText();
		}

		private void connected(String commandLine) {
			connectStatus.setText(commandLine);
			connectStatus.getParent().layout(true);
		}

		/** @return the Connect button (for tests) */
		Button connectButton() {
			return connect;
		}

		/** @return the Roll Back button (for tests) */
		Button rollBackButton() {
			return rollBack;
		}

		@Override
		public org.eclipse.jface.wizard.IWizardPage getPreviousPage() {
			return null; // applied: there is no going back to the plan
		}
	}

	/** @return the plan page (for tests) */
	PlanPage planPage() {
		return planPage;
	}

	/** @return the result page (for tests) */
	ResultPage resultPage() {
		return resultPage;
	}
}
