package com.example.rdpdoctor.rdgateway;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import rdpdoctor.core.IpLiteral;

/**
 * What a client checks in the gateway's certificate before it sends a credential: the dates, the name it dialled,
 * and a chain to a CA it trusts (the JDK's, plus those of {@code --ca-file}). Each check is answered on its own, so an
 * expired certificate is not reported as merely untrusted.
 */
final class GatewayCertificate {

	private GatewayCertificate() {
	}

	/** @return the DNS names and IP addresses the certificate is valid for (subject alternative names, else the CN) */
	static List<String> names(X509Certificate certificate) {
		List<String> names = new ArrayList<>();
		try {
			Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
			if (alternatives != null) {
				for (List<?> entry : alternatives) {
					int type = (Integer) entry.get(0);
					if (type == 2 || type == 7) { // dNSName, iPAddress
						names.add(String.valueOf(entry.get(1)));
					}
				}
			}
		} catch (CertificateParsingException e) {
			// no readable alternative names: fall back to the common name as clients do
		}
		if (names.stream().noneMatch(n -> !isAddress(n))) {
			String subject = certificate.getSubjectX500Principal().getName();
			for (String part : subject.split(",")) {
				if (part.startsWith("CN=")) {
					names.add(part.substring(3));
				}
			}
		}
		return names;
	}

	/** @return whether the name the client dialled is among the certificate's names (one left-most wildcard label) */
	static boolean matches(List<String> names, String dialled) {
		String host = dialled.toLowerCase(Locale.ROOT);
		for (String name : names) {
			String candidate = name.toLowerCase(Locale.ROOT);
			if (isAddress(host) || isAddress(candidate)) {
				if (isAddress(host) && isAddress(candidate) && sameAddress(host, candidate)) {
					return true;
				}
			} else if (candidate.equals(host) || candidate.startsWith("*.") && host.indexOf('.') > 0
					&& host.substring(host.indexOf('.')).equals(candidate.substring(1))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @param chain  the chain the gateway presented, its own certificate first
	 * @param caFile further trusted CAs (PEM or DER), or null
	 * @return why the chain is not trusted, or empty when it is (checked at a time the certificate is valid, so an
	 *         expired one is reported as expired only)
	 */
	static String trustProblem(X509Certificate[] chain, Path caFile) {
		try {
			Set<TrustAnchor> anchors = new HashSet<>(JdkAnchors.get());
			if (caFile != null) {
				try (InputStream in = Files.newInputStream(caFile)) {
					for (Certificate ca : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
						anchors.add(new TrustAnchor((X509Certificate) ca, null));
					}
				}
			}
			List<X509Certificate> path = new ArrayList<>(Arrays.asList(chain));
			while (!path.isEmpty() && isAnchor(path.get(path.size() - 1), anchors)) {
				path.remove(path.size() - 1); // the anchor itself is not part of the path
			}
			if (path.isEmpty()) {
				return ""; // the gateway presented a trusted CA's own certificate
			}
			PKIXParameters parameters = new PKIXParameters(anchors);
			parameters.setRevocationEnabled(false); // a revocation check would leave the lab and most gateways' LANs
			parameters.setDate(validMoment(chain[0]));
			CertPathValidator.getInstance("PKIX").validate(CertificateFactory.getInstance("X.509")
					.generateCertPath(path), parameters);
			return "";
		} catch (CertPathValidatorException e) {
			return chain[0].getIssuerX500Principal().equals(chain[0].getSubjectX500Principal())
					? "self-signed: no CA vouches for it"
					: "no chain to a trusted CA (" + e.getReason() + ": " + e.getMessage() + ")";
		} catch (GeneralSecurityException | IOException e) {
			return "cannot be checked: " + e.getMessage();
		}
	}

	/** The JDK's trusted CAs, read once for every host a run checks (the trust store does not change while it runs). */
	private static final class JdkAnchors {
		private static Set<TrustAnchor> anchors;

		static synchronized Set<TrustAnchor> get() throws GeneralSecurityException {
			if (anchors == null) {
				Set<TrustAnchor> read = new HashSet<>();
				TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
				factory.init((KeyStore) null);
				for (var manager : factory.getTrustManagers()) {
					if (manager instanceof X509TrustManager x509) {
						Arrays.stream(x509.getAcceptedIssuers()).forEach(ca -> read.add(new TrustAnchor(ca, null)));
					}
				}
				anchors = Set.copyOf(read);
			}
			return anchors;
		}
	}

	/** @return days until the certificate expires (negative once it has) */
	static long daysLeft(X509Certificate certificate, Instant now) {
		return Math.floorDiv(Duration.between(now, certificate.getNotAfter().toInstant()).toHours(), 24);
	}

	private static Date validMoment(X509Certificate leaf) {
		Instant now = Instant.now();
		Instant from = leaf.getNotBefore().toInstant();
		Instant to = leaf.getNotAfter().toInstant();
		return Date.from(now.isAfter(from) && now.isBefore(to) ? now : from.plus(Duration.between(from, to).dividedBy(2)));
	}

	private static boolean isAnchor(X509Certificate certificate, Set<TrustAnchor> anchors) {
		return anchors.stream().anyMatch(a -> certificate.equals(a.getTrustedCert()));
	}

	private static boolean isAddress(String name) {
		return IpLiteral.isIpLiteral(name);
	}

	private static boolean sameAddress(String a, String b) {
		try {
			// both are literals (IpLiteral): no resolver is asked
			return InetAddress.getByName(a).equals(InetAddress.getByName(b));
		} catch (IOException e) {
			return false;
		}
	}
}
