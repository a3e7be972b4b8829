package rdpdoctor.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rdpdoctor.core.settings.DiagnosisSetting;
import rdpdoctor.model.Host;
import rdpdoctor.model.ModelFactory;
import rdpdoctor.remediation.internal.Journal;
import rdpdoctor.tests.harness.XrdpLabHost;

/**
 * "Fix..." in the workbench on a lab xrdp host (releng/lab/xrdp-host.sh) with a TLS-only security layer: the wizard
 * diagnoses the host again and shows the plan, applies it once confirmed, shows the verification, and Roll Back puts
 * xrdp.ini back byte for byte; the Remediation Journal view lists the action.
 */
class FixWizardLabTest {

	@TempDir
	Path dir;

	@Test
	void theFixIsPlannedConfirmedAppliedVerifiedAndRolledBack() throws Exception {
		IPreferenceStore prefs = DiagnosisPreferences.store();
		String[] keys = { DiagnosisSetting.SSH_KNOWN_HOSTS.key(), DiagnosisSetting.SSH_ACCEPT_NEW_HOST_KEY.key(),
				DiagnosisSetting.SSH_IDENTITY.key(), DiagnosisSetting.TIMEOUT_MS.key() };
		String[] before = new String[keys.length];
		for (int i = 0; i < keys.length; i++) {
			before[i] = prefs.getString(keys[i]);
		}
		Journal previous = JournalView.journal();
		try (XrdpLabHost lab = XrdpLabHost.up("rdpfui", 14)) {
			prefs.setValue(keys[0], dir.resolve("known_hosts").toString());
			prefs.setValue(keys[1], true);
			prefs.setValue(keys[2], lab.clientKey().toString());
			prefs.setValue(keys[3], 3000);
			JournalView.use(new Journal(dir.resolve("journal")));
			lab.setIni("security_layer", "tls");
			String ini = Files.readString(lab.etcXrdp().resolve("xrdp.ini"));
			Host host = ModelFactory.eINSTANCE.createHost();
			host.setName(lab.address());
			host.setRdpPort(3389);
			host.setSshUser(lab.adminUser()); // the host editor's field: the admin account for fixes

			FixWizard wizard = new FixWizard(host, "SECURITY_LAYER_TLS_REQUIRED", JournalView.journal());
			WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
					wizard);
			dialog.setBlockOnOpen(false);
			dialog.open();
			try {
				UiWait.until(() -> "the plan: " + wizard.planPage().planShown(), () -> wizard.planPage().confirm()
						.isEnabled(), 120_000);
				assertTrue(wizard.planPage().planShown().contains("ini_set security_layer negotiate"),
						wizard.planPage().planShown());
				assertEquals(ini, Files.readString(lab.etcXrdp().resolve("xrdp.ini")), "nothing runs before the OK");
				assertTrue(!wizard.planPage().isPageComplete(), "not confirmed yet");
				wizard.planPage().confirm().setSelection(true);
				wizard.planPage().confirm().notifyListeners(SWT.Selection, null);
				assertTrue(wizard.planPage().isPageComplete());

				dialog.showPage(wizard.resultPage());
				UiWait.until(() -> "the verdict: " + wizard.resultPage().verdictShown(), () -> wizard.outcome() != null
						&& !wizard.resultPage().verdictShown().isEmpty(), 120_000);
				assertTrue(wizard.resultPage().verdictShown().startsWith("Fixed and verified"),
						wizard.resultPage().verdictShown());
				assertTrue(wizard.resultPage().connectButton().isEnabled(), "the last page offers Connect");
				assertTrue(Files.readString(lab.etcXrdp().resolve("xrdp.ini")).contains("\nsecurity_layer=negotiate\n"));

				wizard.resultPage().rollBackButton().notifyListeners(SWT.Selection, null);
				UiWait.until(() -> "the rollback: " + wizard.resultPage().verdictShown(), () -> wizard.resultPage()
						.verdictShown().startsWith("Rolled back"), 120_000);
				assertEquals(ini, Files.readString(lab.etcXrdp().resolve("xrdp.ini")), "byte for byte");
			} finally {
				dialog.close();
			}
			JournalView view = (JournalView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
					.showView(JournalView.ID);
			org.eclipse.core.runtime.jobs.Job read = view.refresh(); // off the UI thread
			UiWait.until(() -> "the journal read", () -> read.getResult() != null, 30_000);
			UiWait.flush();
			assertEquals(1, view.rows(), "one action, rolled back");
		} finally {
			for (int i = 0; i < keys.length; i++) {
				prefs.setValue(keys[i], before[i]);
			}
			JournalView.use(previous);
		}
	}
}
