package rdpdoctor.remediation.windows;

import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;

import rdpdoctor.remediation.IRemediation;
import rdpdoctor.remediation.Plan;
import rdpdoctor.remediation.RemediationIds;
import rdpdoctor.remediation.RemediationHost;
import rdpdoctor.remediation.RemediationRefused;
import rdpdoctor.remediation.Snapshot;
import rdpdoctor.ssh.host.HostSystem;
import rdpdoctor.ssh.host.WtsApi;

/**
 * The Windows remediations, each the documented fix of facts/RDP.md as a PowerShell plan; contributed as
 * {@code class="rdpdoctor.remediation.windows.WindowsRemediation:ID"}. None sets SecurityLayer to 0 or
 * MinEncryptionLevel to 1 (Azure's ResetRDPCert does: never copied).
 */
public final class WindowsRemediation implements IRemediation, IExecutableExtension {

	/** One remediation's scripts (bodies after {@link WindowsScripts#FUNCTIONS}). */
	record Spec(String summary, String precondition, String snapshot, String apply, String afterRestore) {
	}

	private static final String SERVICES = "foreach ($n in 'TermService', 'SessionEnv', 'UmRdpService') {\n"
			+ "  $s = Get-Service -Name $n -ErrorAction SilentlyContinue\n"
			+ "  if ($s) { Snap 'service' $n ([string]$s.Status) ([string]$s.StartType) }\n}\n";

