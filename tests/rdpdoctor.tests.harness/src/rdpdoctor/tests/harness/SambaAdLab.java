package rdpdoctor.tests.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real Active Directory domain controller: Samba's AD DC provisioned for the domain RDPD.TEST and run in a network
 * namespace of its own (releng/lab/samba-ad.sh), reachable only from this machine over a veth pair. It holds
 * OU=Berlin (OU=Servers: TS01, TS02), OU=Paris (XRDP01, the disabled OLD01, NODNS01 without dNSHostName),
 * CN=Computers (WS01), the DC itself and {@link #fleet()} computers in OU=Fleet. LDAPS and StartTLS present a
 * certificate for the namespace's address signed by {@link #ca()}. Needs root.
 */
public final class SambaAdLab implements AutoCloseable {

	private static final Duration LIMIT = Duration.ofMinutes(4);

	private final Path script;
	private final Path dir;
	private final Map<String, String> facts;

	private SambaAdLab(Path script, Path dir, Map<String, String> facts) {
		this.script = script;
		this.dir = dir;
		this.facts = facts;
	}

	/**
	 * @param dir   a folder of the test's for the domain's files
	 * @param fleet how many computers OU=Fleet holds
	 * @return the running domain controller
	 * @throws IOException when it does not come up
	 */
	public static SambaAdLab up(Path dir, int fleet) throws IOException {
		Root.require("/usr/bin/samba-tool");
		Root.require("/usr/sbin/samba");
		Path root = Path.of(System.getenv().getOrDefault("RDPDOCTOR_REPO_ROOT", "../.."));
		Path script = root.resolve("releng/lab/samba-ad.sh").toAbsolutePath().normalize();
		Map<String, String> facts = LabScripts.start(List.of(script.toString(), "start", dir.toString(),
				String.valueOf(fleet)), List.of(script.toString(), "stop", dir.toString()), LIMIT, "the Samba AD DC",
				java.util.regex.Pattern.compile("AD_[A-Z0-9_]+"));
		return new SambaAdLab(script, dir, facts);
	}

	/** @return the DC's address (in its namespace) */
	public String address() {
		return facts.get("AD_ADDRESS");
	}

	/** @return the domain's DN */
	public String base() {
		return facts.get("AD_BASE");
	}

	/** @return the administrator, as user@domain */
	public String bindDn() {
		return facts.get("AD_BIND_DN");
	}

	/** @return a file holding the administrator's password */
	public Path passwordFile() {
		return Path.of(facts.get("AD_PASSWORD_FILE"));
	}

	/**
	 * @return the administrator's password
	 * @throws IOException when it cannot be read
	 */
	public String password() throws IOException {
		return Files.readString(passwordFile());
	}

	/** @return the CA that signed the DC's certificate (PEM) */
	public Path ca() {
		return Path.of(facts.get("AD_CA"));
	}

	/** @return a krb5.conf naming the DC's KDC by address */
	public Path krb5Conf() {
		return Path.of(facts.get("AD_KRB5_CONF"));
	}

	/** @return the DC's name, as its ldap/ service principal has it */
	public String dcName() {
		return facts.get("AD_DC_NAME");
	}

	/**
	 * Gets the administrator a ticket, as {@code kinit} does on a workstation.
	 *
	 * @param cache the credentials cache to write
	 * @throws IOException when kinit fails
	 */
	public void kinit(Path cache) throws IOException {
		Command done = Command.run(List.of("sh", "-c", "kinit Administrator@" + facts.get("AD_REALM") + " < '"
				+ passwordFile() + "'"), Duration.ofSeconds(30), Map.of("KRB5_CONFIG", krb5Conf().toString(),
						"KRB5CCNAME", "FILE:" + cache));
		if (done.exitCode() != 0) {
			throw new IOException("kinit failed (" + done.exitCode() + "): " + done.output());
		}
	}

	/** @return how many computers OU=Fleet holds */
	public int fleet() {
		return Integer.parseInt(facts.get("AD_COUNT"));
	}

	@Override
	public void close() throws IOException {
		Command.run(List.of(script.toString(), "stop", dir.toString()), LIMIT, Map.of());
	}
}
