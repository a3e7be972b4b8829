package rdpdoctor.remediation.xrdp;

import rdpdoctor.remediation.IRemediation;
import rdpdoctor.remediation.Plan;
import rdpdoctor.remediation.RemediationHost;
import rdpdoctor.remediation.RemediationRefused;
import rdpdoctor.remediation.Snapshot;

/**
 * An xrdp remediation: the scripts start with {@link XrdpShell#FUNCTIONS} and the facts of the diagnosis (xrdp.ini's
 * path and port, the certificate and key files), checked as plain paths and quoted; the precondition checks the
 * host still has them.
 */
abstract class XrdpRemediation implements IRemediation {

	/** The facts a plan is written from. */
	record Facts(String ini, String certificate, String key, int port, int wantedPort) {
		String header() {
			return XrdpShell.FUNCTIONS + "ini=" + ini + "\ncert=" + certificate + "\nkey=" + key + "\nport=" + port
					+ "\nwanted_port=" + wantedPort + "\n";
		}
	}

	/** @return the remediation's id */
	abstract String id();

	/** @return what it changes, for people */
	abstract String summary(Facts facts);

	/** @return precondition lines after the common ones */
	String precondition(Facts facts) {
		return "";
	}

	/** @return snapshot lines */
	abstract String snapshot(Facts facts);

	/** @return the change */
	abstract String apply(Facts facts);

	/** @return what the rollback does after restoring the snapshot's files */
	abstract String afterRestore(Snapshot snapshot);

	@Override
	public Plan plan(RemediationHost host) throws RemediationRefused {
		Facts facts = facts(host);
		String header = facts.header();
		String check = header + "[ -f \"$ini\" ] || fail \"$ini is missing\"\n"
				+ "command -v ss >/dev/null || fail \"ss (iproute2) is missing\"\n" + precondition(facts) + "exit 0\n";
		return new Plan(id(), host.cause(), host.target().host(), host.system(), summary(facts), false, check,
				header + snapshot(facts) + "exit 0\n", header + apply(facts) + "exit 0\n");
	}

	@Override
	public String rollback(Plan plan, Snapshot snapshot) {
		String apply = plan.apply(); // its header: the functions and facts the plan was written with
		String header = apply.substring(0, apply.indexOf('\n', apply.indexOf("\nwanted_port=") + 1) + 1);
		return header + XrdpShell.restoreFiles(snapshot) + afterRestore(snapshot) + "exit 0\n";
	}

	private static Facts facts(RemediationHost host) throws RemediationRefused {
		String ini = host.evidence("xrdp", "ini").filter(s -> !s.isEmpty()).orElseThrow(() -> new RemediationRefused(
				host.target().host() + ": the diagnosis did not read xrdp.ini (xrdp probe: "
						+ java.util.Optional.ofNullable(host.diagnosis().outcomesById().get("xrdp"))
								.map(o -> o.status() + ": " + o.message()).orElse("did not run") + ")"));
		int port = host.evidence("xrdp", "port").map(XrdpRemediation::port).orElse(3389);
		return new Facts(XrdpShell.path("xrdp.ini", ini),
				XrdpShell.path("the certificate", host.evidence("xrdp", "certificate").orElse("/etc/xrdp/cert.pem")),
				XrdpShell.path("the key", host.evidence("xrdp", "keyFile").orElse("/etc/xrdp/key.pem")), port,
				host.target().port());
	}

	private static int port(String text) {
		try {
			int port = Integer.parseInt(text);
			return port > 0 && port < 65536 ? port : 3389;
		} catch (NumberFormatException e) {
			return 3389;
		}
	}
}
