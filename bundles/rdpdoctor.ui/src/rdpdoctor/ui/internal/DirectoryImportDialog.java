package rdpdoctor.ui.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import rdpdoctor.inventory.io.DirectoryImport;

/**
 * File > Import Hosts from Active Directory: the server, base DN and user (remembered), the password (asked, or the
 * one kept in secure storage), extra CAs; the computers are read in a job and previewed as file imports are.
 */
public final class DirectoryImportDialog extends TitleAreaDialog {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);
	private static final String[] KEYS = { "directory.url", "directory.base", "directory.user", "directory.caFile" };

	private final Text[] fields = new Text[KEYS.length];
	private Text password;
	private Button remember;
	private Button referrals;
	private Button kerberos;
	private DirectoryImport.Source source;
	private char[] secret;

	/** @param shell the parent */
	public DirectoryImportDialog(Shell shell) {
		super(shell);
	}

	/**
	 * Asks, reads in a job, previews, imports on OK.
	 *
	 * @param shell    the parent
	 * @param document the document to import into
	 */
	public static void run(Shell shell, InventoryDocument document) {
		DirectoryImportDialog dialog = new DirectoryImportDialog(shell);
		if (dialog.open() == OK) {
			InventoryJobs.importDirectory(document, dialog.source, dialog.secret,
					read -> ImportDialog.preview(shell, document, read)).schedule();
		}
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("Import Hosts from Active Directory");
		setMessage("The computer objects under a base DN: OUs become groups, disabled accounts are skipped. The "
				+ "password goes only over TLS (ldaps://, or StartTLS for ldap://).");
		getShell().setText("Import Hosts from Active Directory");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		form.setLayout(new GridLayout(3, false));
		IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(DiagnosisPreferences.NODE);
		String[] labels = { "&Server:", "&Base DN:", "&User:", "Extra &CAs (PEM):" };
		String[] hints = { "ldaps://dc1.corp.example", "DC=corp,DC=example", "alice@corp.example", "optional" };
		for (int i = 0; i < KEYS.length; i++) {
			new Label(form, SWT.NONE).setText(labels[i]);
			fields[i] = new Text(form, SWT.BORDER);
			fields[i].setMessage(hints[i]);
			fields[i].setText(prefs.get(KEYS[i], ""));
			GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false, i == 3 ? 1 : 2, 1);
			wide.widthHint = 420;
			fields[i].setLayoutData(wide);
			if (i == 2) {
				new Label(form, SWT.NONE).setText("&Password:");
				password = new Text(form, SWT.BORDER | SWT.PASSWORD);
				password.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			}
		}
		Button browse = new Button(form, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, e -> {
			FileDialog chooser = new FileDialog(getShell(), SWT.OPEN);
			chooser.setFilterExtensions(new String[] { "*.pem;*.crt", "*" });
			Optional.ofNullable(chooser.open()).ifPresent(fields[3]::setText);
		});
		remember = new Button(form, SWT.CHECK);
		remember.setText("&Keep the password in secure storage");
		remember.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		kerberos = new Button(form, SWT.CHECK);
		kerberos.setText("Bind with my &Kerberos ticket (no password; KRB5CCNAME and KRB5_CONFIG are honoured)");
		kerberos.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		kerberos.addListener(SWT.Selection, e -> password.setEnabled(!kerberos.getSelection()));
		referrals = new Button(form, SWT.CHECK);
		referrals.setText("&Follow referrals to other servers");
		referrals.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		fields[0].addListener(SWT.Modify, e -> fillKeptPassword());
		fields[2].addListener(SWT.Modify, e -> fillKeptPassword());
		fillKeptPassword();
		return area;
	}

	private void fillKeptPassword() {
		if (password.getText().isEmpty()) {
			SshCredentials.keptBind(fields[0].getText().strip(), fields[2].getText().strip()).ifPresent(kept -> {
				password.setText(kept);
				remember.setSelection(true);
			});
		}
	}

	@Override
	protected void okPressed() {
		String ca = fields[3].getText().strip();
		try {
			source = DirectoryImport.Source.of(fields[0].getText().strip(), fields[1].getText().strip(),
					fields[2].getText().strip(), ca.isEmpty() ? Optional.empty() : Optional.of(Path.of(ca)),
					referrals.getSelection(), TIMEOUT);
		} catch (IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
			return;
		}
		if (kerberos.getSelection()) {
			source = source.withKerberos(new DirectoryImport.Kerberos(environmentPath("KRB5CCNAME"),
					environmentPath("KRB5_CONFIG"), Optional.empty()));
			secret = new char[0];
		} else if (password.getText().isEmpty() || source.bindDn().isEmpty()) {
			setErrorMessage("The user and the password are needed, or a Kerberos ticket");
			return;
		} else {
			secret = password.getText().toCharArray();
		}
		if (remember.getSelection() && !kerberos.getSelection()) {
			SshCredentials.keepBind(fields[0].getText().strip(), source.bindDn(), password.getText());
		}
		IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(DiagnosisPreferences.NODE);
		for (int i = 0; i < KEYS.length; i++) {
			prefs.put(KEYS[i], fields[i].getText().strip()); // never the password
		}
		super.okPressed();
	}

	private static Optional<Path> environmentPath(String variable) {
		String value = System.getenv(variable);
		return value == null || value.isBlank() ? Optional.empty()
				: Optional.of(Path.of(value.startsWith("FILE:") ? value.substring(5) : value));
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Read", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	/**
	 * Fills the dialog as a user would (for tests).
	 *
	 * @param url      the server
	 * @param base     the base DN
	 * @param user     the user
	 * @param pass     the password
	 * @param caFile   extra CAs, or empty
	 */
	void fill(String url, String base, String user, String pass, String caFile) {
		fields[0].setText(url);
		fields[1].setText(base);
		fields[2].setText(user);
		password.setText(pass);
		fields[3].setText(caFile);
	}
}
