package rdpdoctor.probes.net.tcp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

import rdpdoctor.core.IProbe;
import rdpdoctor.core.ProbeContext;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.ProbeReport;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.probes.net.dns.DnsProbe;

/**
 * Opens a TCP connection to the RDP port of each resolved address in turn (as mstsc does) until one accepts,
 * and tells a timeout (filtered) from a refusal (closed) and from host or network unreachable.
 * <p>
 * Evidence: {@code outcome} ({@link ConnectOutcome}), {@code address} and {@code port} of the last attempt,
 * {@code connectMs} (the connect RTT when CONNECTED, else the time until failure), {@code attempts}
 * ("address=OUTCOME" per address), {@code error}.
 * </p>
 * <p>
 * The connection that succeeded is handed over ({@value #CONNECTION}, an {@link OpenConnection}): the negotiation
 * matrix sends its first request there instead of connecting again.
 * </p>
 */
public class TcpConnectProbe implements IProbe {

	/** Evidence keys. */
	public static final String OUTCOME = "outcome";
	public static final String ADDRESS = "address";
	public static final String PORT = "port";
	public static final String CONNECT_MS = "connectMs";
	public static final String ATTEMPTS = "attempts";
	public static final String ERROR = "error";

	/** The key under which the connection that succeeded is handed over. */
	public static final String CONNECTION = "tcp.connection";

	/** Time kept back from the deadline so the probe reports a timeout itself, with evidence. */
	private static final long MARGIN_MS = 25;
	private static final int MAX_ADDRESSES = 8;

	@Override
	public void run(ProbeContext context, ProbeReport report) throws IOException {
		int port = context.target().port();
		List<String> addresses = addresses(context);
		List<String> attempts = new ArrayList<>();
		report.put(PORT, port);
		for (int i = 0; i < addresses.size() && i < MAX_ADDRESSES; i++) {
			String address = addresses.get(i);
			long budget = Math.max(1, context.remainingMillis() - MARGIN_MS);
			long start = System.nanoTime();
			ConnectOutcome outcome;
			String error = null;
			Socket socket = new Socket();
			boolean handedOver = false;
			try {
				socket.setTcpNoDelay(true);
				socket.connect(new InetSocketAddress(InetAddress.getByName(address), port), (int) Math.min(budget,
						Integer.MAX_VALUE));
				outcome = ConnectOutcome.CONNECTED;
				long now = System.nanoTime();
				context.handOver(CONNECTION, new OpenConnection(socket, now, (now - start) / 1000));
				handedOver = true;
			} catch (IOException e) {
				outcome = ConnectOutcome.of(e);
				error = e.getClass().getSimpleName() + ": " + e.getMessage();
			} finally {
				if (!handedOver) {
					socket.close();
				}
			}
			long ms = (System.nanoTime() - start) / 1_000_000;
			attempts.add(address + "=" + outcome);
			report.put(ADDRESS, address).put(OUTCOME, outcome.name()).put(CONNECT_MS, ms).put(ATTEMPTS,
					List.copyOf(attempts)).put(ERROR, error);
			if (outcome == ConnectOutcome.CONNECTED) {
				report.status(ProbeStatus.OK, "connected to " + address + " port " + port + " in " + ms + " ms");
				return;
			}
			report.status(ProbeStatus.FAILED, describe(outcome, address, port, ms));
			if (outcome == ConnectOutcome.FILTERED || context.isCancelled()) {
				return; // the deadline is spent
			}
		}
	}

	private static List<String> addresses(ProbeContext context) {
		return context.outcome("dns").map(ProbeOutcome::evidence).map(e -> e.get(DnsProbe.ADDRESSES))
				.filter(List.class::isInstance).map(l -> ((List<?>) l).stream().map(String::valueOf).toList())
				.orElse(List.of(context.target().host()));
	}

	private static String describe(ConnectOutcome outcome, String address, int port, long ms) {
		return switch (outcome) {
		case FILTERED -> "no answer from " + address + " port " + port + " within " + ms + " ms";
		case REFUSED -> address + " refused the connection to port " + port;
		case HOST_UNREACHABLE -> address + " is unreachable (no route to host)";
		case NETWORK_UNREACHABLE -> "the network of " + address + " is unreachable";
		default -> "connect to " + address + " port " + port + " failed";
		};
	}
}
