package rdpdoctor.probes.net.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import rdpdoctor.core.IpLiteral;

/** What an admin needs to know about a server certificate, computed from the certificate alone (pure). */
public final class CertificateFacts {

	private CertificateFacts() {
	}

	/**
	 * @param certificate a certificate
	 * @return its SHA-1 thumbprint in upper-case hex, the value Windows stores as SSLCertificateSHA1Hash
	 */
	public static String sha1(X509Certificate certificate) {
		try {
			return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-1")
					.digest(certificate.getEncoded()));
		} catch (NoSuchAlgorithmException | CertificateEncodingException e) {
			return "";
		}
	}

	/**
	 * @param certificate a certificate
	 * @return its subject alternative names as {@code DNS:name} / {@code IP:address}
	 */
	public static List<String> subjectAltNames(X509Certificate certificate) {
		List<String> names = new ArrayList<>();
		try {
			Collection<List<?>> sans = certificate.getSubjectAlternativeNames();
			if (sans != null) {
				for (List<?> san : sans) {
					int type = (Integer) san.get(0);
					if (type == 2) {
						names.add("DNS:" + san.get(1));
					} else if (type == 7) {
						names.add("IP:" + san.get(1));
					}
				}
			}
		} catch (CertificateParsingException e) {
			names.add("unparsable: " + e.getMessage());
		}
		return names;
	}

	/**
	 * @param certificate a certificate
	 * @return the value of the subject's first CN, or an empty string
	 */
	public static String commonName(X509Certificate certificate) {
		for (String part : certificate.getSubjectX500Principal().getName().split(",")) {
			String p = part.trim();
			if (p.regionMatches(true, 0, "CN=", 0, 3)) {
				return p.substring(3);
			}
		}
		return "";
	}

	/**
	 * Whether the certificate names the dialled host, as a TLS client checks it: SAN DNS names (one leading
	 * wildcard label) and SAN IP addresses; the CN only when there are no SAN entries.
	 *
	 * @param certificate the server certificate
	 * @param host        the name or address that was dialled
	 * @return whether it matches
	 */
	public static boolean matchesHost(X509Certificate certificate, String host) {
		String wanted = host.toLowerCase(Locale.ROOT);
		List<String> sans = subjectAltNames(certificate);
		boolean ip = IpLiteral.isIpLiteral(host);
		for (String san : sans) {
			if (ip && san.startsWith("IP:") && sameAddress(san.substring(3), host)) {
				return true;
			}
			if (!ip && san.startsWith("DNS:") && dnsMatch(san.substring(4).toLowerCase(Locale.ROOT), wanted)) {
				return true;
			}
		}
		return sans.isEmpty() && dnsMatch(commonName(certificate).toLowerCase(Locale.ROOT), wanted);
	}

	private static boolean sameAddress(String a, String b) {
		try {
			return java.net.InetAddress.getByName(a).equals(java.net.InetAddress.getByName(b)); // literals only
		} catch (java.net.UnknownHostException e) {
			return false;
		}
	}

	static boolean dnsMatch(String pattern, String host) {
		if (pattern.startsWith("*.")) {
			int dot = host.indexOf('.');
			return dot > 0 && host.substring(dot + 1).equals(pattern.substring(2));
		}
		return pattern.equals(host);
	}

	/**
	 * @param certificate a certificate
	 * @return whether it is self-signed: issuer equals subject and its own key verifies its signature
	 */
	public static boolean selfSigned(X509Certificate certificate) {
		if (!certificate.getIssuerX500Principal().equals(certificate.getSubjectX500Principal())) {
			return false;
		}
		try {
			certificate.verify(certificate.getPublicKey());
			return true;
		} catch (java.security.GeneralSecurityException e) {
			return false;
		}
	}

	/**
	 * @param key a public key
	 * @return its size in bits (RSA modulus, EC field), or 0 when unknown
	 */
	public static int keySize(PublicKey key) {
		if (key instanceof RSAPublicKey rsa) {
			return rsa.getModulus().bitLength();
		}
		if (key instanceof ECPublicKey ec) {
			return ec.getParams().getCurve().getField().getFieldSize();
		}
		return 0;
	}

	/**
	 * @param certificate a certificate
	 * @param now         the current time
	 * @return whole days until notAfter (negative when expired)
	 */
	public static long daysLeft(X509Certificate certificate, Instant now) {
		return Math.floorDiv(Duration.between(now, certificate.getNotAfter().toInstant()).toHours(), 24);
	}
}
