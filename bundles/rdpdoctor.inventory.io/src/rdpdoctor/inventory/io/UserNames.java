package rdpdoctor.inventory.io;

/** User names as the connection managers combine them with a domain. */
final class UserNames {

	private UserNames() {
	}

	/**
	 * @return {@code DOMAIN\\user}; the user name alone when it already names its domain ({@code CORP\\alice},
	 *         {@code alice@corp.example}) or no domain is given, as mstsc dials it
	 */
	static String withDomain(String user, String domain) {
		if (user.isEmpty() || domain.isEmpty() || user.indexOf('\\') >= 0 || user.indexOf('@') >= 0) {
			return user;
		}
		return domain + "\\" + user;
	}
}
