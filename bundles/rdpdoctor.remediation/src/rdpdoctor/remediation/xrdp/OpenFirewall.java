package rdpdoctor.remediation.xrdp;

import rdpdoctor.remediation.RemediationIds;
import rdpdoctor.remediation.Snapshot;

/**
 * {@code enable-rdp-firewall-rule} on Linux: one iptables rule at the top of INPUT accepting xrdp's port, ahead of the
 * rules that drop or reject it (which stay). A block in a native nft table, which an iptables rule cannot lift, is
 * refused with the table named. Rollback deletes exactly that rule.
 */
public final class OpenFirewall extends XrdpRemediation {

	/** The rule, marked so that it can be found and removed again. */
	private static final String RULE = "-p tcp --dport \"$port\" -m comment --comment rdpdoctor-allow-rdp -j ACCEPT";

	@Override
	String id() {
		return RemediationIds.ENABLE_RDP_FIREWALL_RULE;
	}

	@Override
	String summary(Facts facts) {
		return "Adds one iptables rule at the top of the INPUT chain accepting TCP port " + facts.port()
				+ " (comment rdpdoctor-allow-rdp), ahead of the rules that drop or reject it; those stay as they are. "
				+ "The rule is not saved for the next boot: save it as the host does (netfilter-persistent save, "
				+ "firewalld, ...) once verified, or better, change the rule that blocks.";
	}

	@Override
	String precondition(Facts facts) {
		return """
				command -v iptables >/dev/null || fail "iptables is missing"
				if command -v nft >/dev/null; then
				  other=$(nft list ruleset 2>/dev/null | awk -v p="dport $port " '/^table / { t = $2 " " $3 }
				    index($0 " ", p) && /drop|reject/ && t != "ip filter" && t != "ip6 filter" { print t; exit }')
				  [ -z "$other" ] || fail "a rule of nft table $other blocks port $port: an iptables rule cannot lift it; change that rule"
				fi
				""";
	}

	@Override
	String snapshot(Facts facts) {
		return "printf 'output\\tiptables-save\\t%s\\n' \"$(iptables-save | b64)\"\n";
	}

	@Override
	String apply(Facts facts) {
		return "iptables -C INPUT " + RULE + " 2>/dev/null || iptables -I INPUT 1 " + RULE
				+ " || fail \"iptables could not add the rule\"\n";
	}

	@Override
	String afterRestore(Snapshot snapshot) {
		return "n=0\nwhile [ $n -lt 20 ] && iptables -C INPUT " + RULE + " 2>/dev/null; do\n  iptables -D INPUT "
				+ RULE + " || fail \"iptables could not delete the rule\"\n  n=$((n + 1))\ndone\n";
	}
}
