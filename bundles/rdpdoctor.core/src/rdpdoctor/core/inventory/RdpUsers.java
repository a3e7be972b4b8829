package rdpdoctor.core.inventory;

/** Remote Desktop user names as the connection managers combine them with a domain. */
public final class RdpUsers {

	private RdpUsers() {
	}

	/**
	 * @param user   a user name, or empty
	 * @param domain its domain, or empty
	 * @return {@code DOMAIN\\user}; the user name alone when it already names its domain ({@code CORP\\alice},
	 *         {@code alice@corp.example}) or no domain is given, as mstsc dials it
	 */
	public static String qualified(String user, String domain) {
		String u = user == null ? "" : user.strip();
		String d = domain == null ? "" : domain.strip();
		if (u.isEmpty() || d.isEmpty() || u.indexOf('\\') >= 0 || u.indexOf('@') >= 0) {
			return u;
		}
		return d + "\\" + u;
	}
}
