package rdpdoctor.probes.host.windows;

import rdpdoctor.ssh.host.WtsApi;

/**
 * The read-only PowerShell script that gathers a Windows host's Remote Desktop facts in one round trip, as one JSON
 * object (ConvertTo-Json): enums are turned to their names and dates to ISO-8601 in the script, so that the JSON is the
 * same on Windows PowerShell 5.1 and PowerShell 7. Every read may fail on its own (a missing key, a module absent on
 * Server Core): the value is then null. Nothing is read from text Windows translates: the firewall rules by their
 * group's resource id ({@value #REMOTE_DESKTOP_GROUP}), services by name, the MachineKeys ACL by SID with the
 * rights' enum names, the sessions from the WTS API (WTSEnumerateSessions, WTSQuerySessionInformation's WTSINFO: the
 * WTS_CONNECTSTATE_CLASS number and FILETIMEs); qwinsta's, quser's and icacls's own lines are kept for people only.
 */
final class WindowsScript {

	/** The Remote Desktop firewall group, as its rules name it in every display language. */
	static final String REMOTE_DESKTOP_GROUP = "@FirewallAPI.dll,-28752";

	static final String TEXT = String.join("\n",
			"$ErrorActionPreference = 'SilentlyContinue'",
			"$mk = \"$env:ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys\"",
			"$wts = $null",
			"try { " + WtsApi.ADD_TYPE,
			"  $wts = @([RdpDoctorWts]::Sessions() | ForEach-Object { [ordered]@{ Id = $_[0]; State = $_[1];",
			"    DisconnectTime = $_[2]; LastInputTime = $_[3]; CurrentTime = $_[4] } })",
			"} catch { $wts = $null }",
			"$acl = $null",
			"try { $acl = @((Get-Acl -LiteralPath $mk -ErrorAction Stop).GetAccessRules($true, $true,"
					+ " [Security.Principal.SecurityIdentifier]) | ForEach-Object {",
			"    [ordered]@{ Sid = $_.IdentityReference.Value; Rights = [string]$_.FileSystemRights;"
					+ " Type = [string]$_.AccessControlType } })",
			"} catch { $acl = @([ordered]@{ Error = $_.Exception.GetType().Name }) }",
			"$ts = 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server'",
			"$w = Get-ItemProperty \"$ts\\WinStations\\RDP-Tcp\"",
			"$g = Get-CimInstance -Namespace root\\cimv2\\TerminalServices -ClassName Win32_TSGeneralSetting"
					+ " -Filter \"TerminalName='RDP-Tcp'\"",
			"$c = Get-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System\\CredSSP"
					+ "\\Parameters'",
			"$r = [ordered]@{",
			"  fDenyTSConnections = (Get-ItemProperty $ts).fDenyTSConnections",
			"  PortNumber = $w.PortNumber; SecurityLayer = $w.SecurityLayer",
			"  UserAuthentication = $w.UserAuthentication; MinEncryptionLevel = $w.MinEncryptionLevel",
			"  SSLCertificateSHA1Hash = $g.SSLCertificateSHA1Hash",
			"  AllowEncryptionOracle = $c.AllowEncryptionOracle",
			"  Services = @(Get-Service TermService,SessionEnv,UmRdpService | ForEach-Object {",
			"    [ordered]@{ Name = $_.Name; Status = [string]$_.Status; StartType = [string]$_.StartType } })",
			"  FirewallRules = @(Get-NetFirewallRule -Group '" + REMOTE_DESKTOP_GROUP + "' | ForEach-Object {",
			"    [ordered]@{ Name = $_.Name; Enabled = [string]$_.Enabled; Direction = [string]$_.Direction;",
			"      Action = [string]$_.Action; Profile = [string]$_.Profile } })",
			"  Certificates = @(Get-ChildItem 'Cert:\\LocalMachine\\Remote Desktop' | ForEach-Object {",
			"    [ordered]@{ Thumbprint = $_.Thumbprint; Subject = $_.Subject; HasPrivateKey = $_.HasPrivateKey;",
			"      NotAfter = $_.NotAfter.ToUniversalTime().ToString('o') } })",
			"  MachineKeysAcl = @(icacls $mk 2>&1 | ForEach-Object { [string]$_ })",
			"  MachineKeysAccess = $acl",
			"  WtsSessions = $wts",
			"  Sessions = @(qwinsta 2>&1 | ForEach-Object { [string]$_ })",
			"  Users = @(quser 2>&1 | ForEach-Object { [string]$_ })",
			"  NicPower = @(Get-NetAdapterPowerManagement | ForEach-Object {",
			"    [ordered]@{ Name = $_.Name; AllowComputerToTurnOffDevice = [string]$_.AllowComputerToTurnOffDevice } })",
			"}",
			"$r | ConvertTo-Json -Depth 4 -Compress",
			"exit 0");

	private WindowsScript() {
	}
}
