package rdpdoctor.probes.net.tls;

import java.net.Socket;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSession;

import rdpdoctor.core.ProbeContext;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.ProbeReport;
import rdpdoctor.core.IProbe;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.probes.net.io.Deadline;
import rdpdoctor.probes.net.x224.NegotiatedTarget;
import rdpdoctor.probes.net.x224.Negotiation;
import rdpdoctor.probes.net.x224.NegotiationAttempt;
import rdpdoctor.probes.net.x224.Protocols;

/**
 * After the server selects TLS (or CredSSP) for an mstsc-like request, runs the TLS handshake on the same socket
 * and records the whole chain, trusted or not: subject, issuer, SANs, validity, days left, SHA-1 thumbprint, key,
 * signature algorithm, self-signed, name match, issuer trust, TLS version and cipher. A handshake that dies right
 * after the server chose TLS is recorded as {@code failedAfterSelect}.
 */
public class TlsProbe implements IProbe {

	@Override
	public void run(ProbeContext context, ProbeReport report) throws Exception {
		ProbeOutcome x224 = context.outcome("x224").orElseThrow();
		int request = tlsRequest(x224);
		if (request < 0) {
			report.status(ProbeStatus.SKIPPED, "the server does not select TLS: nothing to inspect");
			return;
		}
		Deadline deadline = NegotiatedTarget.deadline(context);
		try (Negotiation negotiation = Negotiation.run(NegotiatedTarget.address(context), context.target().port(),
				request, deadline)) {
			NegotiationAttempt attempt = negotiation.attempt();
			report.put("negotiated", attempt.describe());
			if (!attempt.startedTls()) {
				report.put("notSelectedThisTime", true);
				report.status(ProbeStatus.FAILED, "the server did not select TLS this time: " + attempt.describe());
				return;
			}
			handshake(negotiation.socket(), context, deadline, report);
		}
	}

	/** The request that makes the server start TLS: the mstsc-like one if it did, else SSL alone; -1 if none. */
	static int tlsRequest(ProbeOutcome x224) {
		String selected = x224.text("selected").orElse("");
		if (selected.equals("SSL") || selected.equals("HYBRID") || selected.equals("HYBRID_EX")) {
			return Protocols.MSTSC;
		}
		if (x224.text("SSL.answer").orElse("").startsWith("RSP SSL")) {
			return Protocols.SSL;
		}
		return -1;
	}

	private static void handshake(Socket socket, ProbeContext context, Deadline deadline, ProbeReport report)
			throws Exception {
		TlsClient tls = new TlsClient(socket, context.target().host(), context.target().port(), deadline);
		try (var ssl = tls.socket()) {
			long start = System.nanoTime();
			try {
				tls.handshake();
			} catch (java.net.SocketTimeoutException e) {
				timedOut(tls, context, report, start);
				return;
			} catch (SSLException | java.net.SocketException e) {
				if (deadline.passed() || Thread.currentThread().isInterrupted()) {
					// the engine's deadline closed the socket ("Closed by interrupt"): a time-out, not a broken TLS
					timedOut(tls, context, report, start);
					return;
				}
				report.put("handshakeMs", (System.nanoTime() - start) / 1_000_000);
				report.put("handshakeError", e.getClass().getSimpleName() + ": " + e.getMessage());
				report.put("failedAfterSelect", true);
				certificate(tls.chain(), context, report);
				report.status(ProbeStatus.FAILED, "the TLS handshake failed right after the server chose TLS: "
						+ e.getMessage());
				return;
			}
			report.put("handshakeMs", (System.nanoTime() - start) / 1_000_000);
			SSLSession session = ssl.getSession();
			report.put("version", session.getProtocol()).put("cipher", session.getCipherSuite());
			certificate(tls.chain(), context, report);
			report.status(ProbeStatus.OK, session.getProtocol() + " " + session.getCipherSuite() + ", certificate "
					+ report(tls.chain()));
		}
	}

	/** Slow or lossy path, or an overloaded server: no evidence about the certificate or the TLS stack. */
	private static void timedOut(TlsClient tls, ProbeContext context, ProbeReport report, long start) {
		report.put("handshakeMs", (System.nanoTime() - start) / 1_000_000).put("handshakeTimedOut", true);
		certificate(tls.chain(), context, report);
		report.status(ProbeStatus.FAILED, "the TLS handshake did not finish before the deadline");
	}

	private static String report(List<X509Certificate> chain) {
		return chain.isEmpty() ? "none" : chain.get(0).getSubjectX500Principal().getName();
	}

	private static void certificate(List<X509Certificate> chain, ProbeContext context, ProbeReport report) {
		report.put("chainLength", chain.size());
		if (chain.isEmpty()) {
			return;
		}
		X509Certificate leaf = chain.get(0);
		Instant now = Instant.now();
		report.put("subject", leaf.getSubjectX500Principal().getName())
				.put("issuer", leaf.getIssuerX500Principal().getName())
				.put("sans", CertificateFacts.subjectAltNames(leaf))
				.put("notBefore", leaf.getNotBefore().toInstant())
				.put("notAfter", leaf.getNotAfter().toInstant())
				.put("daysLeft", CertificateFacts.daysLeft(leaf, now))
				.put("sha1", CertificateFacts.sha1(leaf))
				.put("serial", leaf.getSerialNumber().toString(16))
				.put("keyAlgorithm", leaf.getPublicKey().getAlgorithm())
				.put("keySize", CertificateFacts.keySize(leaf.getPublicKey()))
				.put("signatureAlgorithm", leaf.getSigAlgName())
				.put("selfSigned", CertificateFacts.selfSigned(leaf))
				.put("nameMatch", CertificateFacts.matchesHost(leaf, context.target().host()))
				.put("dialled", context.target().host());
		String caFile = context.settings().extra().get(IssuerTrust.CA_FILE_SETTING);
		String trustProblem = IssuerTrust.problem(chain, caFile == null ? null : Path.of(caFile));
		report.put("issuerTrusted", trustProblem == null).put("trustProblem", trustProblem);
	}
}
