package rdpdoctor.ui.internal;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

/**
 * Passwords the user chose to keep, in Eclipse secure storage (encrypted; the platform asks for its master password
 * when it needs one): SSH passwords one per SSH user under {@code /rdpdoctor/ssh/USER}, directory bind passwords one
 * per server and user under {@code /rdpdoctor/ldap/URL/USER}.
 */
final class SshCredentials {

	private static final String KEY = "password";
	private static Supplier<ISecurePreferences> storage = SecurePreferencesFactory::getDefault;

	private SshCredentials() {
	}

	/** @param root the secure storage to use from now on (tests: one of their own, without prompts) */
	static void useStorage(Supplier<ISecurePreferences> root) {
		storage = root;
	}

	private static Optional<ISecurePreferences> node(String scope, String user) {
		ISecurePreferences root = storage.get();
		return root == null ? Optional.empty() : Optional.of(root.node("rdpdoctor/" + scope + EncodingUtils
				.encodeSlashes(user)));
	}

	/**
	 * @param url  a directory server's URL
	 * @param user the user bound as
	 * @return the password kept for them, if any
	 */
	static Optional<String> keptBind(String url, String user) {
		return kept(directory(url), user);
	}

	/**
	 * @param url      a directory server's URL
	 * @param user     the user bound as
	 * @param password the password to keep, encrypted
	 * @return whether it was kept
	 */
	static boolean keepBind(String url, String user, String password) {
		return keep(directory(url), user, password);
	}

	private static String directory(String url) {
		return "ldap/" + EncodingUtils.encodeSlashes(url) + "/";
	}

	/**
	 * @param user an SSH user
	 * @return the password kept for it, if any and if the storage could be opened
	 */
	static Optional<String> kept(String user) {
		return kept("ssh/", user);
	}

	private static Optional<String> kept(String scope, String user) {
		try {
			Optional<ISecurePreferences> node = node(scope, user);
			return node.isEmpty() ? Optional.empty() : Optional.ofNullable(node.get().get(KEY, null));
		} catch (StorageException e) {
			ILog.get().warn("The password of " + user + " could not be read from secure storage: " + e
					.getMessage());
			return Optional.empty();
		}
	}

	/**
	 * @param user     an SSH user
	 * @param password the password to keep, encrypted
	 * @return whether it was kept
	 */
	static boolean keep(String user, String password) {
		return keep("ssh/", user, password);
	}

	private static boolean keep(String scope, String user, String password) {
		try {
			Optional<ISecurePreferences> node = node(scope, user);
			if (node.isEmpty()) {
				return false;
			}
			node.get().put(KEY, password, true);
			node.get().flush();
			return true;
		} catch (StorageException | IOException e) {
			ILog.get().warn("The password of " + user + " could not be kept in secure storage: " + e
					.getMessage());
			return false;
		}
	}
}
