package rdpdoctor.probes.net.rules;

import java.util.List;

import rdpdoctor.core.Causes;
import rdpdoctor.core.Finding;
import rdpdoctor.core.IRule;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.RuleContext;
import rdpdoctor.model.Severity;

/** DNS_NAME_NOT_FOUND and DNS_SERVER_UNREACHABLE from the {@code dns} probe. */
public class DnsRules implements IRule {

	@Override
	public List<Finding> evaluate(RuleContext context) {
		ProbeOutcome dns = context.outcome("dns").orElse(null);
		if (dns == null) {
			return List.of();
		}
		String host = context.target().host();
		String server = dns.text("server").orElse("the DNS server");
		return switch (dns.text("outcome").orElse("")) {
		case "NXDOMAIN", "NO_ADDRESS", "NOT_FOUND" -> List.of(notFound(host, server, dns));
		case "SERVER_UNREACHABLE", "SERVER_FAILURE" -> List.of(serverUnreachable(host, server, dns));
		default -> List.of();
		};
	}

	private static Finding notFound(String host, String server, ProbeOutcome dns) {
		String outcome = dns.text("outcome").orElse("");
		String seen = switch (outcome) {
		case "NXDOMAIN" -> server + " answered NXDOMAIN: the name " + host + " does not exist";
		case "NO_ADDRESS" -> server + " knows " + host + " but returned no A or AAAA record";
		default -> "the system resolver found no address for " + host;
		};
		return Finding.of(Causes.DNS_NAME_NOT_FOUND, Severity.ERROR).confidence(outcome.equals("NOT_FOUND") ? 0.8 : 0.95)
				.title("The name " + host + " does not resolve")
				.explanation("DNS: " + seen + " (evidence dns.outcome=" + outcome + ", dns.server). The client never "
						+ "reaches the host: mstsc shows 0x104 or 0x208 (host not found), FreeRDP "
						+ "ERRCONNECT_DNS_NAME_NOT_FOUND (0x00020005). Fix: correct the name, add or fix the A/AAAA "
						+ "record in the zone (and the DNS suffix search list), or dial the IP address meanwhile.")
				.evidence("dns.outcome", "dns.server", "dns.rcode").build();
	}

	private static Finding serverUnreachable(String host, String server, ProbeOutcome dns) {
		boolean failure = dns.text("outcome").orElse("").equals("SERVER_FAILURE");
		String seen = failure ? server + " answered " + dns.text("rcode").orElse("an error") + " for " + host
				: server + " did not answer (" + dns.text("error").orElse("no reply") + ")";
		return Finding.of(Causes.DNS_SERVER_UNREACHABLE, Severity.ERROR).confidence(failure ? 0.7 : 0.9)
				.title("The DNS server cannot resolve " + host)
				.explanation("DNS: " + seen + " (evidence dns.outcome, dns.server). Without an answer the client "
						+ "cannot find the host: mstsc shows 0x508 (DNS lookup failed), FreeRDP ERRCONNECT_DNS_ERROR "
						+ "(0x00020004). Fix: check that the DNS server runs and is reachable (VPN up, UDP/TCP 53 "
						+ "allowed), or use another server; dial the IP address meanwhile.")
				.evidence("dns.outcome", "dns.server", "dns.error").build();
	}
}
