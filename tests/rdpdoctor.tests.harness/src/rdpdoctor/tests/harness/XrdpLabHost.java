package rdpdoctor.tests.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Linux host running xrdp as Debian installs it, in namespaces of its own (releng/lab/xrdp-host.sh): its own
 * address (10.213.9-12.x, reachable only from this machine), its own processes, its own /etc/xrdp, passwd and
 * sudoers.d; OpenSSH lets a throwaway user in by key or password. Needs root; the machine's own /etc and services are not
 * touched.
 */
public final class XrdpLabHost implements AutoCloseable {

	private static final Duration LIMIT = Duration.ofSeconds(60);
	/** The files of /etc/xrdp {@link #restore()} puts back. */
	private static final List<String> PRISTINE = List.of("xrdp.ini", "cert.pem", "key.pem");

	private final Path script;
	private final String name;
	private final Map<String, String> facts;

	private XrdpLabHost(Path script, String name, Map<String, String> facts) {
		this.script = script;
		this.name = name;
		this.facts = facts;
	}

	/**
	 * Brings a host up with xrdp serving on port 3389 with a valid certificate.
	 *
	 * @param name  1-10 lower-case letters or digits
	 * @param index 0-255, the host's /30 in 10.213.9.0-10.213.12.255
	 * @return the running host
	 * @throws IOException when it does not come up
	 */
	public static XrdpLabHost up(String name, int index) throws IOException {
		Root.require("/usr/sbin/ip");
		Root.require("/usr/sbin/sshd");
		Root.require("/usr/sbin/xrdp");
		Path root = Path.of(System.getenv().getOrDefault("RDPDOCTOR_REPO_ROOT", "../.."));
		Path script = root.resolve("releng/lab/xrdp-host.sh").toAbsolutePath().normalize();
		Map<String, String> facts = LabScripts.start(List.of(script.toString(), "up", name, String.valueOf(index)),
				List.of(script.toString(), "down", name), LIMIT, "lab host " + name,
				java.util.regex.Pattern.compile("[a-z]+"));
		XrdpLabHost host = new XrdpLabHost(script, name, facts);
		Path pristine = Files.createDirectories(host.pristine());
		for (String file : PRISTINE) {
			Files.copy(host.etcXrdp().resolve(file), pristine.resolve(file), StandardCopyOption.COPY_ATTRIBUTES);
		}
		Files.copy(host.groupFile(), pristine.resolve("group"), StandardCopyOption.COPY_ATTRIBUTES);
		return host;
	}

	/** @return where the files the host came up with are kept (for {@link #restore()}) */
	private Path pristine() {
		return dir().resolve("pristine");
	}

	/**
	 * Puts the host back as it came up: xrdp.ini, the certificate and key, the group file, no rule in iptables'
	 * INPUT chain, xrdp running with them.
	 *
	 * @throws IOException when a file cannot be written or xrdp does not start
	 */
	public void restore() throws IOException {
		stopXrdp();
		for (String file : PRISTINE) {
			Files.copy(pristine().resolve(file), etcXrdp().resolve(file), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.COPY_ATTRIBUTES);
		}
		// written in place: the host sees this file through a bind mount of its inode
		Files.write(groupFile(), Files.readAllBytes(pristine().resolve("group")));
		run("iptables", "-F", "INPUT");
		startXrdp();
	}

	/** @return the host's address */
	public String address() {
		return facts.get("address");
	}

	/** @return the throwaway user allowed to log in */
	public String user() {
		return facts.get("user");
	}

	/** @return the admin user, who may run anything as root through sudo without a password (same key, password) */
	public String adminUser() {
		return facts.get("admin");
	}

	/** @return the client key allowed to log in as {@link #user()} (and {@link #adminUser()}) */
	public Path clientKey() {
		return Path.of(facts.get("dir"), "client_key");
	}

	/** @return a file holding the user's password (owner-only, as --ssh-password-file wants it) */
	public Path passwordFile() {
		return Path.of(facts.get("dir"), "password");
	}

	/**
	 * @return the user's password
	 * @throws IOException when it cannot be read
	 */
	public String password() throws IOException {
		return Files.readString(passwordFile(), StandardCharsets.UTF_8).strip();
	}

