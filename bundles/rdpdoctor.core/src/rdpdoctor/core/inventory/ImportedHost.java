package rdpdoctor.core.inventory;

import java.util.List;
import java.util.Objects;

import rdpdoctor.core.Untrusted;
import rdpdoctor.model.HostPlatform;

/**
 * One host read from another tool's file, before it joins an inventory.
 *
 * @param groupPath the folders it sits in, outermost first (empty at the top level)
 * @param name      the name to dial (DNS name or address)
 * @param address   an expected address, or empty
 * @param port      the RDP port
 * @param user      the user name the other tool stored (never a password), or empty; may name its domain
 * @param domain    the user's domain when stored apart from the user name, or empty
 * @param gateway   the Remote Desktop Gateway the other tool connects through, or empty
 * @param platform  the host's platform where the source says it (a directory's operatingSystem), else UNKNOWN
 * @param notes     a description, or empty
 * @param tags      labels
 * @param source    where it came from, e.g. {@code servers.rdg:42}, for messages
 */
public record ImportedHost(List<String> groupPath, String name, String address, int port, String user, String domain,
		String gateway, HostPlatform platform, String notes, List<String> tags, String source) {

	/**
	 * Checks and copies the values. The name and the address must be something RDP Doctor can dial (a DNS name or an
	 * IP address, nothing else); the free-text fields keep what an inventory file can hold, with any other character
	 * replaced by its visible escape ({@link Untrusted#storable(String)}).
	 *
	 * @throws IllegalArgumentException saying what is wrong (without the source: the importer names the place)
	 */
	public ImportedHost {
		Objects.requireNonNull(name, "name");
		if (name.isBlank()) {
			throw new IllegalArgumentException("the host name is empty");
		}
		HostNames.check("host name", name);
		address = address == null ? "" : address;
		if (!address.isEmpty()) {
			HostNames.check("address", address);
		}
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException("port " + port + " is outside 1-65535");
		}
		// values that repeat across a fleet (groups, users, tags) are shared, not held once per host
		groupPath = groupPath.stream().map(g -> Untrusted.storable(g).intern()).toList();
		user = Untrusted.storable(user).intern();
		domain = Untrusted.storable(domain == null ? "" : domain).intern();
		gateway = Untrusted.storable(gateway == null ? "" : gateway).intern();
		platform = platform == null ? HostPlatform.UNKNOWN : platform;
		notes = Untrusted.storable(notes);
		tags = tags.stream().map(t -> Untrusted.storable(t).intern()).toList();
	}

	/**
	 * A host with no domain or gateway apart from its user name, as the 0.1 API made it.
	 *
	 * @see #ImportedHost(List, String, String, int, String, String, String, HostPlatform, String, List, String)
	 */
	public ImportedHost(List<String> groupPath, String name, String address, int port, String user, String notes,
			List<String> tags, String source) {
		this(groupPath, name, address, port, user, "", "", HostPlatform.UNKNOWN, notes, tags, source);
	}

	/**
	 * A host of a connection manager's file: no platform.
	 *
	 * @see #ImportedHost(List, String, String, int, String, String, String, HostPlatform, String, List, String)
	 */
	public ImportedHost(List<String> groupPath, String name, String address, int port, String user, String domain,
			String gateway, String notes, List<String> tags, String source) {
		this(groupPath, name, address, port, user, domain, gateway, HostPlatform.UNKNOWN, notes, tags, source);
	}

	/** @return the identity used to find duplicates: lower-case name and port */
	public String key() {
		return name.toLowerCase(java.util.Locale.ROOT) + ":" + port;
	}
}
