package rdpdoctor.probes.host.rules;

import java.util.ArrayList;
import java.util.List;

import rdpdoctor.core.Causes;
import rdpdoctor.core.Finding;
import rdpdoctor.core.IRule;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.RuleContext;
import rdpdoctor.model.Severity;
import rdpdoctor.probes.host.windows.WindowsProbe;

/**
 * The host-side causes of the catalog from what the {@code windows} probe read: RDP_DISABLED, RDP_SERVICE_STOPPED,
 * RDP_PORT_CHANGED, FIREWALL_RULE_DISABLED, MACHINEKEYS_INACCESSIBLE, STALE_SESSIONS, CREDSSP_POLICY_BLOCKS,
 * NIC_POWER_SAVING, and CERT_UNUSABLE for a bound certificate that is gone or has no private key.
 */
public class WindowsRules implements IRule {

	/** The well-known SID of Everyone, whatever the display language calls it (Jeder, Tout le monde, ...). */
	private static final String EVERYONE = "S-1-1-0";

	/** Disconnected sessions from which they are worth a warning (two fill a server without RDS licensing). */
	static final int STALE_SESSIONS_FROM = 2;

	@Override
	public List<Finding> evaluate(RuleContext context) {
		ProbeOutcome w = context.outcome(WindowsProbe.ID).filter(ProbeOutcome::ok).orElse(null);
		if (w == null) {
			return List.of();
		}
		String host = context.target().host();
		List<Finding> found = new ArrayList<>();
		if (w.number("fDenyTSConnections").orElse(0L) == 1) {
			found.add(Finding.of(Causes.RDP_DISABLED, Severity.ERROR).confidence(0.98)
					.title("Remote Desktop is turned off on " + host)
					.explanation("On the host (over SSH): fDenyTSConnections=1 under HKLM\\SYSTEM\\CurrentControlSet\\"
							+ "Control\\Terminal Server (evidence windows.fDenyTSConnections): Windows refuses RDP. "
							+ "mstsc shows 0x204. Fix: Set-ItemProperty 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\"
							+ "Terminal Server' fDenyTSConnections 0 (System Properties > Remote > Allow), or the GPO"
							+ " 'Allow users to connect remotely by using Remote Desktop Services'.")
					.evidence("windows.fDenyTSConnections").build());
		}
		String termService = w.text("termService").orElse("");
		if (!termService.isEmpty() && !termService.startsWith("Running")) {
			found.add(Finding.of(Causes.RDP_SERVICE_STOPPED, Severity.ERROR).confidence(0.95)
					.title("The Remote Desktop Services service is not running on " + host + " (" + termService + ")")
					.explanation("On the host (over SSH): TermService is " + termService + " (evidence "
							+ "windows.termService, windows.services). Nothing answers RDP. Fix: Set-Service TermService"
							+ " -StartupType Manual; Start-Service TermService; if it stops again, read the System log"
							+ " (Service Control Manager 7022, 7023, 7036).")
					.evidence("windows.termService", "windows.services").build());
		}
		w.number("portNumber").filter(p -> p != context.target().port()).ifPresent(port -> found.add(
				Finding.of(Causes.RDP_PORT_CHANGED, Severity.ERROR).confidence(0.95)
						.title("RDP on " + host + " listens on port " + port + ", not " + context.target().port())
						.explanation("On the host (over SSH): PortNumber=" + port + " under ...\\WinStations\\RDP-Tcp"
								+ " (evidence windows.portNumber), but port " + context.target().port() + " was dialed."
								+ " Fix: dial " + host + ":" + port + ", or set PortNumber back and restart"
								+ " TermService (and the firewall rule's port with it).")
						.evidence("windows.portNumber").build()));
		if (w.text("firewallInboundAllowed").map("false"::equals).orElse(false)) {
			found.add(Finding.of(Causes.FIREWALL_RULE_DISABLED, Severity.ERROR).confidence(0.9)
					.title("No Remote Desktop firewall rule lets connections in on " + host)
					.explanation("On the host (over SSH): no rule of the 'Remote Desktop' group is enabled for inbound"
							+ " connections (evidence windows.firewallRules, windows.firewallInboundAllowed): Windows"
							+ " Defender Firewall drops them, clients time out (mstsc 0x204). Fix:"
							+ " Enable-NetFirewallRule -Group '@FirewallAPI.dll,-28752' (the group in every display"
							+ " language; 'Remote Desktop' in English).")
					.evidence("windows.firewallRules", "windows.firewallInboundAllowed")
					.build());
		}
		if (machineKeysInaccessible(w)) {
			found.add(Finding.of(Causes.MACHINEKEYS_INACCESSIBLE, Severity.ERROR).confidence(0.8)
					.title("The MachineKeys folder of " + host + " lacks its default permissions")
					.explanation("On the host (over SSH): the ACL of %ProgramData%\\Microsoft\\Crypto\\RSA\\MachineKeys"
							+ " allows nothing to Everyone (S-1-1-0), or could not be read (evidence"
							+ " windows.machineKeysAccess, windows.machineKeysError, windows.machineKeysAcl)."
							+ " Remote Desktop then cannot create or use its certificate's private key: the TLS"
							+ " handshake fails (0x904 with extended 0x7, Schannel 36870 in the System log). Fix:"
							+ " restore the default ACL (Administrators full control, Everyone read and write on the"
							+ " folder), then restart TermService.")
					.evidence("windows.machineKeysAccess", "windows.machineKeysError", "windows.machineKeysAcl")
					.build());
		}
		long disconnected = w.number("disconnectedSessions").orElse(0L);
		if (disconnected >= STALE_SESSIONS_FROM) {
			String oldest = w.number("oldestDisconnectedMinutes").map(m -> ", the oldest left " + age(m) + " ago")
					.orElse("");
			found.add(Finding.of(Causes.STALE_SESSIONS, Severity.WARNING).confidence(0.7)
					.title(disconnected + " disconnected sessions hold " + host + oldest)
					.explanation("On the host (over SSH): " + disconnected + " sessions are disconnected" + oldest
							+ " (evidence windows.disconnectedSessions, windows.disconnectedIdleMinutes from "
							+ w.text("sessionsFrom").orElse("qwinsta") + ", windows.sessions). Without RDS licensing a server takes two sessions: new"
							+ " users are refused. Fix: logoff SESSIONID for the stale ones, and set a time limit for"
							+ " disconnected sessions (GPO Session Time Limits).")
					.evidence("windows.sessions", "windows.disconnectedSessions", "windows.disconnectedIdleMinutes")
					.build());
		}
		if (w.number("allowEncryptionOracle").orElse(-1L) == 0) {
			found.add(Finding.of(Causes.CREDSSP_POLICY_BLOCKS, Severity.WARNING).confidence(0.75)
					.title("CredSSP on " + host + " refuses clients without the May 2018 update")
					.explanation("On the host (over SSH): AllowEncryptionOracle=0 (Force Updated Clients, evidence"
							+ " windows.allowEncryptionOracle): clients without CVE-2018-0886's fix get 'An"
							+ " authentication error has occurred ... CredSSP encryption oracle remediation'. Fix: update"
							+ " the clients; set 1 (Mitigated) only while they are updated.")
					.evidence("windows.allowEncryptionOracle").build());
		}
		if (w.evidence().get("adaptersAllowedToSleep") instanceof List<?> sleepy && !sleepy.isEmpty()) {
			found.add(Finding.of(Causes.NIC_POWER_SAVING, Severity.WARNING).confidence(0.6)
					.title("Windows may turn off the network adapter of " + host + " to save power")
					.explanation("On the host (over SSH): 'Allow the computer to turn off this device to save power'"
							+ " is enabled for " + sleepy + " (evidence windows.adaptersAllowedToSleep): the host drops"
							+ " off the network when idle and RDP times out until something wakes it. Fix:"
							+ " Disable-NetAdapterPowerManagement -Name NAME.")
					.evidence("windows.adaptersAllowedToSleep").build());
		}
		if (w.text("boundCertificateFound").map("false"::equals).orElse(false)
				|| w.text("boundCertificateHasKey").map("false"::equals).orElse(false)) {
			found.add(Finding.of(Causes.CERT_UNUSABLE, Severity.ERROR).confidence(0.85)
					.title("The certificate Remote Desktop is bound to on " + host + " is missing or has no key")
					.explanation("On the host (over SSH): SSLCertificateSHA1Hash " + w.text("boundThumbprint").orElse("")
							+ " (evidence windows.boundThumbprint, windows.boundCertificateFound,"
							+ " windows.boundCertificateHasKey) names no certificate with a private key in"
							+ " Cert:\\LocalMachine\\Remote Desktop. The TLS handshake fails (0x904/0x7). Fix: bind a"
							+ " valid certificate with its key, or delete the binding and restart TermService so that"
							+ " Windows makes a self-signed one.")
					.evidence("windows.boundThumbprint", "windows.boundCertificateFound", "windows.boundCertificateHasKey")
					.considered(Causes.MACHINEKEYS_INACCESSIBLE).build());
		}
		return found;
	}

