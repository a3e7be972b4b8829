package rdpdoctor.probes.net.tls;

import java.net.Socket;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

import rdpdoctor.core.IProbe;
import rdpdoctor.core.ProbeContext;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.ProbeReport;
import rdpdoctor.core.WellKnownEvidence;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.probes.net.io.Deadline;
import rdpdoctor.probes.net.x224.NegotiatedTarget;
import rdpdoctor.probes.net.x224.Negotiation;
import rdpdoctor.probes.net.x224.NegotiationAttempt;
import rdpdoctor.probes.net.x224.Protocols;
import rdpdoctor.probes.net.x224.X224Probe;

/**
 * After the server selects TLS (or CredSSP) for an mstsc-like request, runs the TLS handshake on the same socket
 * and records the whole chain, trusted or not: subject, issuer, SANs, validity, days left, SHA-1 thumbprint, key,
 * signature algorithm, self-signed, name match, issuer trust, TLS version and cipher. A handshake that dies right
 * after the server chose TLS is recorded as {@code failedAfterSelect}.
 * <p>
 * The handshake goes on on the negotiation matrix's mstsc-like connection when that was handed over
 * ({@link X224Probe#TLS_CONNECTION}), and again over a new connection if that one was closed before any answer
 * ({@code retried}); with CredSSP selected, the connection is handed on after a good handshake
 * ({@link #CREDSSP_CONNECTION}).
 * </p>
 */
public class TlsProbe implements IProbe {

	/**
	 * The key under which the TLS connection is handed over (an {@link SSLSocket}) after a good handshake, when
	 * the server selected CredSSP: the NTLM probe then sends its TSRequest there instead of connecting again.
	 */
	public static final String CREDSSP_CONNECTION = "tls.credssp";

	@Override
	public void run(ProbeContext context, ProbeReport report) throws Exception {
		ProbeOutcome x224 = context.outcome("x224").orElseThrow();
		int request = tlsRequest(x224);
		if (request < 0) {
			report.status(ProbeStatus.SKIPPED, "the server does not select TLS: nothing to inspect");
			return;
		}
		Deadline deadline = NegotiatedTarget.deadline(context);
		Optional<Negotiation> handed = request == Protocols.MSTSC ? handed(context) : Optional.empty();
		if (handed.isPresent()) {
			if (attempt(handed.get(), context, deadline, true, report) != Handshake.CLOSED_UNANSWERED) {
				return;
			}
			report.put("retried", "the matrix's connection closed before any answer: asked again over a new one");
		}
		attempt(Negotiation.run(NegotiatedTarget.address(context), context.target().port(), request, deadline),
				context, deadline, false, report);
	}

	/** How a handshake ended, for what happens to its connection. */
	private enum Handshake {
		/** Recorded; the connection is closed. */
		DONE,
		/** Recorded; the connection was handed over to the NTLM probe. */
		HANDED_ON,
		/** Not recorded: a connection that had waited was closed before the server said anything. */
		CLOSED_UNANSWERED
	}

	/** The negotiation matrix's mstsc-like connection when it was handed over and is still open. */
	private static Optional<Negotiation> handed(ProbeContext context) {
		return context.takeOver(X224Probe.TLS_CONNECTION, Negotiation.class).filter(n -> !n.socket().isClosed());
	}

	private static Handshake attempt(Negotiation negotiation, ProbeContext context, Deadline deadline,
			boolean handed, ProbeReport report) throws Exception {
		Handshake result = Handshake.DONE;
		try {
			NegotiationAttempt attempt = negotiation.attempt();
			report.put("negotiated", attempt.describe());
			if (!attempt.startedTls()) {
				report.put("notSelectedThisTime", true);
				report.status(ProbeStatus.FAILED, "the server did not select TLS this time: " + attempt.describe());
				return result;
			}
			result = handshake(negotiation.socket(), context, deadline, attempt.selectedCredSsp(), handed, report);
			return result;
		} finally {
			if (result != Handshake.HANDED_ON) {
				negotiation.close();
			}
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

	/** @return how it ended; a connection handed over stays open */
	private static Handshake handshake(Socket socket, ProbeContext context, Deadline deadline, boolean credSsp,
			boolean waited, ProbeReport report) throws Exception {
		TlsClient tls = new TlsClient(socket, context.target().host(), context.target().port(), deadline);
		SSLSocket ssl = tls.socket();
		try {
			long start = System.nanoTime();
			try {
				tls.handshake();
			} catch (java.net.SocketTimeoutException e) {
				timedOut(tls, context, report, start);
				return Handshake.DONE;
			} catch (SSLException | java.net.SocketException e) {
				if (deadline.passed() || Thread.currentThread().isInterrupted()) {
					// the engine's deadline closed the socket ("Closed by interrupt"): a time-out, not a broken TLS
					timedOut(tls, context, report, start);
					return Handshake.DONE;
				}
				if (waited && tls.chain().isEmpty() && closedUnanswered(e)) {
					return Handshake.CLOSED_UNANSWERED;
				}
				report.put("handshakeMs", (System.nanoTime() - start) / 1_000_000);
				report.put("handshakeError", e.getClass().getSimpleName() + ": " + e.getMessage());
				report.put("failedAfterSelect", true);
				ClientLimits.exceeded(e).ifPresent(limit -> report.put("clientLimit", limit));
				certificate(tls.chain(), context, report);
				report.status(ProbeStatus.FAILED, "the TLS handshake failed right after the server chose TLS: "
						+ e.getMessage());
				return Handshake.DONE;
			}
			report.put("handshakeMs", (System.nanoTime() - start) / 1_000_000);
			SSLSession session = ssl.getSession();
			report.put("version", session.getProtocol()).put("cipher", session.getCipherSuite());
			certificate(tls.chain(), context, report);
			report.status(ProbeStatus.OK, session.getProtocol() + " " + session.getCipherSuite() + ", certificate "
					+ report(tls.chain()));
			if (!credSsp) {
				return Handshake.DONE;
			}
			context.handOver(CREDSSP_CONNECTION, ssl); // CredSSP's first TSRequest is due here, the NTLM probe's
			ssl = null;
			return Handshake.HANDED_ON;
		} finally {
			if (ssl != null) {
				ssl.close();
			}
		}
	}

	/** Whether the server ended the connection without a TLS answer: a close or reset, no alert. */
	private static boolean closedUnanswered(Exception e) {
		return e instanceof java.net.SocketException || e.getCause() instanceof java.io.EOFException
				|| e.getCause() instanceof java.net.SocketException;
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
		report.put(WellKnownEvidence.CERT_SUBJECT, leaf.getSubjectX500Principal().getName())
				.put("issuer", leaf.getIssuerX500Principal().getName())
				.put("sans", CertificateFacts.subjectAltNames(leaf))
				.put(WellKnownEvidence.CERT_NOT_BEFORE, leaf.getNotBefore().toInstant())
				.put(WellKnownEvidence.CERT_NOT_AFTER, leaf.getNotAfter().toInstant())
				.put(WellKnownEvidence.CERT_DAYS_LEFT, CertificateFacts.daysLeft(leaf, now))
				.put(WellKnownEvidence.CERT_SHA1, CertificateFacts.sha1(leaf))
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