	/** @return the host's /etc/xrdp, as seen from this machine (edit it to switch faults: xrdp re-reads its ini) */
	public Path etcXrdp() {
		return Path.of(facts.get("etc"), "xrdp");
	}

	/** @return the host's group file, as seen from this machine */
	public Path groupFile() {
		return Path.of(facts.get("etc"), "group");
	}

	/** @return the folder of its keys and logs */
	public Path dir() {
		return Path.of(facts.get("dir"));
	}

	/**
	 * @return the host key's fingerprint as {@code ssh-keygen -lf} prints it
	 * @throws IOException when ssh-keygen fails
	 */
	public String hostKeyFingerprint() throws IOException {
		Command listed = Command.run(List.of("ssh-keygen", "-l", "-E", "sha256", "-f",
				dir().resolve("host_key.pub").toString()), LIMIT, Map.of());
		if (listed.exitCode() != 0) {
			throw new IOException("ssh-keygen -l failed: " + listed.output());
		}
		return listed.output().trim().split(" ")[1];
	}

	/**
	 * Runs a command as root inside the host.
	 *
	 * @param command the program and its arguments
	 * @return what it did
	 * @throws IOException when it fails
	 */
	public String run(String... command) throws IOException {
		List<String> line = new ArrayList<>(List.of(script.toString(), "in", name));
		line.addAll(List.of(command));
		Command done = Command.run(line, LIMIT, Map.of());
		if (done.exitCode() != 0) {
			throw new IOException(String.join(" ", command) + " on " + name + " failed (" + done.exitCode() + "): "
					+ done.output());
		}
		return done.output();
	}

	/**
	 * Replaces a line of the host's xrdp.ini (the first line starting with {@code key=}).
	 *
	 * @param key   the key, e.g. {@code security_layer}
	 * @param value its new value
	 * @throws IOException when the file cannot be written
	 */
	public void setIni(String key, String value) throws IOException {
		Path ini = etcXrdp().resolve("xrdp.ini");
		List<String> lines = new ArrayList<>(Files.readAllLines(ini, StandardCharsets.UTF_8));
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith(key + "=")) {
				lines.set(i, key + "=" + value);
				break;
			}
		}
		Files.writeString(ini, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
	}

	/**
	 * Starts one more xrdp on the host as an admin runs several: {@code xrdp --nodaemon --config FILE} with a set-up of
	 * its own outside /etc/xrdp (port, certificate, key, LogFile), as root.
	 *
	 * @param id       1-10 lower-case letters or digits
	 * @param port     its port
	 * @param expired  whether its certificate expired (in 2020)
	 * @param how      how its command line names the ini: absolute (its path), relative (to its working folder),
	 *                 mountns (not at all, in a mount namespace of its own where its folder is /etc/xrdp)
	 * @return pid= and ini= of the instance
	 * @throws IOException when it does not listen within 10 s
	 */
	public Map<String, String> startInstance(String id, int port, boolean expired, String how) throws IOException {
		Command done = Command.run(List.of(script.toString(), "instance", name, id, String.valueOf(port),
				expired ? "expired" : "valid", how), LIMIT, Map.of());
		if (done.exitCode() != 0) {
			throw new IOException("instance " + id + " of " + name + " failed: " + done.output());
		}
		Map<String, String> facts = new HashMap<>();
		done.output().lines().filter(l -> l.matches("[a-z]+=.*"))
				.forEach(l -> facts.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
		return facts;
	}

	/**
	 * @throws IOException when xrdp does not listen within 10 s
	 */
	public void startXrdp() throws IOException {
		call("xrdp-start");
	}

	/**
	 * @throws IOException when it cannot be stopped
	 */
	public void stopXrdp() throws IOException {
		call("xrdp-stop");
	}

	private void call(String verb) throws IOException {
		Command done = Command.run(List.of(script.toString(), verb, name), LIMIT, Map.of());
		if (done.exitCode() != 0) {
			throw new IOException(verb + " " + name + " failed: " + done.output());
		}
	}

	/** Takes the host down: its processes, namespace, veth and /etc/netns folder. */
	@Override
	public void close() throws IOException {
		Command.run(List.of(script.toString(), "down", name), LIMIT, Map.of());
	}
}
