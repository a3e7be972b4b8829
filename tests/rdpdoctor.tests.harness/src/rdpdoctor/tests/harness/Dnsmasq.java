package rdpdoctor.tests.harness;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;


/**
 * A private DNS server for tests: dnsmasq on 127.0.0.1 and a free port, answering only from its own hosts
 * file, authoritative for its zone (unknown names there are NXDOMAIN), never forwarding anywhere.
 */
public final class Dnsmasq implements AutoCloseable {

	/** The dnsmasq binary (Debian package dnsmasq-base). */
	public static final String BINARY = "/usr/sbin/dnsmasq";

	private final Process process;
	private final int port;
	private final Path dir;

	/**
	 * Starts the server and waits (at most 10 s) until it answers on TCP.
	 *
	 * @param zone    the local zone, e.g. {@code lab.test}
	 * @param records name to address
	 * @throws IOException when it cannot start
	 */
	public Dnsmasq(String zone, Map<String, String> records) throws IOException {
		dir = Files.createTempDirectory("rdpdoctor-dns");
		Path hosts = dir.resolve("hosts");
		List<String> lines = new ArrayList<>();
		records.forEach((name, address) -> lines.add(address + " " + name));
		Files.write(hosts, lines);
		port = FreePorts.freeUdpPort();
		process = new ProcessBuilder(BINARY, "--keep-in-foreground", "--conf-file=/dev/null", "--no-resolv",
				"--no-hosts", "--no-poll", "--addn-hosts=" + hosts, "--local=/" + zone + "/", "--domain-needed",
				"--listen-address=127.0.0.1", "--bind-interfaces", "--port=" + port, "--user=root",
				"--pid-file=" + dir.resolve("pid"), "--log-facility=" + dir.resolve("log"))
				.redirectErrorStream(true).redirectOutput(dir.resolve("out").toFile()).start();
		awaitListening();
	}

	private void awaitListening() throws IOException {
		if (!ServerProcesses.awaitListening(process, new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
				Duration.ofSeconds(10))) {
			boolean exited = !process.isAlive();
			close();
			throw new IOException(exited ? "dnsmasq exited: " + Files.readString(dir.resolve("out"))
					: "dnsmasq did not listen on 127.0.0.1:" + port + " within 10 s");
		}
	}

	/** @return {@code 127.0.0.1:PORT}, as given to {@code --dns-server} */
	public String address() {
		return "127.0.0.1:" + port;
	}

	@Override
	public void close() {
		ServerProcesses.stop(process, Duration.ofSeconds(5));
	}

}
