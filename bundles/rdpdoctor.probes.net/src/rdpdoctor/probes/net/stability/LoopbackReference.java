package rdpdoctor.probes.net.stability;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A minimal RDP negotiation answerer on this machine's loopback, started once per process: the stability probe
 * times the same handshake against it between its real samples, so the jitter this machine adds itself (a busy CPU
 * in a large batch) is measured and not blamed on the network.
 */
final class LoopbackReference {

	/** A Connection Confirm selecting TLS, as any server would send it. */
	private static final byte[] CONFIRM = { 3, 0, 0, 19, 14, (byte) 0xD0, 0, 0, 0, 0, 0, 2, 0, 8, 0, 1, 0, 0, 0 };

	private static volatile LoopbackReference instance;

	private final ServerSocket server;

	private LoopbackReference() throws IOException {
		server = new ServerSocket(0, 512, InetAddress.getLoopbackAddress());
		Thread.ofVirtual().name("stability reference").start(this::serve);
	}

	/** @return the running reference server */
	static LoopbackReference get() throws IOException {
		LoopbackReference current = instance;
		if (current == null) {
			synchronized (LoopbackReference.class) {
				if (instance == null) {
					instance = new LoopbackReference();
				}
				current = instance;
			}
		}
		return current;
	}

	int port() {
		return server.getLocalPort();
	}

	private void serve() {
		while (!server.isClosed()) { // for the life of the process
			try {
				Socket client = server.accept();
				Thread.ofVirtual().start(() -> answer(client));
			} catch (IOException e) {
				return;
			}
		}
	}

	private static void answer(Socket client) {
		try (client) {
			client.setSoTimeout(5000);
			InputStream in = client.getInputStream();
			byte[] header = in.readNBytes(4);
			if (header.length == 4) {
				in.readNBytes(Math.min(512, Math.max(0, ((header[2] & 0xFF) << 8 | (header[3] & 0xFF)) - 4)));
				client.getOutputStream().write(CONFIRM);
			}
		} catch (IOException e) {
			// the prober went away: nothing to answer
		}
	}
}
