package rdpdoctor.probes.net.x224;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

import rdpdoctor.probes.net.io.BoundedReader;
import rdpdoctor.probes.net.io.Deadline;
import rdpdoctor.probes.net.io.ReadResult;

/**
 * Opens a TCP connection, sends an X.224 Connection Request and reads the Connection Confirm, all within one
 * deadline. The socket stays open so TLS can start on it; close the negotiation when done.
 */
public final class Negotiation implements AutoCloseable {

	private final Socket socket;
	private final NegotiationAttempt attempt;

	private Negotiation(Socket socket, NegotiationAttempt attempt) {
		this.socket = socket;
		this.attempt = attempt;
	}

	/**
	 * @param address   the server address
	 * @param port      the RDP port
	 * @param requested protocols to offer
	 * @param deadline  when to give up
	 * @return the negotiation; its attempt says what happened
	 */
	public static Negotiation run(InetAddress address, int port, int requested, Deadline deadline) {
		Socket socket = new Socket();
		long connectStart = System.nanoTime();
		try {
			socket.setTcpNoDelay(true);
			socket.connect(new InetSocketAddress(address, port), (int) Math.max(1, deadline.remainingMillis()));
		} catch (IOException e) {
			closeQuietly(socket);
			return new Negotiation(socket, new NegotiationAttempt(requested,
					NegotiationAttempt.Transport.CONNECT_FAILED, null, new byte[0], 0, -1));
		}
		return on(socket, (System.nanoTime() - connectStart) / 1000, requested, deadline);
	}

	/**
	 * Negotiates on a connection opened before (nothing sent on it yet).
	 *
	 * @param socket        the connected socket; the negotiation owns it from now on
	 * @param connectMicros how long its connect took
	 * @param requested     protocols to offer
	 * @param deadline      when to give up
	 * @return the negotiation; its attempt says what happened
	 */
	public static Negotiation on(Socket socket, long connectMicros, int requested, Deadline deadline) {
		long start = System.nanoTime();
		try {
			socket.getOutputStream().write(ConnectionRequest.encode(requested, null));
			socket.getOutputStream().flush();
			return new Negotiation(socket, readConfirm(socket, requested, deadline, start, connectMicros));
		} catch (IOException e) {
			return new Negotiation(socket, new NegotiationAttempt(requested, NegotiationAttempt.Transport.RESET, null,
					new byte[0], elapsed(start), connectMicros));
		}
	}

	private static NegotiationAttempt readConfirm(Socket socket, int requested, Deadline deadline, long start,
			long connectMicros) throws IOException {
		ReadResult header = BoundedReader.read(socket, ConnectionConfirm.TPKT_HEADER, deadline);
		if (!header.complete()) {
			return ended(requested, header, header.bytes(), start, connectMicros);
		}
		int total = ConnectionConfirm.packetLength(header.bytes());
		byte[] raw;
		ReadResult rest;
		if (total < 0) { // not TPKT, or an absurd length: keep a little for the evidence, read no further
			rest = BoundedReader.read(socket, 12, deadline.atMost(50));
		} else {
			rest = BoundedReader.read(socket, total - ConnectionConfirm.TPKT_HEADER, deadline);
		}
		raw = ReadResult.concat(header.bytes(), rest.bytes());
		ConnectionConfirm confirm = ConnectionConfirm.parse(raw, raw.length);
		boolean whole = total < 0 || rest.complete();
		NegotiationAttempt.Transport transport = whole ? NegotiationAttempt.Transport.ANSWERED
				: rest.end() == ReadResult.End.TIMEOUT ? NegotiationAttempt.Transport.SLOW
						: NegotiationAttempt.Transport.TRUNCATED;
		return new NegotiationAttempt(requested, transport, confirm, raw, elapsed(start), connectMicros);
	}

	private static NegotiationAttempt ended(int requested, ReadResult result, byte[] raw, long start,
			long connectMicros) {
		NegotiationAttempt.Transport transport;
		if (result.length() > 0) {
			boolean tpktSoFar = raw[0] == 3 && (raw.length < 2 || raw[1] == 0);
			transport = result.end() == ReadResult.End.TIMEOUT && tpktSoFar ? NegotiationAttempt.Transport.SLOW
					: NegotiationAttempt.Transport.TRUNCATED;
		} else {
			transport = switch (result.end()) {
			case CLOSED -> NegotiationAttempt.Transport.CLOSED;
			case RESET -> NegotiationAttempt.Transport.RESET;
			default -> NegotiationAttempt.Transport.SILENT;
			};
		}
		ConnectionConfirm confirm = raw.length > 0 ? ConnectionConfirm.parse(raw, raw.length) : null;
		return new NegotiationAttempt(requested, transport, confirm, raw, elapsed(start), connectMicros);
	}

	private static long elapsed(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		} catch (IOException e) {
			// nothing to do
		}
	}

	/** @return what happened */
	public NegotiationAttempt attempt() {
		return attempt;
	}

	/** @return the socket, connected when the attempt got an answer */
	public Socket socket() {
		return socket;
	}

	@Override
	public void close() {
		closeQuietly(socket);
	}
}