	/** @return minutes as days, hours and minutes, e.g. {@code 2 d 3 h} */
	static String age(long minutes) {
		long days = minutes / 1440;
		long hours = minutes % 1440 / 60;
		return days > 0 ? days + " d " + hours + " h" : hours > 0 ? hours + " h " + minutes % 60 + " min"
				: minutes + " min";
	}

	/**
	 * The MachineKeys folder cannot serve Remote Desktop's key: its ACL (by SID, in every display language) allows
	 * nothing to Everyone, or Get-Acl was refused; a script without SIDs is read from icacls's English words.
	 */
	private static boolean machineKeysInaccessible(ProbeOutcome w) {
		if (w.text("machineKeysError").map(e -> e.contains("Unauthorized")).orElse(false)) {
			return true;
		}
		if (w.evidence().get("machineKeysAccess") instanceof List<?> rules) {
			return rules.stream().map(String::valueOf).noneMatch(r -> r.startsWith(EVERYONE + " Allow "));
		}
		List<?> acl = w.evidence().get("machineKeysAcl") instanceof List<?> lines ? lines : List.of();
		return !acl.isEmpty() && (acl.stream().anyMatch(l -> String.valueOf(l).contains("Access is denied"))
				|| acl.stream().noneMatch(l -> String.valueOf(l).contains("Everyone")));
	}
}
