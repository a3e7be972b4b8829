package rdpdoctor.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import rdpdoctor.core.WellKnownEvidence;
import rdpdoctor.core.inventory.RunRecords;
import rdpdoctor.core.settings.DiagnosisSetting;
import rdpdoctor.model.Evidence;
import rdpdoctor.model.Host;
import rdpdoctor.model.ProbeResult;
import rdpdoctor.ssh.HostKey;
import rdpdoctor.ssh.KnownHosts;

/**
 * Diagnose > Trust SSH Host Key...: for each selected host whose last diagnosis was refused an unknown SSH host key,
 * shows the key's type and fingerprint (computed here, from the key that will be recorded), and on the user's word
 * records it in known_hosts and diagnoses the host again. A changed key is never offered: it stays refused.
 */
public class TrustHostKeyHandler extends AbstractHandler {

	/** The dialog's title. */
	static final String TITLE = "Trust the SSH host key?";
	/** The button that trusts. */
	static final String TRUST = "Trust and Diagnose";

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		List<Host> trusted = new ArrayList<>();
		Map<Host, HostKey> refused = new LinkedHashMap<>();
		InventoryHandlers.selectedHosts(event).forEach(h -> unknownKey(h).ifPresent(key -> refused.put(h, key)));
		if (refused.isEmpty()) {
			MessageDialog.openInformation(shell, "Trust SSH Host Key", "No selected host was refused an unknown SSH"
					+ " host key in its last diagnosis (set an SSH user in the preferences to read hosts over SSH).");
			return null;
		}
		Path knownHosts = knownHosts();
		for (Map.Entry<Host, HostKey> entry : refused.entrySet()) {
			Host host = entry.getKey();
			HostKey key = entry.getValue();
			int answer = MessageDialog.open(MessageDialog.QUESTION, shell, TITLE, "The SSH host key of "
					+ key.host() + ":" + key.port() + " is not in " + knownHosts + ":\n\n    "
					+ key.type() + "  " + key.fingerprint() + "\n\nCompare this fingerprint with what the"
					+ " host's administrator reads on the host itself (ssh-keygen -lf on the host's public key file,"
					+ " /etc/ssh/ssh_host_*_key.pub or C:\\ProgramData\\ssh\\ssh_host_*_key.pub). Record it in"
					+ " known_hosts and diagnose " + host.getName() + " again?", SWT.NONE, TRUST, "Cancel");
			if (answer != 0) {
				continue;
			}
			try {
				KnownHosts.trust(knownHosts, key);
				trusted.add(host);
			} catch (IOException e) {
				MessageDialog.openError(shell, "Cannot record the host key", e.getMessage());
			}
		}
		if (!trusted.isEmpty()) {
			new DiagnoseJob(FileHandlers.document(event), trusted).schedule();
		}
		return null;
	}

	/** @return the key the host's last diagnosis refused as unknown, read from its SSH probe's evidence */
	static Optional<HostKey> unknownKey(Host host) {
		Optional<ProbeResult> ssh = RunRecords.last(host).flatMap(run -> run.getResults().stream()
				.filter(r -> WellKnownEvidence.SSH_PROBE.equals(r.getProbeId())).findFirst());
		if (ssh.isEmpty() || !"UNKNOWN_HOST_KEY".equals(value(ssh.get(), WellKnownEvidence.SSH_FAILURE))) {
			return Optional.empty();
		}
		String line = value(ssh.get(), WellKnownEvidence.SSH_HOST_KEY_LINE);
		String name = value(ssh.get(), WellKnownEvidence.SSH_HOST_KEY_HOST);
		String port = value(ssh.get(), WellKnownEvidence.SSH_HOST_KEY_PORT);
		if (line == null || name == null || port == null || !port.matches("\\d{1,5}")) {
			return Optional.empty();
		}
		try {
			return Optional.of(KnownHosts.read(name, Integer.parseInt(port), line));
		} catch (IllegalArgumentException e) {
			return Optional.empty(); // not a key this client reads: nothing to offer
		}
	}

	private static String value(ProbeResult result, String key) {
		return result.getEvidence().stream().filter(e -> key.equals(e.getKey())).map(Evidence::getValue).findFirst()
				.orElse(null);
	}

	/** @return the known_hosts file the diagnosis uses: the preference, else ~/.ssh/known_hosts */
	static Path knownHosts() {
		String set = DiagnosisPreferences.settings().extra().get(DiagnosisSetting.SSH_KNOWN_HOSTS.key());
		return set != null ? Path.of(set) : Path.of(System.getProperty("user.home", "/"), ".ssh", "known_hosts");
	}
}
