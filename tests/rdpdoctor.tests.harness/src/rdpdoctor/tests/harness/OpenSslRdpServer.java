package rdpdoctor.tests.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TLS server behind RDP negotiation made of real OpenSSL: answers each X.224 Connection Request by selecting TLS
 * (like a server with SecurityLayer=2), then relays the connection to {@code openssl s_server} on loopback, run with
 * the given options (for instance {@code -no_tls1_2 -no_tls1_3} for a server that speaks only TLS 1.0 and 1.1).
 * Counts the connections it gets. Needs the openssl program.
 */
public final class OpenSslRdpServer implements AutoCloseable {

	private static final Duration START_LIMIT = Duration.ofSeconds(10);
	private static final int SELECT_TLS = 1;

	private final Path dir;
	private final Process openssl;
	private final int backend;
	private final ServerSocket front;
	private final AtomicInteger connections = new AtomicInteger();
	private final List<Socket> open = new ArrayList<>();

	/**
	 * Makes a self-signed certificate, starts s_server and waits until it accepts connections.
	 *
	 * @param options s_server's protocol options
	 * @throws IOException when openssl fails or s_server does not listen within 10 s
	 */
	public OpenSslRdpServer(String... options) throws IOException {
		this("/CN=openssl.test", null, 1, options);
	}

	/**
	 * As {@link #OpenSslRdpServer(String...)}, with a certificate whose fields the caller chooses: hostile ones too
	 * (control characters, bidi overrides), as whoever runs a server can.
	 *
	 * @param subject the subject, in openssl's {@code -subj} form, UTF-8
	 * @param san     the subjectAltName extension's value ({@code DNS:a.test,IP:127.0.0.1}), or {@code null}
	 * @param options s_server's protocol options
	 * @return the running server
	 * @throws IOException when openssl fails or s_server does not listen within 10 s
	 */
	public static OpenSslRdpServer withCertificate(String subject, String san, String... options) throws IOException {
		return new OpenSslRdpServer(subject, san, 1, options);
	}

	/**
	 * A server whose certificate chain holds its certificate {@code length} times (as a hostile or badly configured
	 * server may send: clients cap the chain's length and the handshake message's size).
	 *
	 * @param length how many certificates the chain has
	 * @return the running server
	 * @throws IOException when openssl fails or s_server does not listen within 10 s
	 */
	public static OpenSslRdpServer withChainOf(int length) throws IOException {
		return new OpenSslRdpServer("/CN=chain.test", null, length);
	}

	private OpenSslRdpServer(String subject, String san, int chainLength, String... options) throws IOException {
		dir = Files.createTempDirectory("rdpdoctor-openssl");
		List<String> req = new ArrayList<>(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days",
				"30", "-utf8", "-subj", subject, "-keyout", dir.resolve("key.pem").toString(), "-out",
				dir.resolve("cert.pem").toString()));
		if (san != null) {
			req.addAll(List.of("-addext", "subjectAltName=" + san));
		}
		Command cert = Command.run(req, START_LIMIT, Map.of());
		if (cert.exitCode() != 0) {
			throw new IOException("openssl req failed: " + cert.output());
		}
		backend = FreePorts.closedTcpPorts(1)[0];
		List<String> command = new ArrayList<>(List.of("openssl", "s_server", "-quiet", "-accept",
				"127.0.0.1:" + backend, "-cert", dir.resolve("cert.pem").toString(), "-key",
				dir.resolve("key.pem").toString(), "-cipher", "DEFAULT:@SECLEVEL=0"));
		if (chainLength > 1) {
			String pem = Files.readString(dir.resolve("cert.pem"));
			Files.writeString(dir.resolve("chain.pem"), pem.repeat(chainLength - 1));
			command.addAll(List.of("-cert_chain", dir.resolve("chain.pem").toString()));
		}
		command.addAll(List.of(options));
		// stdin stays an open pipe: s_server ends a connection when its stdin ends
		openssl = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(dir.resolve("s_server.log").toFile()).start();
		awaitListening();
		front = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread.ofVirtual().start(this::acceptLoop);
	}

	/** @return the port to diagnose */
	public int port() {
		return front.getLocalPort();
	}

	/** @return how many connections came in so far */
	public int connections() {
		return connections.get();
	}

	private void awaitListening() throws IOException {
		if (!ServerProcesses.awaitListening(openssl, new InetSocketAddress(InetAddress.getLoopbackAddress(), backend),
				START_LIMIT)) {
			close();
			throw new IOException("openssl s_server did not listen within " + START_LIMIT.toSeconds() + " s: "
					+ Files.readString(dir.resolve("s_server.log")));
		}
	}

	private void acceptLoop() {
		while (!front.isClosed()) { // ends when close() closes the server socket
			try {
				Socket client = front.accept();
				connections.incrementAndGet();
				Thread.ofVirtual().start(() -> serve(client));
			} catch (IOException e) {
				return;
			}
		}
	}

	private void serve(Socket client) {
		try (client; Socket tls = new Socket(InetAddress.getLoopbackAddress(), backend)) {
			remember(client, tls);
			client.setSoTimeout(10_000);
			tls.setSoTimeout(10_000);
			InputStream in = client.getInputStream();
			byte[] header = in.readNBytes(4);
			if (header.length < 4) {
				return;
			}
			in.readNBytes(Math.max(0, Math.min(((header[2] & 0xFF) << 8) | (header[3] & 0xFF), 1024) - 4));
			client.getOutputStream().write(FakeRdpServer.rsp(SELECT_TLS, 0));
			client.getOutputStream().flush();
			Thread back = Thread.ofVirtual().start(() -> pump(tls, client));
			pump(client, tls);
			back.join(10_000);
		} catch (IOException e) {
			// the client went away
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private synchronized void remember(Socket... sockets) {
		open.addAll(List.of(sockets));
	}

	/** Copies until either side closes or 10 s pass quietly, then closes both. */
	private static void pump(Socket from, Socket to) {
		try {
			InputStream in = from.getInputStream();
			OutputStream out = to.getOutputStream();
			byte[] buffer = new byte[8192];
			for (int n; (n = in.read(buffer)) > 0;) { // ends at EOF, a reset or the read time-out
				out.write(buffer, 0, n);
				out.flush();
			}
		} catch (IOException e) {
			// closed by the other direction
		} finally {
			closeQuietly(from);
			closeQuietly(to);
		}
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		} catch (IOException e) {
			// nothing left to do
		}
	}

	@Override
	public synchronized void close() throws IOException {
		if (front != null) {
			front.close();
		}
		open.forEach(OpenSslRdpServer::closeQuietly);
		openssl.destroyForcibly();
		try {
			openssl.waitFor(10, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		try (var files = Files.list(dir)) {
			for (Path f : files.toList()) {
				Files.deleteIfExists(f);
			}
		}
		Files.deleteIfExists(dir);
	}
}
