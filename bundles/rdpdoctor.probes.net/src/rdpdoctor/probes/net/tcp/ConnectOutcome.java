package rdpdoctor.probes.net.tcp;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.util.Locale;

/** How a TCP connect ended, as the client's operating system saw it. */
public enum ConnectOutcome {
	/** The three-way handshake completed. */
	CONNECTED,
	/** No answer before the deadline: a firewall dropping packets, or a host that is down. */
	FILTERED,
	/** RST or ICMP port-unreachable: nothing listens there, or a firewall rejects. */
	REFUSED,
	/** ICMP host-unreachable or admin-prohibited (EHOSTUNREACH). */
	HOST_UNREACHABLE,
	/** No route to the network (ENETUNREACH). */
	NETWORK_UNREACHABLE,
	/** Any other socket error. */
	ERROR;

	/**
	 * Classifies a failed connect.
	 *
	 * @param e the exception from {@link java.net.Socket#connect}
	 * @return the outcome
	 */
	public static ConnectOutcome of(IOException e) {
		String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
		if (e instanceof SocketTimeoutException || message.contains("timed out")) {
			return FILTERED;
		}
		if (message.contains("network is unreachable")) {
			return NETWORK_UNREACHABLE;
		}
		if (e instanceof NoRouteToHostException || message.contains("no route to host")
				|| message.contains("host is unreachable")) {
			return HOST_UNREACHABLE;
		}
		if (e instanceof ConnectException || message.contains("connection refused")) {
			return REFUSED;
		}
		return ERROR;
	}
}
