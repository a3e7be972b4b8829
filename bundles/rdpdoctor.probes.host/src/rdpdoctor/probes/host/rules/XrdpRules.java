package rdpdoctor.probes.host.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import rdpdoctor.core.Causes;
import rdpdoctor.core.Finding;
import rdpdoctor.core.IRule;
import rdpdoctor.core.WellKnownEvidence;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.RuleContext;
import rdpdoctor.model.Severity;
import rdpdoctor.probes.host.xrdp.XrdpProbe;

/**
 * RDP_SERVICE_STOPPED, RDP_PORT_CHANGED, CERT_UNUSABLE and FIREWALL_RULE_DISABLED (a rule dropping the port) from
 * what the {@code xrdp} probe read on the host itself: the causes the network only shows as a closed or filtered
 * port, a silent downgrade or a failure code 3. Only from evidence about the xrdp instance that serves (or, stopped,
 * should serve) the dialled port; HOST_EVIDENCE_AMBIGUOUS when the probe could not tie one to it.
 */
public class XrdpRules implements IRule {

	/**
	 * The host's evidence cannot be tied to the instance that serves the dialled port (INFO, a notice, not a cause):
	 * several xrdp instances could, or one's set-up cannot be read.
	 */
	public static final String HOST_EVIDENCE_AMBIGUOUS = "HOST_EVIDENCE_AMBIGUOUS";

	@Override
	public List<Finding> evaluate(RuleContext context) {
		ProbeOutcome xrdp = context.outcome(XrdpProbe.ID).filter(ProbeOutcome::ok).orElse(null);
		if (xrdp == null) {
			return List.of();
		}
		String host = context.target().host();
		List<Finding> findings = new ArrayList<>();
		if (xrdp.text("firewallBlocks").map(Boolean::parseBoolean).orElse(false)) {
			findings.add(firewallBlocks(host, xrdp)); // the host's rules on the dialled port, whichever xrdp serves it
		}
		if (xrdp.text(WellKnownEvidence.XRDP_AMBIGUOUS).map(Boolean::parseBoolean).orElse(false)) {
			findings.add(ambiguous(host, context.target().port(), xrdp));
			return findings;
		}
		String ini = instance(xrdp);
		Optional<Long> port = xrdp.number("port");
		boolean listens = xrdp.text("listensOnPort").map(Boolean::parseBoolean).orElse(false);
		long processes = xrdp.number("processes").orElse(-1L); // -1: its process is not known
		if (processes == 0 || port.isPresent() && !listens) {
			findings.add(stopped(host, ini, port, processes, xrdp));
		} else if (port.isPresent() && port.get() != context.target().port()) {
			findings.add(portChanged(host, ini, port.get(), context.target().port()));
		}
		unusableKey(host, ini, xrdp).ifPresent(findings::add);
		return findings;
	}

	/** @return the instance for people: its ini, PID and binary */
	private static String instance(ProbeOutcome xrdp) {
		String ini = xrdp.text("ini").orElse("xrdp.ini");
		return ini + xrdp.text("pid").map(p -> " (PID " + p + xrdp.text("binary").map(b -> ", " + b).orElse("") + ")")
				.orElse(" (not running)");
	}

	private static Finding ambiguous(String host, int port, ProbeOutcome xrdp) {
		return Finding.of(HOST_EVIDENCE_AMBIGUOUS, Severity.INFO).confidence(1.0)
				.title("Which xrdp of " + host + " serves port " + port + " cannot be told")
				.explanation("On the host (over SSH): " + xrdp.text("servedBecause").orElse("") + " (evidence"
						+ " xrdp.instances, xrdp.servedBecause). No host-side cause is claimed from an instance that"
						+ " may not be the one on port " + port + ". Name its xrdp.ini with --xrdp-ini PATH, or log"
						+ " in as root (or with a sudo rule for ss -ltnp) so that the listening process can be seen.")
				.evidence("xrdp.instances", "xrdp.servedBecause").build();
	}

