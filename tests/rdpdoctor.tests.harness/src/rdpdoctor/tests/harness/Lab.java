package rdpdoctor.tests.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lab of real broken RDP servers (releng/lab/lab.sh) for tests: brought up once, read from its endpoint
 * table, taken down at the end. Needs root; in CI it must run, elsewhere without root the tests are skipped loudly.
 */
public final class Lab implements AutoCloseable {

	/** The lab's DNS server. */
	public static final String DNS_SERVER = "10.213.7.53";

	/** One endpoint of the lab. */
	public record Endpoint(String name, String address, int port, String cause, String status, String description) {
		/** @return the endpoint's DNS name in the lab zone */
		public String dnsName() {
			return name + ".lab.test";
		}
	}

	private final Path script;
	private final Path state;
	private final List<Endpoint> endpoints;

	private Lab(Path script, Path state, List<Endpoint> endpoints) {
		this.script = script;
		this.state = state;
		this.endpoints = endpoints;
	}

	/**
	 * Brings the lab up (installing its Debian packages the first time).
	 *
	 * @return the running lab
	 * @throws IOException when it cannot start
	 */
	public static Lab up() throws IOException {
		Root.require("/usr/sbin/ip");
		Path root = Path.of(System.getenv().getOrDefault("RDPDOCTOR_REPO_ROOT", "../.."));
		Path script = root.resolve("releng/lab/lab.sh").toAbsolutePath().normalize();
		Path state = Path.of(System.getenv().getOrDefault("RDPDOCTOR_LAB_DIR", "/run/rdpdoctor-lab"));
		Command up = Command.run(List.of(script.toString(), "up"), Duration.ofMinutes(15), Map.of());
		if (up.exitCode() != 0) {
			throw new IOException("the lab did not come up (" + up.exitCode() + "): " + up.output());
		}
		List<Endpoint> endpoints = new ArrayList<>();
		for (String line : Files.readAllLines(state.resolve("endpoints.txt"))) {
			String[] f = line.trim().split("\\s+", 6);
			if (f.length == 6) {
				endpoints.add(new Endpoint(f[0], f[1], Integer.parseInt(f[2]), f[3], f[4], f[5]));
			}
		}
		return new Lab(script, state, List.copyOf(endpoints));
	}

	/** @return every endpoint, in table order */
	public List<Endpoint> endpoints() {
		return endpoints;
	}

	/**
	 * @param name an endpoint name, e.g. {@code expired}
	 * @return that endpoint
	 */
	public Endpoint endpoint(String name) {
		return endpoints.stream().filter(e -> e.name().equals(name)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no lab endpoint " + name));
	}

	/** @return the lab CA certificate (PEM) */
	public Path caFile() {
		return state.resolve("certs/ca.pem");
	}

	@Override
	public void close() throws IOException {
		Command.run(List.of(script.toString(), "down"), Duration.ofMinutes(1), Map.of());
	}
}
