package rdpdoctor.core;

import java.util.Set;

/**
 * The cause catalog's IDs (API: added to, never renamed). Rules may use IDs not listed here.
 */
public final class Causes {

	public static final String DNS_NAME_NOT_FOUND = "DNS_NAME_NOT_FOUND";
	public static final String DNS_SERVER_UNREACHABLE = "DNS_SERVER_UNREACHABLE";
	public static final String DNS_ADDRESS_MISMATCH = "DNS_ADDRESS_MISMATCH";
	public static final String HOST_UNREACHABLE = "HOST_UNREACHABLE";
	public static final String PORT_FILTERED = "PORT_FILTERED";
	public static final String PORT_CLOSED = "PORT_CLOSED";
	public static final String SERVICE_NOT_RESPONDING = "SERVICE_NOT_RESPONDING";
	public static final String NOT_RDP = "NOT_RDP";
	public static final String CERT_EXPIRED = "CERT_EXPIRED";
	public static final String CERT_NOT_YET_VALID = "CERT_NOT_YET_VALID";
	public static final String CERT_EXPIRING_SOON = "CERT_EXPIRING_SOON";
	public static final String CERT_NAME_MISMATCH = "CERT_NAME_MISMATCH";
	public static final String CERT_SELF_SIGNED = "CERT_SELF_SIGNED";
	public static final String CERT_UNTRUSTED = "CERT_UNTRUSTED";
	public static final String CERT_UNUSABLE = "CERT_UNUSABLE";
	public static final String TLS_HANDSHAKE_FAILED = "TLS_HANDSHAKE_FAILED";
	public static final String TLS_LEGACY_ONLY = "TLS_LEGACY_ONLY";
	public static final String SECURITY_LAYER_TLS_REQUIRED = "SECURITY_LAYER_TLS_REQUIRED";
	public static final String SECURITY_LAYER_RDP_ONLY = "SECURITY_LAYER_RDP_ONLY";
	public static final String SECURITY_DOWNGRADE = "SECURITY_DOWNGRADE";
	public static final String NLA_REQUIRED = "NLA_REQUIRED";
	public static final String NLA_NOT_ENFORCED = "NLA_NOT_ENFORCED";
	public static final String NETWORK_UNSTABLE = "NETWORK_UNSTABLE";
	public static final String CLOCK_SKEW = "CLOCK_SKEW";
	public static final String RDP_SERVICE_STOPPED = "RDP_SERVICE_STOPPED";
	public static final String RDP_DISABLED = "RDP_DISABLED";
	public static final String RDP_PORT_CHANGED = "RDP_PORT_CHANGED";
	public static final String FIREWALL_RULE_DISABLED = "FIREWALL_RULE_DISABLED";
	public static final String MACHINEKEYS_INACCESSIBLE = "MACHINEKEYS_INACCESSIBLE";
	public static final String STALE_SESSIONS = "STALE_SESSIONS";
	public static final String CREDSSP_POLICY_BLOCKS = "CREDSSP_POLICY_BLOCKS";
	public static final String NIC_POWER_SAVING = "NIC_POWER_SAVING";

	/** Causes that mean no RDP answer reached the client at all: the host is UNREACHABLE. */
	public static final Set<String> UNREACHABLE = Set.of(DNS_NAME_NOT_FOUND, DNS_SERVER_UNREACHABLE,
			HOST_UNREACHABLE, PORT_FILTERED, PORT_CLOSED, SERVICE_NOT_RESPONDING, NOT_RDP);

	private Causes() {
	}
}
