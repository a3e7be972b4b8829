package rdpdoctor.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import rdpdoctor.ui.internal.connect.ClientChoice;
import rdpdoctor.ui.internal.connect.ClientLaunch;
import rdpdoctor.ui.internal.connect.RemoteDesktopClient;

/**
 * Window > Preferences > Remote Desktop Client: which client Connect starts (found on PATH, or a program named here),
 * and the command line it makes.
 */
public final class ConnectPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	private Label command;

	/** Makes the page, editing the workbench's instance preferences. */
	public ConnectPreferencePage() {
		super(GRID);
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, ClientLaunch.NODE));
		setDescription("Connect hands a host to this client in a connection file (.rdp) with its address, port, "
				+ "user, domain and gateway; never a password.");
	}

	@Override
	public void init(IWorkbench workbench) {
		getPreferenceStore().setDefault(ClientLaunch.CLIENT_KEY, ClientChoice.AUTOMATIC);
		getPreferenceStore().setDefault(ClientLaunch.PROGRAM_KEY, "");
	}

	@Override
	protected void createFieldEditors() {
		List<String[]> clients = new ArrayList<>();
		clients.add(new String[] { "Automatic (the first found on PATH)", ClientChoice.AUTOMATIC });
		for (RemoteDesktopClient client : RemoteDesktopClient.values()) {
			if (client.runsOn(Platform.getOS())) {
				clients.add(new String[] { client.label(), client.name() });
			}
		}
		addField(new ComboFieldEditor(ClientLaunch.CLIENT_KEY, "&Client:", clients.toArray(String[][]::new),
				getFieldEditorParent()));
		FileFieldEditor program = new FileFieldEditor(ClientLaunch.PROGRAM_KEY, "&Program (empty: search PATH):",
				true, FileFieldEditor.VALIDATE_ON_KEY_STROKE, getFieldEditorParent());
		program.setEmptyStringAllowed(true);
		addField(program);
		command = new Label(getFieldEditorParent(), SWT.WRAP);
		command.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		showCommand();
	}

	@Override
	public boolean performOk() {
		boolean ok = super.performOk();
		showCommand();
		return ok;
	}

	@Override
	protected void performApply() {
		super.performApply();
		showCommand();
	}

	private void showCommand() {
		ClientChoice.Result found = ClientLaunch.choose();
		command.setText(found.choice().map(c -> "Connect runs: " + String.join(" ", c.command(Path.of("HOST.rdp"))))
				.orElse(found.missing()));
		command.getParent().layout(true);
	}
}
