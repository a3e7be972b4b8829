package rdpdoctor.ssh;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/**
 * A host key judged against known_hosts as OpenSSH's client judges it (sshd(8), "SSH_KNOWN_HOSTS FILE FORMAT"): the
 * host is looked up as {@code HOST} on port 22 and {@code [HOST]:PORT} on any other; an entry's patterns (comma
 * separated, {@code *} and {@code ?} wildcards, {@code !} negation that rules the entry out, case-insensitive) or its
 * hashed name ({@code |1|SALT|HMAC-SHA1}) must match that whole name. {@code @revoked} entries that match and hold the
 * key refuse it; an entry that holds it makes it known; an entry with another key, of whatever type, means it
 * changed (OpenSSH 9.2: "REMOTE HOST IDENTIFICATION HAS CHANGED", "Offending ECDSA key"); otherwise it is unknown. {@code @cert-authority} entries vouch only for certificates, which this client
 * does not take, so they make no plain key known. Lines that cannot be read are passed over, as OpenSSH does.
 */
final class KnownHostsFile {

	/** What known_hosts says of a key. */
	enum Verdict {
		/** An entry for the host holds the key. */
		KNOWN,
		/** An entry for the host holds another key (of any type: OpenSSH 9 says so too). */
		CHANGED,
		/** A {@code @revoked} entry for the host holds the key. */
		REVOKED,
		/** No entry for the host holds a key of this type. */
		UNKNOWN
	}

	/**
	 * @param verdict  the verdict
	 * @param expected the key the file holds for a changed one
	 * @param line     the line that decided (0 when none did)
	 */
	record Result(Verdict verdict, Optional<PublicKey> expected, int line) {
	}

	/** Lines longer than this are passed over (OpenSSH reads lines of any length; no real entry comes near it). */
	private static final int MAX_LINE = 64 * 1024;

	private KnownHostsFile() {
	}

	/**
	 * @param file known_hosts (a missing one knows nothing)
	 * @param host the host name or address connected to
	 * @param port the SSH port
	 * @param key  the key the host presented
	 * @return the verdict and the line that decided it
	 * @throws IOException when the file cannot be read, or is a link
	 */
	static Result check(Path file, String host, int port, PublicKey key) throws IOException {
		if (Files.isSymbolicLink(file)) {
			throw new IOException(file + " is a symbolic link: known_hosts links are not followed");
		}
		String name = lookupName(host, port);
		Result known = null;
		Result changed = null;
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			int number = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				Optional<Entry> entry = line.length() > MAX_LINE ? Optional.empty() : Entry.parse(line);
				if (entry.isEmpty() || !entry.get().matches(name)) {
					continue;
				}
				Entry e = entry.get();
				boolean same = KeyUtils.compareKeys(e.key(), key);
				if (e.marker().equals("@revoked") && same) {
					return new Result(Verdict.REVOKED, Optional.of(e.key()), number); // whatever else the file says
				}
				if (!e.marker().isEmpty()) {
					continue; // @cert-authority: for certificates only
				}
				if (same && known == null) {
					known = new Result(Verdict.KNOWN, Optional.of(e.key()), number);
				} else if (!same && changed == null) {
					changed = new Result(Verdict.CHANGED, Optional.of(e.key()), number);
				}
			}
		} catch (NoSuchFileException e) {
			return new Result(Verdict.UNKNOWN, Optional.empty(), 0);
		} catch (java.nio.charset.MalformedInputException e) {
			throw new IOException(file + " is not UTF-8 text", e);
		}
		return known != null ? known : changed != null ? changed : new Result(Verdict.UNKNOWN, Optional.empty(), 0);
	}

	/** @return the name known_hosts records a host under: {@code HOST} on port 22, {@code [HOST]:PORT} otherwise */
	static String lookupName(String host, int port) {
		String lower = host.toLowerCase(Locale.ROOT);
		return port == 22 || port <= 0 ? lower : "[" + lower + "]:" + port;
	}

	/** One entry: its marker ({@code @revoked}, {@code @cert-authority} or empty), host patterns and key. */
	private record Entry(String marker, String hosts, PublicKey key) {

		static Optional<Entry> parse(String line) {
			String text = line.strip();
			if (text.isEmpty() || text.startsWith("#")) {
				return Optional.empty();
			}
			String[] fields = text.split("[ \t]+");
			int i = 0;
			String marker = "";
			if (fields[0].startsWith("@")) {
				marker = fields[0];
				if (!marker.equals("@revoked") && !marker.equals("@cert-authority")) {
					return Optional.empty(); // OpenSSH refuses the line too
				}
				i = 1;
			}
			if (fields.length < i + 3) {
				return Optional.empty();
			}
			try {
				PublicKey key = PublicKeyEntry.parsePublicKeyEntry(fields[i + 1] + " " + fields[i + 2])
						.resolvePublicKey(null, Map.of(), PublicKeyEntryResolver.FAILING);
				return key == null ? Optional.empty() : Optional.of(new Entry(marker, fields[i], key));
			} catch (IOException | java.security.GeneralSecurityException | RuntimeException e) {
				return Optional.empty();
			}
		}

		boolean matches(String name) {
			return hosts.startsWith("|1|") ? hashedMatches(hosts, name) : hostListMatches(name, hosts);
		}
	}

	/**
	 * OpenSSH's match_hostname: a pattern list matches when one pattern matches and no negated one does.
	 *
	 * @param name     the looked-up name, lower case
	 * @param patterns the entry's comma-separated patterns
	 * @return whether the entry is for that name
	 */
	static boolean hostListMatches(String name, String patterns) {
		boolean found = false;
		for (String pattern : patterns.split(",")) {
			boolean negated = pattern.startsWith("!");
			String p = (negated ? pattern.substring(1) : pattern).toLowerCase(Locale.ROOT);
			if (wildcardMatches(name, p)) {
				if (negated) {
					return false;
				}
				found = true;
			}
		}
		return found;
	}

	/** @return whether the text matches the pattern whole: {@code *} any run, {@code ?} one character */
	static boolean wildcardMatches(String text, String pattern) {
		int t = 0;
		int p = 0;
		int star = -1;
		int mark = 0;
		while (t < text.length()) {
			if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
				t++;
				p++;
			} else if (p < pattern.length() && pattern.charAt(p) == '*') {
				star = p++;
				mark = t;
			} else if (star >= 0) {
				p = star + 1;
				t = ++mark;
			} else {
				return false;
			}
		}
		while (p < pattern.length() && pattern.charAt(p) == '*') {
			p++;
		}
		return p == pattern.length();
	}

	/** @return whether a {@code |1|SALT|HASH} entry is HMAC-SHA1(SALT, name), as ssh-keygen -H writes it */
	static boolean hashedMatches(String hashed, String name) {
		String[] parts = hashed.split("\\|");
		if (parts.length != 4 || !parts[1].equals("1")) {
			return false;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(parts[2]), "HmacSHA1"));
			byte[] expected = Base64.getDecoder().decode(parts[3]);
			return MessageDigest.isEqual(expected, mac.doFinal(name.getBytes(StandardCharsets.UTF_8)));
		} catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
			return false;
		}
	}
}
