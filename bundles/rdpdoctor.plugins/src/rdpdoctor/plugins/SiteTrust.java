package rdpdoctor.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Which HTTPS update sites p2 trusts: the JDK's CAs plus those of a PEM file ({@code plugins --ca-file}, the settings
 * file's {@code tls.caFile}, the workbench's preference), for a team's site behind an internal CA. A certificate
 * refused is remembered by host, so that the failure p2 reports ("Unable to read repository") can name it: why
 * (expired, not yet valid, no trusted CA), its subject, issuer and SHA-256 fingerprint.
 */
public final class SiteTrust {

	private static final Map<String, String> REFUSED = new ConcurrentHashMap<>();

	private SiteTrust() {
	}

	/**
	 * Makes the JVM's default TLS context trust the JDK's CAs and those of the file: p2's transport (ECF over
	 * {@code HttpsURLConnection}) connects with it.
	 *
	 * @param caFile a PEM (or DER) file of CA certificates, if any
	 * @throws PluginException naming the file when it cannot be read or holds no certificate
	 */
	public static synchronized void use(Optional<Path> caFile) throws PluginException {
		try {
			KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
			anchors.load(null, null);
			int n = 0;
			for (X509Certificate ca : jdkTrustManager().getAcceptedIssuers()) {
				anchors.setCertificateEntry("jdk-" + n++, ca);
			}
			if (caFile.isPresent()) {
				int before = n;
				try (InputStream in = Files.newInputStream(caFile.get())) {
					for (Certificate ca : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
						anchors.setCertificateEntry("file-" + n++, ca);
					}
				}
				if (n == before) {
					throw new PluginException("--ca-file " + caFile.get() + " holds no certificate");
				}
			}
			TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			factory.init(anchors);
			X509ExtendedTrustManager trusted = extended(factory.getTrustManagers());
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, new TrustManager[] { new Naming(trusted, caFile.isPresent()) }, null);
			SSLContext.setDefault(context);
			HttpsURLConnection.setDefaultSSLSocketFactory(context.getSocketFactory());
		} catch (IOException | GeneralSecurityException e) {
			throw new PluginException("cannot use the CA file " + caFile.map(Path::toString).orElse("(none)") + ": "
					+ e.getMessage(), e);
		}
	}

	/**
	 * @param site an update site
	 * @return why its host's certificate was refused, when it was
	 */
	public static Optional<String> refusal(URI site) {
		return site.getHost() == null ? Optional.empty()
				: Optional.ofNullable(REFUSED.get(site.getHost().toLowerCase(Locale.ROOT)));
	}

	private static X509TrustManager jdkTrustManager() throws GeneralSecurityException {
		TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		factory.init((KeyStore) null);
		return extended(factory.getTrustManagers());
	}

	private static X509ExtendedTrustManager extended(TrustManager[] managers) throws GeneralSecurityException {
		for (TrustManager manager : managers) {
			if (manager instanceof X509ExtendedTrustManager x509) {
				return x509;
			}
		}
		throw new GeneralSecurityException("the JDK has no X.509 trust manager");
	}

	/** Why a chain was refused, in an admin's words, with what identifies the certificate. */
	static String describe(X509Certificate[] chain, CertificateException refused, boolean withCaFile) {
		X509Certificate leaf = chain[0];
		String why;
		try {
			leaf.checkValidity();
			why = "it was not issued by a CA this RDP Doctor trusts (the JDK's" + (withCaFile ? " or --ca-file's" : "")
					+ ")";
		} catch (CertificateExpiredException e) {
			why = "it expired on " + leaf.getNotAfter().toInstant();
		} catch (CertificateNotYetValidException e) {
			why = "it is not valid before " + leaf.getNotBefore().toInstant();
		}
		String fingerprint;
		try {
			fingerprint = HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance("SHA-256")
					.digest(leaf.getEncoded()));
		} catch (GeneralSecurityException e) {
			fingerprint = "unknown (" + e.getMessage() + ")";
		}
		return "its certificate is not trusted: " + why + "; subject " + leaf.getSubjectX500Principal().getName()
				+ ", issuer " + leaf.getIssuerX500Principal().getName() + ", SHA-256 " + fingerprint
				+ (withCaFile ? "" : "; a site of an internal CA needs that CA: --ca-file PEM (or tls.caFile in the "
						+ "settings file)")
				+ " [" + refused.getMessage() + "]";
	}

	/** A trust manager's check. */
	@FunctionalInterface
	private interface Check {
		void run() throws CertificateException;
	}

	/** Delegates every check; remembers the chains it refuses, by the host they came from. */
	private static final class Naming extends X509ExtendedTrustManager {
		private final X509ExtendedTrustManager trusted;
		private final boolean withCaFile;

		Naming(X509ExtendedTrustManager trusted, boolean withCaFile) {
			this.trusted = trusted;
			this.withCaFile = withCaFile;
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
				throws CertificateException {
			String host = socket instanceof SSLSocket ssl && ssl.getHandshakeSession() != null
					? ssl.getHandshakeSession().getPeerHost() : null;
			judged(host, chain, () -> trusted.checkServerTrusted(chain, authType, socket));
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
				throws CertificateException {
			judged(engine == null ? null : engine.getPeerHost(), chain,
					() -> trusted.checkServerTrusted(chain, authType, engine));
		}

		/** Runs the check; remembers a refusal by host, forgets the host's last one when the check passes. */
		private void judged(String host, X509Certificate[] chain, Check check) throws CertificateException {
			try {
				check.run();
			} catch (CertificateException e) {
				remember(host, chain, e);
				throw e;
			}
			forget(host);
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
			trusted.checkServerTrusted(chain, authType);
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
				throws CertificateException {
			trusted.checkClientTrusted(chain, authType, socket);
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
				throws CertificateException {
			trusted.checkClientTrusted(chain, authType, engine);
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
			trusted.checkClientTrusted(chain, authType);
		}

		@Override
		public X509Certificate[] getAcceptedIssuers() {
			return trusted.getAcceptedIssuers();
		}

		private static void forget(String host) {
			if (host != null) {
				REFUSED.remove(host.toLowerCase(Locale.ROOT));
			}
		}

		private void remember(String host, X509Certificate[] chain, CertificateException e) {
			if (host != null && chain != null && chain.length > 0) {
				REFUSED.put(host.toLowerCase(Locale.ROOT), describe(chain, e, withCaFile));
			}
		}
	}
}
