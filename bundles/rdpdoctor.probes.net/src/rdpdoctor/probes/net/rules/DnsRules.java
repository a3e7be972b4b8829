package rdpdoctor.probes.net.rules;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

import rdpdoctor.core.Causes;
import rdpdoctor.core.Finding;
import rdpdoctor.core.IRule;
import rdpdoctor.core.IpLiteral;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.RuleContext;
import rdpdoctor.core.Target;
import rdpdoctor.model.Severity;

/**
 * DNS_NAME_NOT_FOUND, DNS_SERVER_UNREACHABLE, and DNS_ADDRESS_MISMATCH (the name resolves, but not to the address
 * the inventory expects) from the {@code dns} probe.
 */
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
		case "RESOLVED" -> unexpectedAddress(context.target(), server, dns);
		default -> List.of();
		};
	}

	/** The name resolves, but not to the address the inventory has for the host. */
	private static List<Finding> unexpectedAddress(Target target, String server, ProbeOutcome dns) {
		Optional<InetAddress> expected = literal(target.expectedAddress());
		if (expected.isEmpty() || !(dns.evidence().get("addresses") instanceof List<?> resolved)
				|| resolved.stream().map(a -> literal(String.valueOf(a))).anyMatch(expected::equals)) {
			return List.of();
		}
		return List.of(Finding.of(Causes.DNS_ADDRESS_MISMATCH, Severity.WARNING).confidence(0.8)
				.title(target.host() + " resolves to " + resolved + ", not to " + target.expectedAddress())
				.explanation("The inventory expects " + target.host() + " at " + target.expectedAddress() + ", but "
						+ server + " resolves it to " + resolved + " (evidence dns.addresses). The client then "
						+ "connects to another machine than the one meant: a stale A/AAAA record after a move or a "
						+ "DHCP change, a wrong CNAME, or an inventory that is out of date. Fix: correct the DNS "
						+ "record (and its PTR), or update the host's address in the inventory.")
				.evidence("dns.addresses", "dns.server").build());
	}

	private static Optional<InetAddress> literal(String address) {
		if (!IpLiteral.isIpLiteral(address)) {
			return Optional.empty();
		}
		try {
			return Optional.of(InetAddress.getByName(address)); // a literal: no lookup happens
		} catch (UnknownHostException e) {
			return Optional.empty();
		}
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
