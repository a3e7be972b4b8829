package rdpdoctor.core.inventory;

import java.util.List;
import java.util.Objects;

/**
 * One host read from another tool's file, before it joins an inventory.
 *
 * @param groupPath the folders it sits in, outermost first (empty at the top level)
 * @param name      the name to dial (DNS name or address)
 * @param address   an expected address, or empty
 * @param port      the RDP port
 * @param user      the user name the other tool stored (never a password), or empty
 * @param notes     a description, or empty
 * @param tags      labels
 * @param source    where it came from, e.g. {@code servers.rdg:42}, for messages
 */
public record ImportedHost(List<String> groupPath, String name, String address, int port, String user, String notes,
		List<String> tags, String source) {

	/** Checks and copies the values. */
	public ImportedHost {
		Objects.requireNonNull(name, "name");
		groupPath = List.copyOf(groupPath);
		address = address == null ? "" : address;
		user = user == null ? "" : user;
		notes = notes == null ? "" : notes;
		tags = List.copyOf(tags);
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException(source + ": port " + port + " is outside 1-65535");
		}
	}

	/** @return the identity used to find duplicates: lower-case name and port */
	public String key() {
		return name.toLowerCase(java.util.Locale.ROOT) + ":" + port;
	}
}
