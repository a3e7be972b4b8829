package rdpdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rdpdoctor.model.Host;
import rdpdoctor.model.Inventory;
import rdpdoctor.model.ModelFactory;
import rdpdoctor.model.persistence.InventoryStore;
import rdpdoctor.tests.harness.XrdpLabHost;

/**
 * Fleet remediation on two lab xrdp hosts (releng/lab/xrdp-host.sh): {@code batch --remediate CAUSE,CAUSE --plan}
 * writes one plan per affected host and cause and changes nothing; {@code --apply --yes} fixes and verifies them;
 * a refusal on the first host stops the second one's fixes from starting unless {@code --keep-going}.
 */
class BatchRemediationLabTest {

	private static XrdpLabHost first;
	private static XrdpLabHost second;

	@TempDir
	Path dir;

	@BeforeAll
	static void up() throws IOException {
		first = XrdpLabHost.up("rdpfb1", 12);
		second = XrdpLabHost.up("rdpfb2", 13);
		// one admin key for the fleet, as an admin would have it
		Files.writeString(second.dir().resolve("authorized_keys"), Files.readString(first.dir().resolve(
				"client_key.pub")), java.nio.file.StandardOpenOption.APPEND);
	}

	@AfterAll
	static void down() throws IOException {
		for (XrdpLabHost host : new XrdpLabHost[] { first, second }) {
			if (host != null) {
				host.close();
			}
		}
	}

	/** The first host TLS-only, the second behind a DROP rule (which also hides its security layer). */
	@BeforeEach
	void faults() throws IOException {
		first.setIni("security_layer", "tls");
		second.setIni("security_layer", "negotiate");
		first.run("iptables", "-F", "INPUT");
		second.run("iptables", "-F", "INPUT");
		second.run("iptables", "-I", "INPUT", "-p", "tcp", "--dport", "3389", "-j", "DROP");
	}

	private Path inventory() throws IOException {
		Inventory inventory = ModelFactory.eINSTANCE.createInventory();
		for (XrdpLabHost host : List.of(first, second)) {
			Host entry = ModelFactory.eINSTANCE.createHost();
			entry.setName(host.address());
			inventory.getHosts().add(entry);
		}
		Path file = dir.resolve("fleet.rdpdoctor");
		InventoryStore.save(inventory, file);
		return file;
	}

	private CliRun batch(String... more) throws IOException {
		List<String> args = new ArrayList<>(List.of("batch", "--inventory", inventory().toString(), "--report",
				dir.resolve("plans.txt").toString(), "--remediate", "SECURITY_LAYER_TLS_REQUIRED,FIREWALL_RULE_DISABLED",
				"--timeout-ms", "3000", "--ssh-user", first.adminUser(), "--ssh-identity", first.clientKey().toString(),
				"--known-hosts", dir.resolve("known_hosts").toString(),
				"--accept-new-host-key", "--journal", dir.resolve("journal").toString()));
		args.addAll(List.of(more));
		CliRun cli = new CliRun();
		cli.code = cli.run(args.toArray(String[]::new));
		return cli;
	}

	private static String text(CliRun cli) {
		return cli.out.toString(StandardCharsets.UTF_8) + cli.err.toString(StandardCharsets.UTF_8);
	}

	private static int count(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

	@Test
	void plansForEveryAffectedHostThenFixesVerified() throws IOException {
		String ini = Files.readString(first.etcXrdp().resolve("xrdp.ini"));

		CliRun plans = batch("--plan");

		assertEquals(0, plans.code, text(plans));
		String written = Files.readString(dir.resolve("plans.txt"));
		assertEquals(2, count(written, "Plan for "), written);
		assertTrue(written.contains("Plan for " + first.address() + " (LINUX): set-security-layer-negotiate"), written);
		assertTrue(written.contains("Plan for " + second.address() + " (LINUX): enable-rdp-firewall-rule"), written);
		assertTrue(written.contains(first.address() + ": no FIREWALL_RULE_DISABLED finding: nothing to fix"), written);
		assertEquals(ini, Files.readString(first.etcXrdp().resolve("xrdp.ini")), "a plan changes nothing");

		CliRun fixed = batch("--apply", "--yes");

		assertEquals(0, fixed.code, text(fixed));
		assertEquals(2, count(text(fixed), ": fixed and verified"), text(fixed));
		assertTrue(Files.readString(first.etcXrdp().resolve("xrdp.ini")).contains("\nsecurity_layer=negotiate\n"));
		assertTrue(Files.readString(dir.resolve("plans.txt")).contains("== Outcomes =="));
	}

	@Test
	void aRefusalStopsTheNextHostsUnlessKeepGoing() throws IOException {
		// the first host's TLS fix is refused: its xrdp.ini is a link, which RDP Doctor does not replace
		Path ini = first.etcXrdp().resolve("xrdp.ini");
		Path real = first.etcXrdp().resolve("xrdp-real.ini");
		Files.move(ini, real);
		Files.createSymbolicLink(ini, real.getFileName());
		try {
			CliRun stopped = batch("--apply", "--yes", "--concurrency", "1");

			assertEquals(1, stopped.code, text(stopped));
			assertTrue(text(stopped).contains("is a link: not replaced"), text(stopped));
			assertTrue(text(stopped).contains(second.address() + ": FIREWALL_RULE_DISABLED: not started"),
					text(stopped));

			CliRun going = batch("--apply", "--yes", "--concurrency", "1", "--keep-going");

			assertEquals(1, going.code, "the first host still fails: " + text(going));
			assertEquals(1, count(text(going), ": fixed and verified"), "the second host's fix: " + text(going));
		} finally {
			Files.delete(ini);
			Files.move(real, ini);
		}
	}
}
