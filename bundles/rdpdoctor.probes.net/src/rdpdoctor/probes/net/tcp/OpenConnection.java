package rdpdoctor.probes.net.tcp;

import java.io.IOException;
import java.net.Socket;

/**
 * The TCP probe's connection, handed over to the negotiation matrix ({@link TcpConnectProbe#CONNECTION}) so its
 * first request needs no connection of its own.
 *
 * @param socket         the connected socket; nothing was sent on it
 * @param connectedNanos when it connected ({@link System#nanoTime()})
 * @param connectMicros  how long the connect took
 */
public record OpenConnection(Socket socket, long connectedNanos, long connectMicros) implements AutoCloseable {

	/** @return milliseconds since it connected */
	public long idleMillis() {
		return (System.nanoTime() - connectedNanos) / 1_000_000;
	}

	/** Closes the socket; one that is gone already cannot be closed better. */
	@Override
	public void close() {
		try {
			socket.close();
		} catch (IOException e) {
			// nothing more to do
		}
	}
}
