package rdpdoctor.remediation.xrdp;

import rdpdoctor.core.WellKnownEvidence;
import rdpdoctor.remediation.IRemediation;
import rdpdoctor.remediation.Plan;
import rdpdoctor.remediation.RemediationHost;
import rdpdoctor.remediation.RemediationRefused;
import rdpdoctor.remediation.Snapshot;

/**
 * An xrdp remediation, aimed at the instance that serves the dialled port: the scripts start with
 * {@link XrdpShell#FUNCTIONS} and the facts of the diagnosis (that instance's xrdp.ini, port, certificate and key,
 * checked as plain paths and quoted, and its PID); the precondition checks the host still has them and that the same
 * process still serves the port with the same xrdp.ini. Only the host's one instance its xrdp service manages is ever
 * started or restarted through the service.
 */
abstract class XrdpRemediation implements IRemediation {

	/**
	 * The facts a plan is written from: the xrdp instance that serves the dialled port (its ini, certificate, key,
	 * port and listening PID, empty when it does not run) and whether the host's xrdp service manages it as its only
	 * instance (only then may a plan restart or start xrdp through the service).
	 */
	record Facts(String ini, String certificate, String key, int port, String pid, boolean onlyInstance,
			int wantedPort) {
		String header() {
			return XrdpShell.FUNCTIONS + "ini=" + ini + "\ncert=" + certificate + "\nkey=" + key + "\nport=" + port
					+ "\npid=" + pid + "\nonly=" + (onlyInstance ? "yes" : "no") + "\nwanted_port=" + wantedPort
					+ "\n";
		}

		/** @return the instance for people: its ini and PID */
		String instance() {
			return ini + (pid.isEmpty() ? " (not running)" : " (PID " + pid + ")");
		}
	}

	/** @return whether the remediation starts or restarts xrdp: only for the one instance the service manages */
	boolean restarts() {
		return false;
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
		if (restarts() && !facts.onlyInstance()) {
			throw new RemediationRefused(host.target().host() + ": xrdp " + facts.instance() + " is not the only xrdp"
					+ " of the host managed by its xrdp service, and restarting the service would stop every xrdp of"
					+ " the host: left alone. " + (facts.pid().isEmpty() ? "Start it by hand: "
							: "Restart it by hand: kill " + facts.pid() + ", then ") + "/usr/sbin/xrdp --config "
					+ facts.ini());
		}
		String header = facts.header();
		String check = header + "[ -f \"$ini\" ] || fail \"$ini is missing\"\n"
				+ "command -v ss >/dev/null || fail \"ss (iproute2) is missing\"\n" + "same_instance\n"
				+ (restarts() ? "managed_instance\n" : "") + precondition(facts) + "exit 0\n";
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
				host.target().host() + ": the diagnosis did not tie an xrdp.ini to port " + host.target().port()
						+ " (xrdp probe: " + java.util.Optional.ofNullable(host.diagnosis().outcomesById().get("xrdp"))
								.map(o -> o.status() + ": " + o.message()).orElse("did not run") + ")"));
		if (host.evidence(WellKnownEvidence.XRDP_PROBE, WellKnownEvidence.XRDP_FILES_SEEN_THROUGH).isPresent()) {
			throw new RemediationRefused(host.target().host() + ": the xrdp on port " + host.target().port() + " runs in"
					+ " another mount namespace (a container): change " + ini + " there, and restart it the way that"
					+ " container is managed");
		}
		int port = host.evidence("xrdp", "port").map(XrdpRemediation::port).orElse(3389);
		String pid = host.evidence("xrdp", "pid").filter(p -> p.matches("\\d{1,9}")).orElse("");
		String from = host.evidence("xrdp", "configFrom").orElse("");
		Object instances = java.util.Optional.ofNullable(host.diagnosis().outcomesById().get("xrdp"))
				.map(o -> o.evidence().get("instances")).orElse(null);
		boolean only = instances instanceof java.util.List<?> list && list.size() == 1
				&& (from.equals("default") || from.equals("package"));
		return new Facts(XrdpShell.path("xrdp.ini", ini),
				XrdpShell.path("the certificate", host.evidence("xrdp", "certificate").orElse("/etc/xrdp/cert.pem")),
				XrdpShell.path("the key", host.evidence("xrdp", "keyFile").orElse("/etc/xrdp/key.pem")), port, pid,
				only, host.target().port());
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
