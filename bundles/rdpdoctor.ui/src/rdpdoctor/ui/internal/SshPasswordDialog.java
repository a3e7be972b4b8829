package rdpdoctor.ui.internal;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import rdpdoctor.core.Untrusted;

/** Asks once for the SSH password of a user whose keys the hosts refused, and whether to keep it. */
final class SshPasswordDialog extends Dialog {

	/** The dialog's title. */
	static final String TITLE = "SSH Password";
	/** The label of the check box that keeps the password in secure storage. */
	static final String KEEP = "Keep it in secure storage";
	private static final int MAX_HOSTS_SHOWN = 5;

	private final String user;
	private final List<String> hosts;
	private Text password;
	private Button keep;
	private String answer;
	private boolean kept;

	/**
	 * @param shell the parent shell
	 * @param user  the SSH user
	 * @param hosts the hosts that refused its keys
	 */
	SshPasswordDialog(Shell shell, String user, List<String> hosts) {
		super(shell);
		this.user = user;
		this.hosts = List.copyOf(hosts);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(1).applyTo(area);
		String shown = String.join(", ", hosts.stream().limit(MAX_HOSTS_SHOWN).toList())
				+ (hosts.size() > MAX_HOSTS_SHOWN ? " and " + (hosts.size() - MAX_HOSTS_SHOWN) + " more" : "");
		Label message = new Label(area, SWT.WRAP);
		message.setText(Untrusted.terminal("No SSH key was accepted for " + user + " by " + shown + ". Enter the"
				+ " password of " + user + " to read the hosts' own evidence; it is used for this run only"
				+ " unless you keep it."));
		GridDataFactory.fillDefaults().hint(440, SWT.DEFAULT).grab(true, false).applyTo(message);
		password = new Text(area, SWT.BORDER | SWT.PASSWORD | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
		keep = new Button(area, SWT.CHECK);
		keep.setText(KEEP);
		return area;
	}

	@Override
	protected void okPressed() {
		answer = password.getText();
		kept = keep.getSelection();
		super.okPressed();
	}

	/** @return the password typed, null when cancelled */
	String password() {
		return answer;
	}

	/** @return whether the user asked to keep it */
	boolean keep() {
		return kept;
	}
}