	static final Map<String, Spec> SPECS = Map.ofEntries(
			Map.entry(RemediationIds.RESET_RDP_CERTIFICATE, new Spec(
					"Removes the self-signed certificates from the Remote Desktop certificate store and restarts "
							+ "SessionEnv and TermService, which make a new one (the documented fix). Every RDP session "
							+ "is disconnected by the restart. A CA-issued certificate bound by thumbprint is refused: "
							+ "renew it with the CA and bind the new thumbprint.",
					"$bound = (Get-CimInstance -Namespace root\\cimv2\\TerminalServices -ClassName Win32_TSGeneralSetting "
							+ "-Filter \"TerminalName='RDP-Tcp'\").SSLCertificateSHA1Hash\n"
							+ "$c = Get-ChildItem $rdpStore | Where-Object { $_.Thumbprint -eq $bound }\n"
							+ "if ($bound -and -not ($c -and $c.Subject -eq $c.Issuer)) { Fail \"the bound certificate "
							+ "$bound is not a self-signed one of the Remote Desktop store: renew it with its CA and set "
							+ "SSLCertificateSHA1Hash of Win32_TSGeneralSetting to the new thumbprint\" }\n",
					"$bytes = New-Object byte[] 24; [Security.Cryptography.RandomNumberGenerator]::Create().GetBytes($bytes)\n"
							+ "$pw = [Convert]::ToBase64String($bytes)\n"
							+ "foreach ($c in Get-ChildItem $rdpStore) {\n"
							+ "  try { \"cert`t$($c.Thumbprint)`t$([Convert]::ToBase64String($c.Export('Pfx', $pw)))`t$(B64 $pw)\" }\n"
							+ "  catch { \"cert`t$($c.Thumbprint)`t$([Convert]::ToBase64String($c.Export('Cert')))`t\" }\n}\n",
					"Get-ChildItem $rdpStore | Where-Object { $_.Subject -eq $_.Issuer } | Remove-Item\nRestartRdp\n",
					"RestartRdp\n")),
			Map.entry(RemediationIds.REPAIR_MACHINEKEYS, new Spec(
					"Resets the ACL of the MachineKeys folder to SYSTEM full control, NETWORK SERVICE read and "
							+ "Administrators full control (icacls /grant:r by SID, inherited by the keys), then restarts "
							+ "TermService: every RDP session is disconnected. The old ACL is saved with icacls /save.",
					"if (-not (Test-Path $machineKeys)) { Fail \"$machineKeys is missing\" }\n",
					"$f = [IO.Path]::GetTempFileName(); icacls $machineKeys /save $f /c | Out-Null\n"
							+ "if ($LASTEXITCODE) { Fail \"icacls /save failed ($LASTEXITCODE)\" }\n"
							+ "\"acl`t$machineKeys`t$([Convert]::ToBase64String([IO.File]::ReadAllBytes($f)))`t\"\n"
							+ "Remove-Item $f\n",
					"icacls $machineKeys /grant:r '*S-1-5-18:(OI)(CI)F' '*S-1-5-20:(OI)(CI)R' '*S-1-5-32-544:(OI)(CI)F' /c | Out-Null\n"
							+ "if ($LASTEXITCODE) { Fail \"icacls /grant failed ($LASTEXITCODE)\" }\n"
							+ "Restart-Service -Name TermService -Force; WaitListen (RdpPort)\n",
					"Restart-Service -Name TermService -Force\n")),
			Map.entry(RemediationIds.ENABLE_RDP_FIREWALL_RULE, new Spec(
					"Enables the rules of the Remote Desktop firewall group (Enable-NetFirewallRule by the group's "
							+ "resource id, the same in every language; DisplayGroup 'Remote Desktop' in English).",
					"if (-not (Get-NetFirewallRule -Group $rdpGroup -ErrorAction SilentlyContinue)) { Fail \"no rule "
							+ "of the Remote Desktop firewall group\" }\n",
					"foreach ($r in Get-NetFirewallRule -Group $rdpGroup) { Snap 'fwrule' $r.Name ([string]$r.Enabled) '' }\n",
					"Enable-NetFirewallRule -Group $rdpGroup\n", "")),
			Map.entry(RemediationIds.SET_SECURITY_LAYER_NEGOTIATE, new Spec(
					"Sets SecurityLayer=1 (Negotiate: TLS with every client that offers it) on RDP-Tcp, the "
							+ "documented setting; new connections use it. MinEncryptionLevel is not touched.",
					"", "SnapReg $rdpTcp 'SecurityLayer'\n", "SetReg $rdpTcp 'SecurityLayer' 1\n", "")),
			Map.entry(RemediationIds.REQUIRE_NLA, new Spec(
					"Sets UserAuthentication=1 on RDP-Tcp: clients must authenticate with NLA (CredSSP) before a "
							+ "session is made; new connections use it.",
					"", "SnapReg $rdpTcp 'UserAuthentication'\n", "SetReg $rdpTcp 'UserAuthentication' 1\n", "")),
			Map.entry(RemediationIds.ALLOW_WITHOUT_NLA_TEMPORARY, new Spec(
					"TEMPORARY WORKAROUND, lowers security: sets UserAuthentication=0 on RDP-Tcp so that a client "
							+ "without CredSSP can log on to repair itself. Roll it back (rdpdoctor remediate --rollback "
							+ "ID) as soon as the client is fixed.",
					"", "SnapReg $rdpTcp 'UserAuthentication'\n", "SetReg $rdpTcp 'UserAuthentication' 0\n", "")),
			Map.entry(RemediationIds.ENABLE_RDP, new Spec(
					"Sets fDenyTSConnections=0: the host accepts Remote Desktop connections again.",
					"", "SnapReg $ts 'fDenyTSConnections'\n", "SetReg $ts 'fDenyTSConnections' 0\n", "")),
			Map.entry(RemediationIds.ALIGN_RDP_PORT, new Spec(
					"Sets PortNumber of RDP-Tcp to the port clients use (%WANTED%), then restarts TermService and "
							+ "waits for the port: every RDP session is disconnected. Firewall rules are not changed.",
					"$p = %WANTED%; if ((RdpPort) -ne $p -and (Get-NetTCPConnection -State Listen -LocalPort $p "
							+ "-ErrorAction SilentlyContinue)) { Fail \"another program listens on port $p\" }\n",
					"SnapReg $rdpTcp 'PortNumber'\n",
					"SetReg $rdpTcp 'PortNumber' %WANTED%\nRestart-Service -Name TermService -Force\nWaitListen %WANTED%\n",
					"Restart-Service -Name TermService -Force\nWaitListen (RdpPort)\n")),
			Map.entry(RemediationIds.START_RDP_SERVICE, new Spec(
					"Starts TermService (Remote Desktop Services), setting its start type to Manual (the default) if it "
							+ "is Disabled, and waits for the RDP port.",
					"if (-not (Get-Service -Name TermService -ErrorAction SilentlyContinue)) { Fail \"no TermService\" }\n",
					SERVICES,
					"if ((Get-Service -Name TermService).StartType -eq 'Disabled') { Set-Service -Name TermService "
							+ "-StartupType Manual }\nStart-Service -Name TermService\nWaitListen (RdpPort)\n",
					"")),
			Map.entry(RemediationIds.RESTART_RDP_SERVICE, new Spec(
					"Restarts TermService (Remote Desktop Services), which accepts connections but does not answer, "
							+ "and waits for the RDP port: every RDP session is disconnected. A restart cannot be undone: "
							+ "the rollback only makes sure the service runs.",
					"", SERVICES, "Restart-Service -Name TermService -Force\nWaitListen (RdpPort)\n",
					"Start-Service -Name TermService\n")),
			Map.entry(RemediationIds.LOG_OFF_STALE_SESSIONS, new Spec(
					"Logs off every disconnected session (the WTS API's WTSDisconnected state, in any display "
							+ "language; session 0 excepted): work left open in them is lost, and a logoff cannot be "
							+ "undone (qwinsta's list is kept in the snapshot).",
					"", "Snap 'value' 'sessions' ((qwinsta) -join \"`n\") ''\n",
					"try {\n" + WtsApi.ADD_TYPE + "\n} catch { Fail \"the WTS API could not be loaded (Add-Type): "
							+ "$($_.Exception.Message)\" }\n"
							+ "$all = [RdpDoctorWts]::Sessions()\n"
							+ "if ($null -eq $all) { Fail 'WTSEnumerateSessions failed: nothing logged off' }\n"
							+ "foreach ($s in $all) {\n"
							+ "  if ($s[1] -eq " + WtsApi.DISCONNECTED + " -and $s[0] -gt 0 -and $s[0] -lt 65536) {\n"
							+ "    logoff $s[0]; \"logged off session $($s[0])\"\n  }\n}\n",
					"")),
			Map.entry(RemediationIds.CREDSSP_WORKAROUND, new Spec(
					"WORKAROUND, lowers security: sets AllowEncryptionOracle=2 (Vulnerable) in the CredSSP policy so "
							+ "that an unpatched peer can connect. The fix is the CredSSP update (CVE-2018-0886, May 2018) "
							+ "on both ends; roll this back once both are patched.",
					"", "SnapReg $credssp 'AllowEncryptionOracle'\n", "SetReg $credssp 'AllowEncryptionOracle' 2\n",
					"")),
			Map.entry(RemediationIds.DISABLE_NIC_POWER_SAVING, new Spec(
					"Stops Windows from turning off network adapters to save power (AllowComputerToTurnOffDevice "
							+ "Disabled on each adapter that has it Enabled); other power settings stay.",
					"",
					"foreach ($a in Get-NetAdapterPowerManagement -ErrorAction SilentlyContinue | Where-Object { "
							+ "[string]$_.AllowComputerToTurnOffDevice -eq 'Enabled' }) { Snap 'nicpower' $a.Name 'Enabled' '' }\n",
					"foreach ($a in Get-NetAdapterPowerManagement -ErrorAction SilentlyContinue | Where-Object { "
							+ "[string]$_.AllowComputerToTurnOffDevice -eq 'Enabled' }) {\n"
							+ "  Set-NetAdapterPowerManagement -Name $a.Name -AllowComputerToTurnOffDevice Disabled\n}\n",
					"")));

