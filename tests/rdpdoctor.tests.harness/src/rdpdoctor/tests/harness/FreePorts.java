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

	/** @return a UDP port that was free a moment ago */
	public static int freeUdpPort() {
		try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
