package rdpdoctor.tests.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.function.IntFunction;

/**
 * A hostile or scripted "RDP server" on loopback for probe tests: for each connection it reads the X.224
 * Connection Request, asks the script what to do for its requestedProtocols, and does it (answer, drip, close,
 * reset, stay silent). Not an RDP implementation: real servers (xrdp, FreeRDP) are tested in the lab.
 */
public final class FakeRdpServer implements AutoCloseable {

	/** What to do with one connection. */
	public record Reply(byte[] bytes, long dripDelayMs, End end) {
		/** How the connection ends after the bytes. */
		public enum End {
			/** Close normally (FIN). */
			CLOSE,
			/** Reset (RST). */
			RESET,
			/** Keep the connection open until the client closes or the server stops. */
			HOLD
		}

		/** @param bytes sent at once, then the connection is held open */
		public static Reply answer(byte[] bytes) {
			return new Reply(bytes, 0, End.HOLD);
		}

		/** @return sends nothing and holds the connection */
		public static Reply silent() {
			return new Reply(new byte[0], 0, End.HOLD);
		}
	}

	private final ServerSocket server;
	private final IntFunction<Reply> script;
	private final Thread acceptor;

	/**
	 * @param script the reply for a request's requestedProtocols (-1 when the request had no RDP_NEG_REQ)
	 * @throws IOException when no port can be bound
	 */
	public FakeRdpServer(IntFunction<Reply> script) throws IOException {
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.script = script;
		this.acceptor = Thread.ofVirtual().start(this::acceptLoop);
	}

	/** @return the port it listens on */
	public int port() {
		return server.getLocalPort();
	}

	private void acceptLoop() {
		while (!server.isClosed()) { // ends when close() closes the server socket
			try {
				Socket client = server.accept();
				Thread.ofVirtual().start(() -> serve(client));
			} catch (IOException e) {
				return;
			}
		}
	}

	private void serve(Socket client) {
		try (client) {
			client.setSoTimeout(10_000);
			InputStream in = client.getInputStream();
			byte[] header = in.readNBytes(4);
			if (header.length < 4) {
				return;
			}
			int length = Math.min(((header[2] & 0xFF) << 8) | (header[3] & 0xFF), 1024);
			byte[] body = in.readNBytes(Math.max(0, length - 4));
			int requested = -1;
			if (body.length >= 8 && body[body.length - 8] == 0x01) {
				requested = (body[body.length - 4] & 0xFF) | ((body[body.length - 3] & 0xFF) << 8)
						| ((body[body.length - 2] & 0xFF) << 16) | ((body[body.length - 1] & 0xFF) << 24);
			}
			Reply reply = script.apply(requested);
			OutputStream out = client.getOutputStream();
			if (reply.dripDelayMs() > 0) {
				for (byte b : reply.bytes()) {
					out.write(b);
					out.flush();
					Thread.sleep(reply.dripDelayMs());
				}
			} else {
				out.write(reply.bytes());
				out.flush();
			}
			switch (reply.end()) {
			case RESET -> client.setSoLinger(true, 0);
			case HOLD -> in.skip(Long.MAX_VALUE); // whatever the client sends, until it closes or 10 s pass quietly
			default -> { }
			}
		} catch (IOException e) {
			// the client went away: fine for a fake
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** An RDP_NEG_RSP Connection Confirm selecting {@code protocol}, source reference 0x1234 like xrdp. */
	public static byte[] rsp(int protocol, int flags) {
		return new byte[] { 3, 0, 0, 19, 14, (byte) 0xD0, 0, 0, 0x12, 0x34, 0, 2, (byte) flags, 8, 0,
				(byte) protocol, (byte) (protocol >> 8), (byte) (protocol >> 16), (byte) (protocol >> 24) };
	}

	/** An RDP_NEG_FAILURE Connection Confirm with {@code code}. */
	public static byte[] failure(int code) {
		return new byte[] { 3, 0, 0, 19, 14, (byte) 0xD0, 0, 0, 0x12, 0x34, 0, 3, 0, 8, 0, (byte) code, 0, 0, 0 };
	}

	@Override
	public void close() throws IOException {
		server.close();
		try {
			acceptor.join(5000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