	private String id;

	/** Made by the extension registry, which passes the id after the class name. */
	public WindowsRemediation() {
	}

	/**
	 * @param id one of the remediations' ids
	 */
	WindowsRemediation(String id) {
		this.id = id;
	}

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		id = String.valueOf(data);
		if (!SPECS.containsKey(id)) {
			throw new IllegalArgumentException("no Windows remediation " + id);
		}
	}

	@Override
	public Plan plan(RemediationHost host) throws RemediationRefused {
		Spec spec = SPECS.get(id);
		String wanted = String.valueOf(host.target().port());
		return new Plan(id, host.cause(), host.target().host(), HostSystem.WINDOWS, spec.summary().replace("%WANTED%", wanted),
				false, // a workaround is declared so in plugin.xml, which HostFix reads
				script(spec.precondition(), wanted), script(spec.snapshot(), wanted), script(spec.apply(), wanted));
	}

	@Override
	public String rollback(Plan plan, Snapshot snapshot) {
		return WindowsScripts.FUNCTIONS + WindowsScripts.restore(snapshot) + SPECS.get(id).afterRestore() + "exit 0\n";
	}

	private static String script(String body, String wanted) {
		return WindowsScripts.FUNCTIONS + body.replace("%WANTED%", wanted) + "exit 0\n";
	}
}
