package rdpdoctor.probes.net.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import rdpdoctor.core.settings.DiagnosisSetting;

/**
 * Whether a server chain leads to a trusted root: the JDK's trust store plus, optionally, CA certificates from a
 * PEM file (setting {@code tls.caFile}, e.g. a company CA). The path is checked at a moment inside the leaf's
 * validity, so an expired certificate from a trusted CA is "expired", not "untrusted".
 */
public final class IssuerTrust {

	/** The settings key naming a PEM file of extra trusted CA certificates. */
	public static final String CA_FILE_SETTING = DiagnosisSetting.CA_FILE.key();

	private IssuerTrust() {
	}

	/**
	 * @param chain  the server's chain, leaf first
	 * @param caFile extra CA certificates (PEM), or {@code null}
	 * @return {@code null} when trusted, else why not
	 */
	public static String problem(List<X509Certificate> chain, Path caFile) {
		if (chain.isEmpty()) {
			return "no certificate";
		}
		try {
			Set<TrustAnchor> anchors = anchors(caFile);
			PKIXParameters params = new PKIXParameters(anchors);
			params.setRevocationEnabled(false);
			X509Certificate leaf = chain.get(0);
			long middle = leaf.getNotBefore().getTime() / 2 + leaf.getNotAfter().getTime() / 2;
			params.setDate(new Date(middle));
			CertificateFactory factory = CertificateFactory.getInstance("X.509");
			List<X509Certificate> path = chain.stream().filter(c -> anchors.stream()
					.noneMatch(a -> a.getTrustedCert().equals(c))).toList();
			if (path.isEmpty()) {
				return null; // the server sent only anchors
			}
			CertPathValidator.getInstance("PKIX").validate(factory.generateCertPath(path), params);
			return null;
		} catch (GeneralSecurityException | IOException e) {
			return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		}
	}

	private static Set<TrustAnchor> anchors(Path caFile) throws GeneralSecurityException, IOException {
		return caFile == null ? SystemAnchors.ALL : CaFiles.withSystemAnchors(caFile);
	}

	/** The JDK's trusted CAs, read once per process (a fleet asks for them once per host). */
	private static final class SystemAnchors {
		static final Set<TrustAnchor> ALL = load();

		private static Set<TrustAnchor> load() {
			Set<TrustAnchor> anchors = new HashSet<>();
			try {
				TrustManagerFactory factory = TrustManagerFactory
						.getInstance(TrustManagerFactory.getDefaultAlgorithm());
				factory.init((KeyStore) null);
				for (var manager : factory.getTrustManagers()) {
					if (manager instanceof X509TrustManager x509) {
						for (X509Certificate ca : x509.getAcceptedIssuers()) {
							anchors.add(new TrustAnchor(ca, null));
						}
					}
				}
			} catch (GeneralSecurityException e) {
				throw new IllegalStateException("the JDK's trusted CAs cannot be read: " + e.getMessage(), e);
			}
			return Set.copyOf(anchors);
		}
	}

	/** CA files by path, with the JDK's CAs added, read again only when the file changed. */
	private static final class CaFiles {
		private record Read(FileTime modified, long size, Set<TrustAnchor> anchors) {
		}

		private static final Map<Path, Read> READ = new ConcurrentHashMap<>();

		static Set<TrustAnchor> withSystemAnchors(Path caFile) throws GeneralSecurityException, IOException {
			FileTime modified = Files.getLastModifiedTime(caFile);
			long size = Files.size(caFile);
			Read known = READ.get(caFile);
			if (known != null && known.modified().equals(modified) && known.size() == size) {
				return known.anchors();
			}
			Set<TrustAnchor> anchors = new HashSet<>(SystemAnchors.ALL);
			try (InputStream in = Files.newInputStream(caFile)) {
				for (var c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
					anchors.add(new TrustAnchor((X509Certificate) c, null));
				}
			}
			Set<TrustAnchor> all = Set.copyOf(anchors);
			READ.put(caFile, new Read(modified, size, all));
			return all;
		}
	}
}
