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

	/** Causes that mean no RDP answer reached the client at all: the host is UNREACHABLE. */
	public static final Set<String> UNREACHABLE = Set.of(DNS_NAME_NOT_FOUND, DNS_SERVER_UNREACHABLE,
			HOST_UNREACHABLE, PORT_FILTERED, PORT_CLOSED, SERVICE_NOT_RESPONDING, NOT_RDP);

	private Causes() {
	}
}
