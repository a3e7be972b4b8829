package rdpdoctor.probes.net.tls;

import java.net.Socket;
import java.security.cert.X509Certificate;
import java.util.List;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Accepts any server chain and keeps it, so the probe can judge a certificate whether or not it is trusted.
 * Used only by the probes, which never send credentials or data over the connection.
 */
final class CapturingTrustManager extends X509ExtendedTrustManager {

	private volatile List<X509Certificate> chain = List.of();

	List<X509Certificate> chain() {
		return chain;
	}

	@Override
	public void checkServerTrusted(X509Certificate[] certificates, String authType) {
		chain = List.of(certificates);
	}

	@Override
	public void checkServerTrusted(X509Certificate[] certificates, String authType, Socket socket) {
		chain = List.of(certificates);
	}

	@Override
	public void checkServerTrusted(X509Certificate[] certificates, String authType, SSLEngine engine) {
		chain = List.of(certificates);
	}

	@Override
	public void checkClientTrusted(X509Certificate[] certificates, String authType) {
		throw new UnsupportedOperationException("client side only");
	}

	@Override
	public void checkClientTrusted(X509Certificate[] certificates, String authType, Socket socket) {
		throw new UnsupportedOperationException("client side only");
	}

	@Override
	public void checkClientTrusted(X509Certificate[] certificates, String authType, SSLEngine engine) {
		throw new UnsupportedOperationException("client side only");
	}

	@Override
	public X509Certificate[] getAcceptedIssuers() {
		return new X509Certificate[0];
	}
}
