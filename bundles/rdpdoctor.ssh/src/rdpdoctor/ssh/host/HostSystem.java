package rdpdoctor.ssh.host;

/**
 * What a host runs, which decides the remote shell and the host probes, event collectors and remediations that apply;
 * the {@code ssh} probe finds it out and puts its name as the evidence {@code system}.
 */
public enum HostSystem {
	/** Linux (xrdp serves RDP there). */
	LINUX,
	/** Windows (its OpenSSH server's login shell is cmd.exe or PowerShell). */
	WINDOWS,
	/** Something else: no host probe applies. */
	OTHER;

	/**
	 * @param name a system's name as evidence, a plan or a contribution says it ({@code LINUX}, ...), or null
	 * @return that system; {@link #OTHER} for null or a name of none
	 */
	public static HostSystem named(String name) {
		for (HostSystem system : values()) {
			if (system.name().equals(name)) {
				return system;
			}
		}
		return OTHER;
	}
}
