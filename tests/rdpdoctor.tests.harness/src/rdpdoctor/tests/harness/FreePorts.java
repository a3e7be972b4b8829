package rdpdoctor.tests.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Ports on loopback that nothing uses right now (the OS picks them). */
public final class FreePorts {

	private FreePorts() {
	}

	/** @return a TCP port that was free a moment ago: connecting to it is refused */
	public static int closedTcpPort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * @param count how many ports
	 * @return {@code count} distinct TCP ports that were free a moment ago (all are held open together while they are
	 *         picked, so the OS cannot hand out one of them twice)
	 */
	public static int[] closedTcpPorts(int count) {
		ServerSocket[] held = new ServerSocket[count];
		try {
			int[] ports = new int[count];
			for (int i = 0; i < count; i++) {
				held[i] = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
				ports[i] = held[i].getLocalPort();
			}
			return ports;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			for (ServerSocket socket : held) {
				closeQuietly(socket);
			}
		}
	}

	private static void closeQuietly(ServerSocket socket) {
		if (socket == null) {
			return;
		}
		try {
			socket.close();
		} catch (IOException e) {
			// nothing listens there any more either way
		}
	}

	/** @return a UDP port that was free a moment ago */
	public static int freeUdpPort() {
		try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
