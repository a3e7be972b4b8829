package rdpdoctor.probes.host.xrdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a Linux host's firewall blocks a TCP port, from the text of {@code iptables-save} or {@code nft list
 * ruleset}: a DROP or REJECT rule whose destination port matches (a port, a range, a multiport list or an nft set),
 * or an input chain whose policy drops with no rule accepting the port. Negated matches ({@code ! --dport},
 * {@code dport !=}) are not read as matching. A rule limited to some sources still counts: some clients are blocked.
 * A drop that comes after a rule of the same chain accepting the port from everywhere is shadowed by it (the first
 * matching rule decides) and does not count.
 *
 * @param blocks      whether something drops or rejects the port
 * @param rules       the rules that do (the ruleset's own lines, at most {@value #MAX_RULES}); the policy as
 *                    {@code policy drop of CHAIN} when that is what blocks
 */
public record FirewallRules(boolean blocks, List<String> rules) {

	/** The most rules kept as evidence. */
	public static final int MAX_RULES = 10;
	private static final Pattern IPT_PORTS = Pattern.compile("(?<!! )--dports? (\\S+)");
	private static final Pattern IPT_TARGET = Pattern.compile(" -j (\\S+)");
	private static final Pattern IPT_POLICY = Pattern.compile("^:(\\S+) (ACCEPT|DROP)\\b");
	private static final Pattern NFT_PORTS = Pattern.compile("\\bdport (\\{[^}]*\\}|[0-9][0-9-]*)");
	private static final Pattern NFT_VERDICT = Pattern.compile("\\b(accept|drop|reject)\\b");
	private static final Pattern NFT_CHAIN = Pattern.compile("^chain (\\S+) \\{");
	private static final Pattern NFT_INPUT_POLICY = Pattern.compile("hook input\\b.*\\bpolicy drop\\b");
	private static final Pattern NFT_TABLE = Pattern.compile("^table (\\S+ \\S+) \\{");
	private static final Pattern IPT_CHAIN = Pattern.compile("^-A (\\S+) ");
	/** What limits a rule to some packets: an accept with one of these does not shadow later drops. */
	private static final Pattern LIMITED = Pattern.compile(" -s | --source | --src-range | -i | --in-interface | -m set "
			+ "| -m recent | -m limit |\\bsaddr\\b|\\biifname\\b|\\biif\\b|\\blimit rate\\b|\\bct state\\b| --state | --ctstate ");

	/**
	 * @param text iptables-save's output
	 * @param port the TCP port
	 * @return what blocks it
	 */
	public static FirewallRules fromIptablesSave(String text, int port) {
		List<String> blocking = new ArrayList<>();
		List<String> dropPolicies = new ArrayList<>();
		boolean accepted = false;
		java.util.Set<String> openChains = new java.util.HashSet<>();
		String table = "";
		for (String raw : text.split("\r?\n")) {
			String line = raw.strip();
			if (line.startsWith("*")) {
				table = line.substring(1);
				continue;
			}
			Matcher policy = IPT_POLICY.matcher(line);
			if (table.equals("filter") && policy.find() && policy.group(1).equals("INPUT")
					&& policy.group(2).equals("DROP")) {
				dropPolicies.add("policy drop of " + table + " INPUT");
			}
			if (!line.startsWith("-A ") || line.contains(" -p udp") || !matchesPort(IPT_PORTS.matcher(line), port)) {
				continue;
			}
			Matcher target = IPT_TARGET.matcher(line);
			String verdict = target.find() ? target.group(1) : "";
			Matcher chain = IPT_CHAIN.matcher(line);
			String where = table + " " + (chain.find() ? chain.group(1) : "");
			if ((verdict.equals("DROP") || verdict.equals("REJECT")) && !openChains.contains(where)) {
				blocking.add(line);
			} else if (verdict.equals("ACCEPT")) {
				accepted = true;
				if (!LIMITED.matcher(line + " ").find()) {
					openChains.add(where);
				}
			}
		}
		return verdict(blocking, dropPolicies, accepted);
	}

	/**
	 * @param text the output of {@code nft list ruleset}
	 * @param port the TCP port
	 * @return what blocks it
	 */
	public static FirewallRules fromNftRuleset(String text, int port) {
		List<String> blocking = new ArrayList<>();
		List<String> dropPolicies = new ArrayList<>();
		boolean accepted = false;
		java.util.Set<String> openChains = new java.util.HashSet<>();
		String table = "";
		String chain = "";
		for (String raw : text.split("\r?\n")) {
			String line = raw.strip();
			Matcher tableStart = NFT_TABLE.matcher(line);
			if (tableStart.find()) {
				table = tableStart.group(1);
				continue;
			}
			Matcher chainStart = NFT_CHAIN.matcher(line);
			if (chainStart.find()) {
				chain = chainStart.group(1);
				continue;
			}
			if (NFT_INPUT_POLICY.matcher(line).find()) {
				dropPolicies.add("policy drop of chain " + chain);
				continue;
			}
			if (line.contains("udp dport") || !matchesPort(NFT_PORTS.matcher(line), port)) {
				continue;
			}
			Matcher verdict = NFT_VERDICT.matcher(line.substring(line.indexOf("dport")));
			String last = null;
			while (verdict.find()) {
				last = verdict.group(1);
			}
			if (("drop".equals(last) || "reject".equals(last)) && !openChains.contains(table + " " + chain)) {
				blocking.add(line);
			} else if ("accept".equals(last)) {
				accepted = true;
				if (!LIMITED.matcher(" " + line + " ").find()) {
					openChains.add(table + " " + chain);
				}
			}
		}
		return verdict(blocking, dropPolicies, accepted);
	}

	private static FirewallRules verdict(List<String> blocking, List<String> dropPolicies, boolean accepted) {
		List<String> rules = new ArrayList<>(blocking);
		if (!accepted) {
			rules.addAll(dropPolicies);
		}
		return new FirewallRules(!rules.isEmpty(), List.copyOf(rules.subList(0, Math.min(MAX_RULES, rules.size()))));
	}

	private static boolean matchesPort(Matcher ports, int port) {
		while (ports.find()) {
			String spec = ports.group(1).replaceAll("[{}\\s]", "").toLowerCase(Locale.ROOT);
			for (String part : spec.split(",")) {
				if (inRange(part, port)) {
					return true;
				}
			}
		}
		return false;
	}

	/** {@code N}, {@code A:B} (iptables) or {@code A-B} (nft); services by name are not resolved. */
	private static boolean inRange(String part, int port) {
		String[] bounds = part.split("[:-]", -1);
		try {
			if (bounds.length == 1) {
				return Integer.parseInt(bounds[0]) == port;
			}
			if (bounds.length == 2) {
				int low = bounds[0].isEmpty() ? 0 : Integer.parseInt(bounds[0]);
				int high = bounds[1].isEmpty() ? 65535 : Integer.parseInt(bounds[1]);
				return low <= port && port <= high;
			}
		} catch (NumberFormatException notANumber) {
			// a service name (ms-wbt-server): not read
		}
		return false;
	}
}
