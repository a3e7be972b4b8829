package rdpdoctor.remediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;

import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.Target;
import rdpdoctor.model.HostStatus;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.ssh.host.HostSystem;

/**
 * Every installed remediation's plan as text: the Windows ones carry the commands facts/RDP.md documents for their
 * cause (a format test: Windows cannot run here), every cause of the catalog a host can fix has one for each system,
 * and no plan or rollback lowers the security layer or the encryption level (Azure's ResetRDPCert sets SecurityLayer
 * 0 and MinEncryptionLevel 1: never copied), apart from the two marked workarounds, which say so.
 */
class RemediationPlansDocumentedCommandsTest {

	private static final Map<String, List<String>> DOCUMENTED = Map.ofEntries(
			Map.entry("reset-rdp-certificate", List.of("Cert:\\LocalMachine\\Remote Desktop", "Remove-Item",
					"Restart-Service -Name SessionEnv -Force; Restart-Service -Name TermService -Force")),
			Map.entry("repair-machinekeys", List.of("Microsoft\\Crypto\\RSA\\MachineKeys", "icacls",
					"'*S-1-5-18:(OI)(CI)F' '*S-1-5-20:(OI)(CI)R' '*S-1-5-32-544:(OI)(CI)F'", "icacls $machineKeys /save")),
			Map.entry("enable-rdp-firewall-rule", List.of("Enable-NetFirewallRule -Group $rdpGroup",
					"$rdpGroup = '@FirewallAPI.dll,-28752'")),
			Map.entry("set-security-layer-negotiate", List.of("SetReg $rdpTcp 'SecurityLayer' 1",
					"$rdpTcp = \"$ts\\WinStations\\RDP-Tcp\"")),
			Map.entry("require-nla", List.of("SetReg $rdpTcp 'UserAuthentication' 1")),
			Map.entry("allow-without-nla-temporary", List.of("SetReg $rdpTcp 'UserAuthentication' 0")),
			Map.entry("enable-rdp", List.of("SetReg $ts 'fDenyTSConnections' 0",
					"$ts = 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server'")),
			Map.entry("align-rdp-port", List.of("SetReg $rdpTcp 'PortNumber' 3389", "WaitListen 3389")),
			Map.entry("start-rdp-service", List.of("Start-Service -Name TermService")),
			Map.entry("restart-rdp-service", List.of("Restart-Service -Name TermService -Force")),
			Map.entry("log-off-stale-sessions", List.of("WTSEnumerateSessionsW", "logoff $s[0]", "$s[1] -eq 4")),
			Map.entry("credssp-workaround", List.of("SetReg $credssp 'AllowEncryptionOracle' 2",
					"Policies\\System\\CredSSP\\Parameters")),
			Map.entry("disable-nic-power-saving", List.of("Set-NetAdapterPowerManagement",
					"-AllowComputerToTurnOffDevice Disabled")));

	/** Lowering the security layer or the encryption, in either system's words. */
	private static final Pattern DOWNGRADE = Pattern.compile("SecurityLayer'?\\s+0|SecurityLayer\\s*=\\s*0"
			+ "|MinEncryptionLevel|security_layer\\s+rdp|security_layer=rdp|crypt_level", Pattern.CASE_INSENSITIVE);

	private static HostDiagnosis diagnosis() {
		ProbeOutcome xrdp = new ProbeOutcome("xrdp", ProbeStatus.OK, 1, "", Map.of("ini", "/etc/xrdp/xrdp.ini",
				"port", 3390, "certificate", "/etc/xrdp/cert.pem", "keyFile", "/etc/xrdp/key.pem", "pid", 812,
				"configFrom", "default", "instances", List.of("PID 812 /usr/sbin/xrdp /etc/xrdp/xrdp.ini port 3390")));
		return new HostDiagnosis(new Target("ts01.corp.example", 3389), "10.0.0.5", HostStatus.FAILING, List.of(),
				List.of(xrdp), Instant.now(), Instant.now());
	}

	private static List<Remediations.Descriptor> installed() {
		try (Remediations remediations = new Remediations(RegistryFactory.getRegistry(), p -> {
			throw new AssertionError(p);
		})) {
			return remediations.all();
		}
	}