	private static Finding stopped(String host, String ini, Optional<Long> port, long processes, ProbeOutcome xrdp) {
		String what = processes == 0 ? "no xrdp process runs " + ini : "xrdp runs but nothing listens on port "
				+ port.get();
		return Finding.of(Causes.RDP_SERVICE_STOPPED, Severity.ERROR).confidence(0.9)
				.title("xrdp is not serving on " + host + ": " + what)
				.explanation("On the host (over SSH): " + what + " (evidence xrdp.processes=" + processes
						+ ", xrdp.listening=" + xrdp.text("listening").orElse("[]") + ", xrdp.port from " + ini
						+ "). The network sees a closed port or no answer: mstsc 0x204, FreeRDP "
						+ "ERRCONNECT_CONNECT_TRANSPORT_FAILED. Fix: systemctl start xrdp (and xrdp-sesman); if it"
						+ " stops again, read journalctl -u xrdp and " + "/var/log/xrdp.log (evidence xrdp.logErrors).")
				.evidence("xrdp.processes", "xrdp.listening", "xrdp.port", "xrdp.logErrors")
				.considered(Causes.RDP_PORT_CHANGED, Causes.FIREWALL_RULE_DISABLED)
				.build();
	}

	private static Finding portChanged(String host, String ini, long configured, int dialed) {
		return Finding.of(Causes.RDP_PORT_CHANGED, Severity.ERROR).confidence(0.95)
				.title("xrdp on " + host + " listens on port " + configured + ", not " + dialed)
				.explanation("On the host (over SSH): " + ini + " says port=" + configured + " and xrdp listens there"
						+ " (evidence xrdp.port, xrdp.listensOnPort=true), but port " + dialed + " was dialed. Clients"
						+ " get a refused or filtered connection (mstsc 0x204). Fix: dial " + host + ":" + configured
						+ " (and update the saved connections and the inventory), or set port=" + dialed + " in "
						+ ini + " and restart xrdp.")
				.evidence("xrdp.port", "xrdp.listensOnPort", "xrdp.ini").considered(Causes.RDP_SERVICE_STOPPED)
				.build();
	}

	private static Finding firewallBlocks(String host, ProbeOutcome xrdp) {
		String port = xrdp.text("firewallPort").orElse("?");
		return Finding.of(Causes.FIREWALL_RULE_DISABLED, Severity.ERROR).confidence(0.9)
				.title("the firewall of " + host + " blocks RDP port " + port)
				.explanation("On the host (over SSH, read with " + xrdp.text("firewall").orElse("") + "): "
						+ xrdp.text("firewallRules").orElse("[]") + " drops or rejects TCP port " + port + " (evidence"
						+ " xrdp.firewallRules). Clients time out (DROP: mstsc 0x204 after about 20 s) or are refused"
						+ " (REJECT). Fix: allow the port for the clients' networks before the rule that blocks it"
						+ " (nft add rule inet filter input tcp dport " + port + " accept, ufw allow " + port
						+ "/tcp, or firewall-cmd --add-port=" + port + "/tcp --permanent and --reload), or remove the"
						+ " rule.")
				.evidence("xrdp.firewallRules", "xrdp.firewallPort", "xrdp.firewall")
				.considered(Causes.RDP_SERVICE_STOPPED).build();
	}

	private static Optional<Finding> unusableKey(String host, String ini, ProbeOutcome xrdp) {
		boolean unreadable = xrdp.text("keyReadableByXrdp").map("false"::equals).orElse(false);
		boolean mismatch = xrdp.text("keyMatchesCertificate").map("false"::equals).orElse(false);
		boolean noCertificate = xrdp.text("certReadable").map("false"::equals).orElse(false);
		if (!unreadable && !mismatch && !noCertificate) {
			return Optional.empty();
		}
		String why = noCertificate ? "the certificate file " + xrdp.text("certificate").orElse("") + " cannot be read"
				: unreadable ? "the user xrdp cannot read the key " + xrdp.text("keyFile").orElse("") + " ("
						+ xrdp.text("keyMode").orElse("") + ")"
						: "the key " + xrdp.text("keyFile").orElse("") + " does not belong to the certificate";
		return Optional.of(Finding.of(Causes.CERT_UNUSABLE, Severity.ERROR).confidence(0.9)
				.title("xrdp on " + host + " cannot use its certificate: " + why)
				.explanation("On the host (over SSH): " + why + " (evidence xrdp.certReadable, xrdp.keyMode,"
						+ " xrdp.keyReadableByXrdp, xrdp.keyMatchesCertificate; files from " + ini + "). xrdp then"
						+ " falls back to RDP security with security_layer=negotiate (a silent downgrade) or answers"
						+ " failure code 3 (SSL_CERT_NOT_ON_SERVER) with tls. Fix: adduser xrdp ssl-cert and make the"
						+ " key group-readable (chmod 640), or point certificate= and key_file= at a matching pair;"
						+ " then restart xrdp.")
				.evidence("xrdp.certReadable", "xrdp.keyMode", "xrdp.keyReadableByXrdp", "xrdp.keyMatchesCertificate")
				.considered(Causes.SECURITY_DOWNGRADE).build());
	}
}
