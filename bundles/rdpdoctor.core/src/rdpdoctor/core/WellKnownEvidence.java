package rdpdoctor.core;

/**
 * The shipped probes' ids and the evidence other bundles read from them (reports, the workbench's dashboard, the
 * quick sweep), declared once here so that no bundle depends on another's strings without the compiler seeing it.
 * The ids are those of the JSON result; the network probes (rdpdoctor.probes.net) contribute them.
 */
public final class WellKnownEvidence {

	/** The TCP connect probe. */
	public static final String TCP_PROBE = "tcp";
	/** The TLS certificate probe. */
	public static final String TLS_PROBE = "tls";
	/** The NTLM-over-CredSSP identity probe. */
	public static final String NTLM_PROBE = "ntlm";

	/** TLS probe evidence: the certificate's end of validity, an {@link java.time.Instant}. */
	public static final String CERT_NOT_AFTER = "notAfter";
	/** TLS probe evidence: the certificate's SHA-1 thumbprint, upper-case hex, as Windows shows and binds it. */
	public static final String CERT_SHA1 = "sha1";
	/** TLS probe evidence: the certificate's subject, RFC 2253 (the server chose it: escape it where shown). */
	public static final String CERT_SUBJECT = "subject";
	/** TLS probe evidence: whole days from the diagnosis to {@link #CERT_NOT_AFTER}, negative when past. */
	public static final String CERT_DAYS_LEFT = "daysLeft";

	private WellKnownEvidence() {
	}
}
