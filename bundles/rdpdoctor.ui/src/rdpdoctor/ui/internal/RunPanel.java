package rdpdoctor.ui.internal;

import java.text.DateFormat;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import rdpdoctor.core.inventory.RunRecords;
import rdpdoctor.model.Evidence;
import rdpdoctor.model.FindingRecord;
import rdpdoctor.model.Host;
import rdpdoctor.model.ProbeResult;
import rdpdoctor.model.ProbeRun;

/**
 * The Host editor's lower half: the last run's status and what changed, its findings (the selected one's
 * explanation and cited evidence below them) and every probe's evidence.
 */
final class RunPanel {

	private final CLabel summary;
	private final Label changes;
	private final TableViewer findings;
	private final Text explanation;
	private final TreeViewer evidence;

	RunPanel(Composite parent) {
		Composite panel = new Composite(parent, SWT.NONE);
		panel.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		panel.setLayout(layout);
		summary = new CLabel(panel, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		changes = new Label(panel, SWT.WRAP);
		changes.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		SashForm sash = new SashForm(panel, SWT.HORIZONTAL);
		sash.setSashWidth(6);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		SashForm left = new SashForm(sash, SWT.VERTICAL);
		findings = new TableViewer(left, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		findings.getTable().setHeaderVisible(true);
		findings.setContentProvider(ArrayContentProvider.getInstance());
		TableColumns.severity(findings, 90);
		TableColumns.<FindingRecord>text(findings, "Cause", 200, FindingRecord::getCauseId);
		TableColumns.<FindingRecord>text(findings, "Finding", 420, FindingRecord::getTitle);
		TableColumns.<FindingRecord>text(findings, "Confidence", 80, f -> Math.round(f.getConfidence() * 100) + " %");
		explanation = new Text(left, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		findings.addSelectionChangedListener(e -> explain((FindingRecord) findings.getStructuredSelection().getFirstElement()));
		left.setWeights(50, 50);
		evidence = new TreeViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		evidence.getTree().setHeaderVisible(true);
		evidence.setContentProvider(new EvidenceContent());
		treeColumn("Probe / evidence", 220, RunPanel::name);
		treeColumn("Value", 320, RunPanel::value);
		sash.setWeights(55, 45);
	}

	/** @param host shows its last run */
	void show(Host host) {
		ProbeRun run = RunRecords.last(host).orElse(null);
		if (run == null) {
			summary.setText("Never diagnosed: press Diagnose (Ctrl+R) to probe this host.");
			summary.setImage(StatusImages.of(summary.getDisplay()).get(RunRecords.status(host)));
			changes.setText("");
			findings.setInput(new Object[0]);
			evidence.setInput(null);
			explanation.setText("");
			return;
		}
		long ms = run.getFinished().getTime() - run.getStarted().getTime();
		summary.setImage(StatusImages.of(summary.getDisplay()).get(run.getStatus()));
		summary.setText(run.getStatus() + "  \u2014  " + run.getTarget() + " (" + run.getAddress() + "), diagnosed "
				+ DateFormat.getDateTimeInstance().format(run.getStarted()) + " in " + ms + " ms");
		RunRecords.Change change = RunRecords.change(host);
		changes.setText(change.before() == rdpdoctor.model.HostStatus.NEVER_PROBED ? "First diagnosis of this host."
				: "Since the previous run: " + change.describe());
		findings.setInput(run.getFindings().toArray());
		evidence.setInput(run);
		evidence.expandAll();
		if (!run.getFindings().isEmpty()) {
			findings.getTable().select(0);
			explain(run.getFindings().get(0));
		} else {
			explanation.setText("No finding: every probe saw what a healthy RDP server shows.");
		}
	}

	private void explain(FindingRecord finding) {
		if (finding == null) {
			return;
		}
		StringBuilder text = new StringBuilder(finding.getTitle()).append("\n\n").append(finding.getExplanation());
		if (!finding.getEvidence().isEmpty()) {
			text.append("\n\nEvidence cited:");
			for (Evidence cited : finding.getEvidence()) {
				ProbeResult result = (ProbeResult) cited.eContainer();
				text.append("\n  ").append(result.getProbeId()).append('.').append(cited.getKey()).append(" = ")
						.append(cited.getValue());
			}
		}
		if (!finding.getRemediationIds().isEmpty()) {
			text.append("\n\nRemediations: ").append(String.join(", ", finding.getRemediationIds()));
		}
		explanation.setText(text.toString());
	}

	private static String name(Object element) {
		if (element instanceof ProbeResult result) {
			return result.getProbeId() + "  [" + result.getStatus() + ", " + result.getDurationMs() + " ms]";
		}
		return element instanceof Evidence e ? e.getKey() : "";
	}

	private static String value(Object element) {
		if (element instanceof ProbeResult result) {
			return result.getMessage();
		}
		return element instanceof Evidence e ? e.getValue() : "";
	}

	private void treeColumn(String title, int width, java.util.function.Function<Object, String> text) {
		TreeViewerColumn column = new TreeViewerColumn(evidence, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(text));
	}

	/** Probe results, then the evidence of each. */
	private static final class EvidenceContent implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return input instanceof ProbeRun run ? run.getResults().toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof ProbeResult result ? result.getEvidence().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof Evidence e ? e.eContainer() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof ProbeResult result && !result.getEvidence().isEmpty();
		}
	}
}
