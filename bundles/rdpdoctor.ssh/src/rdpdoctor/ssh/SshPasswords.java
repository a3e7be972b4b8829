package rdpdoctor.ssh;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Passwords handed to a diagnosis in memory only (asked for in the workbench, or taken from its secure storage): a
 * run's settings carry the token under {@link #SETTING}, never the password, so nothing that prints or records
 * settings can show it. Withdraw it when the run is over.
 */
public final class SshPasswords {

	/** The setting holding the token of the password to offer. */
	public static final String SETTING = "rdpdoctor.ssh.passwordToken";
	private static final Map<String, String> PASSWORDS = new ConcurrentHashMap<>();
	private static final SecureRandom RANDOM = new SecureRandom();

	private SshPasswords() {
	}

	/**
	 * @param password a password
	 * @return the token that stands for it
	 */
	public static String offer(String password) {
		byte[] random = new byte[16];
		RANDOM.nextBytes(random);
		String token = HexFormat.of().formatHex(random);
		PASSWORDS.put(token, password);
		return token;
	}

	/**
	 * @param token a token from {@link #offer(String)}
	 * @return the password, unless withdrawn
	 */
	public static Optional<String> password(String token) {
		return Optional.ofNullable(PASSWORDS.get(token));
	}

	/**
	 * @param token a token from {@link #offer(String)}; the password is forgotten
	 */
	public static void withdraw(String token) {
		PASSWORDS.remove(token);
	}
}
