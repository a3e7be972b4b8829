package rdpdoctor.probes.host.xrdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link FirewallRules} on what the real tools print: rules made with iptables (Debian's iptables-nft) and nft in a
 * network namespace of the test's own, read back with {@code iptables-save} and {@code nft list ruleset}. Needs root,
 * iptables and nftables (releng/bin/install-test-deps.sh); skipped loudly without them, failing in CI.
 */
class FirewallRulesFromRealRulesetsTest {

	private static final String NS = "rdpdfw" + ProcessHandle.current().pid() % 100000;

	@BeforeEach
	void namespace() throws Exception {
		boolean ok = Files.isExecutable(Path.of("/usr/sbin/nft")) && Files.isExecutable(Path.of("/usr/sbin/iptables"))
				&& run("id", "-u").strip().equals("0");
		if (!ok && "true".equals(System.getenv("CI"))) {
			throw new AssertionError("CI=true but this test needs root, iptables and nft");
		}
		assumeTrue(ok, "needs root, iptables and nft");
		run("ip", "netns", "add", NS);
	}

	@AfterEach
	void remove() throws Exception {
		run("ip", "netns", "del", NS);
	}

	private static String run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		if (!process.waitFor(20, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IOException(String.join(" ", command) + " did not end within 20 s");
		}
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.exitValue() != 0) {
			throw new IOException(String.join(" ", command) + " failed: " + out);
		}
		return out;
	}

	private static String inside(String... command) throws IOException, InterruptedException {
		List<String> line = new ArrayList<>(List.of("ip", "netns", "exec", NS));
		line.addAll(List.of(command));
		return run(line.toArray(String[]::new));
	}

	private static String iptables(String rule) throws IOException, InterruptedException {
		List<String> line = new ArrayList<>(List.of("iptables"));
		line.addAll(List.of(rule.split(" ")));
		inside(line.toArray(String[]::new));
		return inside("iptables-save");
	}

	@Test
	void aDropOfThePortBlocksItAndIsQuoted() throws Exception {
		String saved = iptables("-I INPUT -p tcp --dport 3389 -j DROP");

		FirewallRules rules = FirewallRules.fromIptablesSave(saved, 3389);

		assertTrue(rules.blocks());
		assertEquals(List.of("-A INPUT -p tcp -m tcp --dport 3389 -j DROP"), rules.rules());
		assertFalse(FirewallRules.fromIptablesSave(saved, 3390).blocks());
	}

	@Test
	void multiportListsRangesAndSourceLimitsAreRead() throws Exception {
		iptables("-A INPUT -p tcp -m multiport --dports 22,3389 -j REJECT --reject-with tcp-reset");
		assertTrue(FirewallRules.fromIptablesSave(inside("iptables-save"), 3389).blocks());
		inside("iptables", "-F", "INPUT");

		String range = iptables("-A INPUT -p tcp --dport 3000:4000 -j DROP");
		assertTrue(FirewallRules.fromIptablesSave(range, 3389).blocks());
		assertFalse(FirewallRules.fromIptablesSave(range, 5000).blocks());
		inside("iptables", "-F", "INPUT");

		String someSources = iptables("-A INPUT -s 10.0.0.0/8 -p tcp --dport 3389 -j DROP");
		assertTrue(FirewallRules.fromIptablesSave(someSources, 3389).blocks(), "some clients are blocked");
	}

	@Test
	void negatedUdpAndAcceptRulesDoNotBlock() throws Exception {
		iptables("-A INPUT -p tcp ! --dport 3389 -j DROP");
		iptables("-A INPUT -p udp --dport 3389 -j DROP");
		String saved = iptables("-A INPUT -p tcp --dport 3389 -j ACCEPT");

		assertFalse(FirewallRules.fromIptablesSave(saved, 3389).blocks(), saved);
	}

	@Test
	void aDroppingPolicyBlocksUnlessARuleAcceptsThePort() throws Exception {
		inside("iptables", "-P", "INPUT", "DROP");
		String onlySsh = iptables("-A INPUT -p tcp --dport 22 -j ACCEPT");
		FirewallRules rules = FirewallRules.fromIptablesSave(onlySsh, 3389);
		assertTrue(rules.blocks());
		assertEquals(List.of("policy drop of filter INPUT"), rules.rules());

		String rdpToo = iptables("-A INPUT -p tcp --dport 3389 -j ACCEPT");
		assertFalse(FirewallRules.fromIptablesSave(rdpToo, 3389).blocks());
	}

	@Test
	void nftSetsRangesPoliciesAndIptablesNftRulesAreRead() throws Exception {
		inside("nft", "add", "table", "inet", "filter");
		inside("nft", "add", "chain", "inet", "filter", "input", "{ type filter hook input priority 0; policy accept; }");
		inside("nft", "add", "rule", "inet", "filter", "input", "tcp", "dport", "{ 22, 3389 }", "drop");
		String set = inside("nft", "list", "ruleset");
		assertTrue(FirewallRules.fromNftRuleset(set, 3389).blocks(), set);
		assertFalse(FirewallRules.fromNftRuleset(set, 3390).blocks(), set);

		inside("nft", "flush", "chain", "inet", "filter", "input");
		inside("nft", "add", "rule", "inet", "filter", "input", "tcp", "dport", "3000-4000", "reject", "with", "tcp",
				"reset");
		String range = inside("nft", "list", "ruleset");
		assertTrue(FirewallRules.fromNftRuleset(range, 3389).blocks(), range);

		inside("nft", "flush", "chain", "inet", "filter", "input");
		inside("nft", "add", "rule", "inet", "filter", "input", "tcp", "dport", "!=", "3389", "drop");
		inside("nft", "add", "rule", "inet", "filter", "input", "udp", "dport", "3389", "drop");
		String others = inside("nft", "list", "ruleset");
		assertFalse(FirewallRules.fromNftRuleset(others, 3389).blocks(), others);

		inside("iptables", "-I", "INPUT", "-p", "tcp", "--dport", "3389", "-j", "DROP"); // iptables-nft, seen by nft
		String both = inside("nft", "list", "ruleset");
		assertTrue(FirewallRules.fromNftRuleset(both, 3389).blocks(), both);
	}

	@Test
	void aDropAfterAnAcceptOfThePortFromEverywhereInTheSameChainIsShadowed() throws Exception {
		iptables("-A INPUT -p tcp --dport 3389 -j DROP");
		iptables("-I INPUT 1 -p tcp --dport 3389 -m comment --comment rdpdoctor-allow-rdp -j ACCEPT");
		String saved = inside("iptables-save");
		String listed = inside("nft", "list", "ruleset"); // iptables-nft's rules in nft's words
		assertFalse(FirewallRules.fromIptablesSave(saved, 3389).blocks(), saved);
		assertFalse(FirewallRules.fromNftRuleset(listed, 3389).blocks(), listed);

		inside("iptables", "-F", "INPUT");
		iptables("-A INPUT -s 10.1.0.0/16 -p tcp --dport 3389 -j ACCEPT");
		String someSources = iptables("-A INPUT -p tcp --dport 3389 -j DROP");
		assertTrue(FirewallRules.fromIptablesSave(someSources, 3389).blocks(), "others are still dropped");
		assertTrue(FirewallRules.fromNftRuleset(inside("nft", "list", "ruleset"), 3389).blocks());

		inside("iptables", "-F", "INPUT");
		inside("nft", "add", "table", "inet", "guard");
		inside("nft", "add", "chain", "inet", "guard", "input", "{ type filter hook input priority 0; }");
		inside("nft", "add", "rule", "inet", "guard", "input", "tcp", "dport", "3389", "drop");
		iptables("-A INPUT -p tcp --dport 3389 -j ACCEPT");
		String twoTables = inside("nft", "list", "ruleset");
		assertTrue(FirewallRules.fromNftRuleset(twoTables, 3389).blocks(), "an accept in another table does not "
				+ "shadow a drop: " + twoTables);
	}

	@Test
	void anNftInputPolicyOfDropBlocksUnlessThePortIsAccepted() throws Exception {
		inside("nft", "add", "table", "inet", "filter");
		inside("nft", "add", "chain", "inet", "filter", "input", "{ type filter hook input priority 0; policy drop; }");
		inside("nft", "add", "rule", "inet", "filter", "input", "tcp", "dport", "22", "accept");
		String sshOnly = inside("nft", "list", "ruleset");
		assertEquals(List.of("policy drop of chain input"), FirewallRules.fromNftRuleset(sshOnly, 3389).rules());

		inside("nft", "add", "rule", "inet", "filter", "input", "tcp", "dport", "3389", "accept");
		assertFalse(FirewallRules.fromNftRuleset(inside("nft", "list", "ruleset"), 3389).blocks());
	}
}