	private static Plan plan(Remediations.Descriptor d) throws RemediationRefused {
		return d.remediation().plan(new RemediationHost(new Target("ts01.corp.example", 3389), d.causes().get(0),
				d.system(), diagnosis()));
	}

	@Test
	void eachWindowsPlanCarriesTheDocumentedCommands() throws RemediationRefused {
		List<String> seen = new ArrayList<>();
		for (Remediations.Descriptor d : installed()) {
			if (d.system() != HostSystem.WINDOWS) {
				continue;
			}
			seen.add(d.id());
			Plan plan = plan(d);
			String all = plan.precondition() + plan.snapshot() + plan.apply();
			for (String command : DOCUMENTED.get(d.id())) {
				assertTrue(all.contains(command), d.id() + " lacks " + command + ":\n" + plan.apply());
			}
			assertTrue(all.chars().allMatch(c -> c < 128), d.id() + ": ASCII only (PowerShell's stdin code page)");
			assertTrue(plan.apply().strip().endsWith("exit 0"), d.id());
		}
		assertEquals(DOCUMENTED.keySet(), new java.util.HashSet<>(seen));
	}

	@Test
	void everyHostSideCauseHasAWindowsFixAndTheXrdpOnesTheirs() {
		List<Remediations.Descriptor> all = installed();
		for (String cause : List.of("RDP_SERVICE_STOPPED", "RDP_DISABLED", "RDP_PORT_CHANGED", "FIREWALL_RULE_DISABLED",
				"MACHINEKEYS_INACCESSIBLE", "STALE_SESSIONS", "CREDSSP_POLICY_BLOCKS", "NIC_POWER_SAVING",
				"CERT_EXPIRED", "SECURITY_LAYER_TLS_REQUIRED", "NLA_NOT_ENFORCED", "SERVICE_NOT_RESPONDING")) {
			assertTrue(all.stream().anyMatch(d -> d.system() == HostSystem.WINDOWS && d.causes().contains(cause)), cause);
		}
		for (String cause : List.of("RDP_SERVICE_STOPPED", "RDP_PORT_CHANGED", "FIREWALL_RULE_DISABLED",
				"CERT_EXPIRED", "SECURITY_LAYER_TLS_REQUIRED", "SERVICE_NOT_RESPONDING")) {
			assertTrue(all.stream().anyMatch(d -> d.system() == HostSystem.LINUX && d.causes().contains(cause)), cause);
		}
	}

	@Test
	void noPlanOrRollbackLowersTheSecurityLayerOrTheEncryption() throws RemediationRefused {
		Snapshot nothing = new Snapshot(List.of());
		int checked = 0;
		for (Remediations.Descriptor d : installed()) {
			Plan plan = plan(d);
			for (String script : List.of(plan.precondition(), plan.snapshot(), plan.apply(),
					d.remediation().rollback(plan, nothing))) {
				assertFalse(DOWNGRADE.matcher(script).find(), d.id() + " on " + d.system() + ":\n" + script);
				assertTrue(script.chars().allMatch(c -> c >= 0x20 && c != 0x7f || c == '\n' || c == '\t'),
						d.id() + ": a control character in the script (a NUL ends what a text widget shows)");
			}
			boolean lowersOnPurpose = d.id().equals("allow-without-nla-temporary") || d.id().equals("credssp-workaround");
			assertEquals(lowersOnPurpose, d.workaround(), d.id() + ": declared in plugin.xml, the one place that says it");
			assertFalse(plan.workaround() && !d.workaround(), d.id() + ": a plan claims what plugin.xml does not");
			if (lowersOnPurpose) {
				assertTrue(plan.summary().contains("lowers security"), plan.summary());
			}
			checked++;
		}
		assertEquals(19, checked, "6 xrdp and 13 Windows remediations");
		assertTrue(DOWNGRADE.matcher("SetReg $rdpTcp 'SecurityLayer' 0").find(), "the check itself sees one");
		assertTrue(DOWNGRADE.matcher("ini_set security_layer rdp").find());
	}
}
