package rdpdoctor.probes.net.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import rdpdoctor.core.Causes;
import rdpdoctor.core.Finding;
import rdpdoctor.core.IRule;
import rdpdoctor.core.IpLiteral;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.RuleContext;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.model.Severity;

/** CLOCK_SKEW and DNS_ADDRESS_MISMATCH from what the server says about itself in NTLM. */
public class IdentityRules implements IRule {

	/** Kerberos's default tolerance: beyond it, domain logons fail. */
	static final long MAX_SKEW_SECONDS = 300;

	@Override
	public List<Finding> evaluate(RuleContext context) {
		ProbeOutcome ntlm = context.outcome("ntlm").orElse(null);
		if (ntlm == null || ntlm.status() != ProbeStatus.OK) {
			return List.of();
		}
		List<Finding> findings = new ArrayList<>();
		long skew = ntlm.number("clockSkewSeconds").orElse(0L);
		if (Math.abs(skew) > MAX_SKEW_SECONDS) {
			findings.add(Finding.of(Causes.CLOCK_SKEW, Severity.WARNING).confidence(0.9)
					.title("The clock of " + context.target() + " is " + Math.abs(skew) + " s "
							+ (skew > 0 ? "ahead" : "behind"))
					.explanation("The server's NTLM challenge carries its time, " + ntlm.text("serverTime").orElse("?")
							+ ", which differs from this machine's by " + skew + " s (evidence ntlm.serverTime, "
							+ "ntlm.clockSkewSeconds). Beyond 5 minutes Kerberos fails (mstsc: 'the time on this "
							+ "computer and the remote computer differ'), and certificates look not yet valid or "
							+ "expired. Fix: w32tm /resync on the server (and check its time source: the domain "
							+ "hierarchy or an NTP server), or correct this machine's clock.")
					.evidence("ntlm.serverTime", "ntlm.clockSkewSeconds").build());
		}
		String host = context.target().host();
		String nb = ntlm.text("nbComputerName").orElse("");
		String dns = ntlm.text("dnsComputerName").orElse("");
		if (!IpLiteral.isIpLiteral(host) && !(nb.isEmpty() && dns.isEmpty())
				&& !sameMachine(host, nb) && !sameMachine(host, dns)) {
			findings.add(Finding.of(Causes.DNS_ADDRESS_MISMATCH, Severity.WARNING).confidence(0.7)
					.title(host + " leads to a machine that calls itself " + (dns.isEmpty() ? nb : dns))
					.explanation("The name " + host + " resolved to " + context.outcome("dns")
							.flatMap(d -> d.text("addresses")).orElse("?") + ", and the server there names itself "
							+ (dns.isEmpty() ? "" : dns + " ") + (nb.isEmpty() ? "" : "(NetBIOS " + nb + ")")
							+ " in NTLM (evidence ntlm.dnsComputerName, ntlm.nbComputerName, dns.addresses). Either "
							+ "the DNS record points at the wrong machine (stale A record after a move or DHCP "
							+ "change, a wrong CNAME), or the name is a deliberate alias. A wrong record explains "
							+ "connections that reach an unexpected host, certificate name mismatches and Kerberos "
							+ "failures. Fix: correct the A/AAAA record (and PTR), or confirm the alias.")
					.evidence("ntlm.dnsComputerName", "ntlm.nbComputerName", "dns.addresses").build());
		}
		return findings;
	}

	private static boolean sameMachine(String dialled, String reported) {
		if (reported.isEmpty()) {
			return false;
		}
		String a = dialled.toLowerCase(Locale.ROOT);
		String b = reported.toLowerCase(Locale.ROOT);
		return a.equals(b) || firstLabel(a).equals(firstLabel(b));
	}

	private static String firstLabel(String name) {
		int dot = name.indexOf('.');
		return dot < 0 ? name : name.substring(0, dot);
	}
}
