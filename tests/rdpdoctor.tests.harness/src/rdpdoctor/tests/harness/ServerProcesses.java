package rdpdoctor.tests.harness;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Starting and stopping the real servers the harness runs as processes: waits with deadlines, one way for all. */
final class ServerProcesses {

	private static final int CONNECT_MS = 200;
	private static final long POLL_MS = 50;

	private ServerProcesses() {
	}

	/**
	 * Waits until the server accepts TCP connections on the address.
	 *
	 * @param server  the server's process
	 * @param address where it should listen
	 * @param limit   how long to wait at most
	 * @return true when it listens; false when it ended or the limit passed (say which with {@code isAlive()})
	 */
	static boolean awaitListening(Process server, InetSocketAddress address, Duration limit) {
		long deadline = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < deadline && server.isAlive()) { // bounded by the limit
			try (Socket probe = new Socket()) {
				probe.connect(address, CONNECT_MS);
				return true;
			} catch (IOException notYet) {
				try {
					Thread.sleep(POLL_MS);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
		}
		return false;
	}

	/**
	 * Stops a server: asks it to end, and kills it when it has not within the grace period (or when interrupted).
	 *
	 * @param server the server's process
	 * @param grace  how long it may take to end by itself, and then to die
	 */
	static void stop(Process server, Duration grace) {
		server.destroy();
		try {
			if (!server.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
				server.destroyForcibly().waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			server.destroyForcibly();
		}
	}
}
