package rdpdoctor.remediation.windows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import rdpdoctor.remediation.Snapshot;

/**
 * The PowerShell pieces the Windows remediations share: failing with exit status 3, snapshot lines, registry values
 * written through one function ({@code SetReg}), waiting for the RDP port, and restoring a snapshot's registry
 * values, services, firewall rules, certificates, ACLs and NIC settings. Everything the host said earlier is put
 * back into scripts as base64 only, never as quoted text (PowerShell treats typographic quotes as quotes too).
 */
final class WindowsScripts {

	/** Shared functions and paths; every script starts with them. ASCII only. */
	static final String FUNCTIONS = """
			$ErrorActionPreference = 'Stop'
			function Fail([string]$m) { [Console]::Error.WriteLine("rdpdoctor: $m"); exit 3 }
			function B64([string]$s) { [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($s)) }
			function Text([string]$b) { [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($b)) }
			function Snap([string]$kind, [string]$name, [string]$value, [string]$attr) { "$kind`t$name`t$(B64 $value)`t$attr" }
			$ts = 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server'
			$rdpTcp = "$ts\\WinStations\\RDP-Tcp"
			$credssp = 'HKLM:\\Software\\Microsoft\\Windows\\CurrentVersion\\Policies\\System\\CredSSP\\Parameters'
			$rdpStore = 'Cert:\\LocalMachine\\Remote Desktop'
			$rdpGroup = '@FirewallAPI.dll,-28752'
			$machineKeys = Join-Path $env:ProgramData 'Microsoft\\Crypto\\RSA\\MachineKeys'
			function SnapReg([string]$path, [string]$name) {
			  $item = Get-ItemProperty -Path $path -Name $name -ErrorAction SilentlyContinue
			  if ($null -eq $item) { Snap 'reg' "$path|$name" '' 'absent' }
			  else { Snap 'reg' "$path|$name" ([string]$item.$name) ([string](Get-Item $path).GetValueKind($name)) }
			}
			function SetReg([string]$path, [string]$name, [int]$value) {
			  if (-not (Test-Path $path)) { New-Item -Path $path -Force | Out-Null }
			  Set-ItemProperty -Path $path -Name $name -Value $value -Type DWord
			}
			function RdpPort { [int](Get-ItemProperty -Path $rdpTcp -Name PortNumber).PortNumber }
			function WaitListen([int]$port) {
			  for ($i = 0; $i -lt 60; $i++) {
			    if (Get-NetTCPConnection -State Listen -LocalPort $port -ErrorAction SilentlyContinue) { return }
			    Start-Sleep -Milliseconds 500
			  }
			  Fail "nothing listens on port $port within 30 s"
			}
			function RestartRdp { Restart-Service -Name SessionEnv -Force; Restart-Service -Name TermService -Force; WaitListen (RdpPort) }
			""";

	private WindowsScripts() {
	}

	/** @return the text as a PowerShell expression that decodes it from base64 */
	static String text(String value) {
		return "(Text '" + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)) + "')";
	}

	/** @return the base64 as a PowerShell expression of its text */
	static String decoded(String base64) {
		return "(Text '" + base64 + "')";
	}

	/**
	 * @param snapshot what the snapshot script read
	 * @return the lines that put it back
	 */
	static String restore(Snapshot snapshot) {
		StringBuilder script = new StringBuilder();
		for (Snapshot.Entry entry : snapshot.entries()) {
			String name = text(entry.name());
			switch (entry.kind()) {
			case "reg" -> {
				int bar = entry.name().lastIndexOf('|');
				String path = text(entry.name().substring(0, bar));
				String value = text(entry.name().substring(bar + 1));
				if (entry.attributes().equals("absent")) {
					script.append("Remove-ItemProperty -Path ").append(path).append(" -Name ").append(value)
							.append(" -ErrorAction SilentlyContinue\n");
				} else if (entry.attributes().equals("DWord")) {
					script.append("SetReg ").append(path).append(' ').append(value).append(" ([int]")
							.append(decoded(entry.base64())).append(")\n");
				} else {
					script.append("Set-ItemProperty -Path ").append(path).append(" -Name ").append(value)
							.append(" -Value ").append(decoded(entry.base64())).append('\n');
				}
			}
			case "service" -> script.append("Set-Service -Name ").append(name).append(" -StartupType ")
					.append(text(entry.attributes())).append("\nif ('Stopped' -eq ").append(decoded(entry.base64()))
					.append(") { Stop-Service -Name ").append(name).append(" -Force } else { Start-Service -Name ")
					.append(name).append(" }\n");
			case "fwrule" -> script.append("Set-NetFirewallRule -Name ").append(name).append(" -Enabled ")
					.append(decoded(entry.base64())).append('\n');
			case "cert" -> script.append("$p = [IO.Path]::GetTempFileName(); [IO.File]::WriteAllBytes($p, "
					+ "[Convert]::FromBase64String('").append(entry.base64()).append("'))\n")
					.append(entry.attributes().isEmpty() ? "Import-Certificate -FilePath $p -CertStoreLocation $rdpStore | Out-Null\n"
							: "Import-PfxCertificate -FilePath $p -CertStoreLocation $rdpStore -Password "
									+ "(ConvertTo-SecureString " + text(entry.attributes())
									+ " -AsPlainText -Force) | Out-Null\n")
					.append("Remove-Item $p\n");
			case "acl" -> script.append("$p = [IO.Path]::GetTempFileName(); [IO.File]::WriteAllBytes($p, "
					+ "[Convert]::FromBase64String('").append(entry.base64()).append("'))\n")
					.append("icacls (Split-Path ").append(name).append(") /restore $p /c | Out-Null\n")
					.append("if ($LASTEXITCODE) { Fail \"icacls /restore failed ($LASTEXITCODE)\" }\nRemove-Item $p\n");
			case "nicpower" -> script.append("Set-NetAdapterPowerManagement -Name ").append(name)
					.append(" -AllowComputerToTurnOffDevice ").append(decoded(entry.base64())).append('\n');
			default -> {
				// values read for the record (sessions, states) are not put back
			}
			}
		}
		return script.toString();
	}
}
