package rdpdoctor.probes.net.x224;

/** RDP_NEG_FAILURE failure codes (MS-RDPBCGR 2.2.1.2.2), each with its name. */
public enum FailureCode {
	/** The server requires TLS (SecurityLayer=2) and the client did not offer it. */
	SSL_REQUIRED_BY_SERVER(1),
	/** The server allows only standard RDP security (SecurityLayer=0). */
	SSL_NOT_ALLOWED_BY_SERVER(2),
	/** The server has no usable certificate or private key for TLS. */
	SSL_CERT_NOT_ON_SERVER(3),
	/** The request's flags contradict each other. */
	INCONSISTENT_FLAGS(4),
	/** The server requires NLA (CredSSP) and the client did not offer it. */
	HYBRID_REQUIRED_BY_SERVER(5),
	/** The server requires TLS with user authentication. */
	SSL_WITH_USER_AUTH_REQUIRED_BY_SERVER(6),
	/** A code this version does not know. */
	UNKNOWN(-1);

	private final int code;

	FailureCode(int code) {
		this.code = code;
	}

	/** @return the numeric code, -1 for UNKNOWN */
	public int code() {
		return code;
	}

	/**
	 * @param code the numeric failure code
	 * @return its constant, UNKNOWN when not defined
	 */
	public static FailureCode of(long code) {
		for (FailureCode f : values()) {
			if (f.code == code) {
				return f;
			}
		}
		return UNKNOWN;
	}
}
