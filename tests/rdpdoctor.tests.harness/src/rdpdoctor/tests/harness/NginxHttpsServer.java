package rdpdoctor.tests.harness;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real nginx serving HTTPS on one loopback address and port, with a certificate of a throwaway CA this class
 * makes ({@link #caFile()}), and the answers of its locations given as nginx directives. Needs {@code /usr/sbin/nginx}
 * and openssl (faketime for a certificate dated in the past); runs in the foreground, stopped by {@link #close()}.
 */
public final class NginxHttpsServer implements AutoCloseable {

	private static final Duration START_LIMIT = Duration.ofSeconds(10);

	private final Path dir;
	private final Process nginx;
	private final String address;
	private final int port;

	/**
	 * @param address      the loopback address to listen on ({@code 127.0.0.N})
	 * @param port         the port
	 * @param san          the certificate's subjectAltName, openssl form ({@code DNS:gw.example,IP:127.0.0.5})
	 * @param expired      whether the certificate expired (dated 2020 with faketime)
	 * @param locations    nginx {@code location} blocks, e.g. {@code location / { return 404; }}
	 * @throws IOException when openssl or nginx fails, or nginx does not listen within 10 s
	 */
	public NginxHttpsServer(String address, int port, String san, boolean expired, String locations)
			throws IOException {
		this.address = address;
		this.port = port;
		dir = Files.createTempDirectory("rdpdoctor-nginx");
		makeCertificates(san, expired);
		Files.createDirectories(dir.resolve("tmp"));
		String temp = dir.resolve("tmp").toString();
		String config = "daemon off;\nmaster_process off;\nworker_processes 1;\npid " + dir.resolve("nginx.pid")
				+ ";\nerror_log " + dir.resolve("error.log") + " info;\nevents { worker_connections 64; }\nhttp {\n"
				+ "  access_log " + dir.resolve("access.log") + ";\n  client_body_temp_path " + temp + "/body;\n"
				+ "  proxy_temp_path " + temp + "/proxy;\n  fastcgi_temp_path " + temp + "/fastcgi;\n"
				+ "  uwsgi_temp_path " + temp + "/uwsgi;\n  scgi_temp_path " + temp + "/scgi;\n"
				+ "  server {\n    listen " + address + ":" + port + " ssl;\n    server_name _;\n"
				+ "    ssl_certificate " + dir.resolve("server.pem") + ";\n    ssl_certificate_key "
				+ dir.resolve("server.key") + ";\n    " + locations + "\n  }\n}\n";
		Files.writeString(dir.resolve("nginx.conf"), config, StandardCharsets.UTF_8);
		nginx = new ProcessBuilder("/usr/sbin/nginx", "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString())
				.redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
		awaitListening();
	}

	/** @return the CA file that makes the certificate trusted (for {@code --ca-file}) */
	public Path caFile() {
		return dir.resolve("ca.pem");
	}

	/** @return the server's certificate (PEM) */
	public Path certificate() {
		return dir.resolve("server.pem");
	}

	/** @return {@code ADDRESS:PORT} */
	public String endpoint() {
		return address + ":" + port;
	}

	/** @return what nginx logged of each request (method, path, status) */
	public String accessLog() throws IOException {
		Path log = dir.resolve("access.log");
		return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
	}

	private void makeCertificates(String san, boolean expired) throws IOException {
		openssl(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3650", "-subj",
				"/CN=RDP Doctor test CA", "-keyout", dir.resolve("ca.key").toString(), "-out",
				dir.resolve("ca.pem").toString()), false);
		openssl(List.of("openssl", "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=rd gateway test", "-keyout",
				dir.resolve("server.key").toString(), "-out", dir.resolve("server.csr").toString()), false);
		Files.writeString(dir.resolve("ext.cnf"), "subjectAltName=" + san + "\nextendedKeyUsage=serverAuth\n");
		openssl(List.of("openssl", "x509", "-req", "-in", dir.resolve("server.csr").toString(), "-CA",
				dir.resolve("ca.pem").toString(), "-CAkey", dir.resolve("ca.key").toString(), "-CAcreateserial",
				"-days", "90", "-extfile", dir.resolve("ext.cnf").toString(), "-out", dir.resolve("server.pem").toString()),
				expired);
	}

	private static void openssl(List<String> command, boolean inThePast) throws IOException {
		List<String> full = new ArrayList<>();
		if (inThePast) {
			full.addAll(List.of("faketime", "2020-01-01 00:00:00"));
		}
		full.addAll(command);
		Command run = Command.run(full, Duration.ofSeconds(60), Map.of());
		if (run.exitCode() != 0) {
			throw new IOException(String.join(" ", full) + " failed: " + run.output());
		}
	}

	private void awaitListening() throws IOException {
		if (!ServerProcesses.awaitListening(nginx, new InetSocketAddress(address, port), START_LIMIT)) {
			String log = Files.exists(dir.resolve("stdout.log")) ? Files.readString(dir.resolve("stdout.log")) : "";
			close();
			throw new IOException("nginx did not listen on " + endpoint() + " within " + START_LIMIT.toSeconds()
					+ " s: " + log);
		}
	}

	@Override
	public void close() throws IOException {
		ServerProcesses.stop(nginx, Duration.ofSeconds(10));
	}
}
