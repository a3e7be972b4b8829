package rdpdoctor.probes.host.ssh;

/** What a host runs, which decides the remote shell and the host probes that apply. */
public enum HostSystem {
	/** Linux (xrdp serves RDP there). */
	LINUX,
	/** Windows (its OpenSSH server's login shell is cmd.exe or PowerShell). */
	WINDOWS,
	/** Something else: no host probe applies. */
	OTHER
}
