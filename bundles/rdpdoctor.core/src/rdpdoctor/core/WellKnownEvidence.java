package rdpdoctor.core;

/**
 * The shipped probes' ids and the evidence other bundles read from them (reports, the workbench's dashboard, the
 * quick sweep), declared once here so that no bundle depends on another's strings without the compiler seeing it.
 * The ids are those of the JSON result; the network probes (rdpdoctor.probes.net) and the host probes
 * (rdpdoctor.probes.host) contribute them.
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
	/** TLS probe evidence: the certificate's start of validity, an {@link java.time.Instant}. */
	public static final String CERT_NOT_BEFORE = "notBefore";
	/** NTLM probe evidence: the server's own clock from its challenge, an {@link java.time.Instant}. */
	public static final String NTLM_SERVER_TIME = "serverTime";
	/** TLS probe evidence: the certificate's SHA-1 thumbprint, upper-case hex, as Windows shows and binds it. */
	public static final String CERT_SHA1 = "sha1";
	/** TLS probe evidence: the certificate's subject, RFC 2253 (the server chose it: escape it where shown). */
	public static final String CERT_SUBJECT = "subject";
	/** TLS probe evidence: whole days from the diagnosis to {@link #CERT_NOT_AFTER}, negative when past. */
	public static final String CERT_DAYS_LEFT = "daysLeft";

	/** The SSH access probe of the host-side probes (rdpdoctor.probes.host). */
	public static final String SSH_PROBE = "ssh";
	/** SSH probe evidence on a refused connection: why, e.g. UNKNOWN_HOST_KEY or HOST_KEY_CHANGED. */
	public static final String SSH_FAILURE = "failure";
	/** SSH probe evidence with an unknown or changed key: the key, in OpenSSH's one-line form. */
	public static final String SSH_HOST_KEY_LINE = "hostKeyLine";
	/** SSH probe evidence with an unknown or changed key: the host name or address it was presented for. */
	public static final String SSH_HOST_KEY_HOST = "hostKeyHost";
	/** SSH probe evidence with an unknown or changed key: the SSH port it was presented on. */
	public static final String SSH_HOST_KEY_PORT = "hostKeyPort";

	/** The xrdp host probe (rdpdoctor.probes.host). */
	public static final String XRDP_PROBE = "xrdp";
	/** The Windows host probe (rdpdoctor.probes.host). */
	public static final String WINDOWS_PROBE = "windows";
	/** xrdp probe evidence: {@code true} when several instances could serve the port and none was tied to it. */
	public static final String XRDP_AMBIGUOUS = "ambiguous";
	/**
	 * xrdp probe evidence: the path prefix its files are seen through ({@code /proc/PID/root}) when the instance runs
	 * in another mount namespace (a container).
	 */
	public static final String XRDP_FILES_SEEN_THROUGH = "filesSeenThrough";
	/** xrdp probe evidence: the instance's LogFile, as its xrdp.ini names it. */
	public static final String XRDP_LOG_FILE = "logFile";
	/** xrdp probe evidence: the LogFile of the sesman.ini the instance talks to. */
	public static final String XRDP_SESMAN_LOG_FILE = "sesmanLogFile";

	private WellKnownEvidence() {
	}

	/**
	 * Put ({@code true}) by a probe that reads the host itself (e.g. over SSH) rather than what the network shows: the
	 * engine then puts its {@code HOST_} evidence beside the network findings it bears on.
	 */
	public static final String HOST_SIDE = "hostSide";
	/** Host side: the certificate (file, store path) the host is set to present. */
	public static final String HOST_CERTIFICATE = "certificate";
	/** Host side: the end of validity of the certificate the host holds (an {@link java.time.Instant}). */
	public static final String HOST_CERT_NOT_AFTER = "certNotAfter";
	/** Host side: the subject of the certificate the host holds. */
	public static final String HOST_CERT_SUBJECT = "certSubject";
	/** Host side: the thumbprint of the certificate the RDP listener is bound to (Windows). */
	public static final String HOST_BOUND_THUMBPRINT = "boundThumbprint";
	/** Host side: the security layer the host is set to (xrdp: negotiate, tls, rdp; Windows: 0, 1, 2). */
	public static final String HOST_SECURITY_LAYER = "securityLayer";
	/** Host side: whether the host requires NLA (Windows UserAuthentication: 1 required, 0 not). */
	public static final String HOST_USER_AUTHENTICATION = "userAuthentication";

	/** The probe that reads the hosts' RDP-related events (over SSH). */
	public static final String EVENTS_PROBE = "events";
	/** Events, one column each, newest first: when each was written ({@link java.time.Instant}s). */
	public static final String EVENT_TIMES = "times";
	/** Events: their IDs (numbers; 0 for a Linux log line). */
	public static final String EVENT_IDS = "ids";
	/** Events: their levels (1 Critical, 2 Error, 3 Warning, 4 Information, 5 Verbose). */
	public static final String EVENT_LEVELS = "levels";
	/** Events: their providers (the host's words). */
	public static final String EVENT_PROVIDERS = "providers";
	/** Events: their channels (logs). */
	public static final String EVENT_CHANNELS = "channels";
	/** Events: their messages or data, one line each, cut (the host's words). */
	public static final String EVENT_MESSAGES = "messages";
}
