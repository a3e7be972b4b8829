package rdpdoctor.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** Fix (toolbar): the Fix wizard for the finding selected in the Findings view. */
public final class FixHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof FindingRow row) {
			open(shell, row);
		} else {
			MessageDialog.openInformation(shell, "Fix", "Select a finding in the Findings view: Fix plans the "
					+ "remediation of its cause on its host.");
		}
		return null;
	}

	/**
	 * @param shell the wizard's parent
	 * @param row   the finding to fix
	 */
	static void open(Shell shell, FindingRow row) {
		new WizardDialog(shell, new FixWizard(row.host(), row.finding().getCauseId(), JournalView.journal())).open();
	}
}
