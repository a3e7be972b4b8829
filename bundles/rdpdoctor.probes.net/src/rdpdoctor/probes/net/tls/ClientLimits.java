package rdpdoctor.probes.net.tls;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a handshake that failed because the server sent more than a TLS client accepts (the JDK's limits, like
 * Schannel's and OpenSSL's own) from one that died on the server's side, and names the limit that was hit.
 */
final class ClientLimits {

	private static final Pattern CHAIN = Pattern.compile(
			"certificate chain length \\(\\d+\\) exceeds the maximum allowed length \\((\\d+)\\)");
	private static final Pattern MESSAGE = Pattern.compile(
			"size of the handshake message \\((\\d+)\\) exceeds the maximum allowed size \\((\\d+)\\)");

	private ClientLimits() {
	}

	/**
	 * @param failure the handshake's exception
	 * @return the limit the server's flight went past, in words, when that is why the handshake failed
	 */
	static Optional<String> exceeded(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) { // bounded by the chain
			String message = String.valueOf(t.getMessage());
			Matcher chain = CHAIN.matcher(message);
			if (chain.find()) {
				// the JDK stops counting one past its limit: the chain may be longer still
				return Optional.of("the server sent a certificate chain of more than " + chain.group(1)
						+ " certificates, the most a TLS client accepts (jdk.tls.maxCertificateChainLength)");
			}
			Matcher size = MESSAGE.matcher(message);
			if (size.find()) {
				return Optional.of("the server sent a handshake message of " + size.group(1) + " bytes (its "
						+ "certificates), more than the " + size.group(2) + " a TLS client accepts "
						+ "(jdk.tls.maxHandshakeMessageSize)");
			}
		}
		return Optional.empty();
	}
}
