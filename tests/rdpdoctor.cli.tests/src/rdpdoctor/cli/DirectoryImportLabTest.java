package rdpdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import rdpdoctor.core.inventory.InventoryWalk;
import rdpdoctor.model.Host;
import rdpdoctor.model.HostPlatform;
import rdpdoctor.model.Inventory;
import rdpdoctor.model.persistence.InventoryStore;
import rdpdoctor.tests.harness.SambaAdLab;

/**
 * {@code rdpdoctor import ldaps://... / ldap://...} against a real Active Directory: Samba's AD DC (Debian's
 * samba-ad-dc) in a network namespace (releng/lab/samba-ad.sh), with OUs, a disabled computer, one without a DNS name
 * and 5,000 more for the paging.
 */
class DirectoryImportLabTest {

	private static final int FLEET = 5000;
	/** TS01, TS02, XRDP01, NODNS01, WS01 and the DC itself, besides the fleet; OLD01 is disabled. */
	private static final int NAMED = 6;

	@TempDir
	static Path labDir;
	@TempDir
	Path dir;

	private static SambaAdLab ad;
	private final CliRun cli = new CliRun();

	@BeforeAll
	static void domainController() throws IOException {
		ad = SambaAdLab.up(labDir.resolve("ad"), FLEET);
	}

	@AfterAll
	static void stop() throws IOException {
		if (ad != null) {
			ad.close();
		}
	}

	@Test
	void ldapsImportsEveryEnabledComputerPagedWithOusAsGroups() throws IOException {
		Path inventory = dir.resolve("ad.rdpdoctor");
		int code = cli.run("import", "ldaps://" + ad.address(), "--base", ad.base(), "--bind-dn", ad.bindDn(),
				"--bind-password-file", ad.passwordFile().toString(), "--ca-file", ad.ca().toString(), "--to",
				inventory.toString(), "--output-format", "json");
		assertEquals(ExitCodes.OK, code, err());
		JsonObject json = JsonParser.parseString(out()).getAsJsonObject();
		JsonObject source = json.getAsJsonArray("files").get(0).getAsJsonObject();
		assertEquals(FLEET + NAMED, source.get("hosts").getAsInt(), json.toString());
		assertEquals(1, source.get("disabled").getAsInt(), "OLD01");
		assertEquals(FLEET + NAMED, json.get("added").getAsInt());
		assertTrue(err().contains(" pages"), err());

		Inventory read = InventoryStore.load(inventory);
		Map<String, InventoryWalk.Entry> byName = InventoryWalk.entries(read).stream()
				.collect(Collectors.toMap(e -> e.host().getName(), e -> e));
		InventoryWalk.Entry ts01 = byName.get("ts01.rdpd.test");
		assertEquals(List.of("Berlin", "Servers"), ts01.groupPath());
		assertEquals(HostPlatform.WINDOWS, ts01.host().getPlatform());
		assertTrue(ts01.host().getNotes().startsWith("Main farm; node 1\nOS: Windows Server 2022"),
				ts01.host().getNotes());
		assertEquals("Says \"hello\" <b>bold</b>", byName.get("ts02.rdpd.test").host().getNotes().lines()
				.findFirst().orElseThrow(), "kept as text, escaped where it is shown");
		Host xrdp = byName.get("xrdp01.rdpd.test").host();
		assertEquals(HostPlatform.UNKNOWN, xrdp.getPlatform(), "not Windows: not guessed");
		assertTrue(byName.get("NODNS01").host().getNotes().contains("No dNSHostName"));
		assertEquals(List.of("Computers"), byName.get("ws01.rdpd.test").groupPath());
		assertEquals(List.of("Fleet"), byName.get("fleet04999.rdpd.test").groupPath());
		assertTrue(!byName.containsKey("old01.rdpd.test"), "disabled accounts are skipped");
	}

	@Test
	void ldapUsesStartTlsAndTheBaseDnLimitsTheSearch() throws IOException {
		Path inventory = dir.resolve("paris.rdpdoctor");
		int code = cli.run("import", "ldap://" + ad.address(), "--base", "OU=Paris," + ad.base(), "--bind-dn",
				ad.bindDn(), "--bind-password-file", ad.passwordFile().toString(), "--ca-file", ad.ca().toString(),
				"--to", inventory.toString());
		assertEquals(ExitCodes.OK, code, err());
		assertEquals(List.of("NODNS01", "xrdp01.rdpd.test"), InventoryWalk.entries(InventoryStore.load(inventory))
				.stream().map(e -> e.host().getName()).sorted().toList());
		assertTrue(err().contains("1 disabled accounts skipped"), err());
	}

	@Test
	void kerberosBindsWithTheTicketKinitLeftAndNoPassword() throws IOException {
		Path cache = dir.resolve("ccache");
		ad.kinit(cache);
		Path inventory = dir.resolve("kerberos.rdpdoctor");
		int code = cli.run("import", "ldaps://" + ad.address(), "--base", "OU=Berlin," + ad.base(), "--kerberos",
				"--ticket-cache", cache.toString(), "--krb5-conf", ad.krb5Conf().toString(), "--kerberos-host",
				ad.dcName(), "--ca-file", ad.ca().toString(), "--to", inventory.toString());
		assertEquals(ExitCodes.OK, code, err());
		assertEquals(List.of("ts01.rdpd.test", "ts02.rdpd.test"), InventoryWalk.entries(InventoryStore.load(
				inventory)).stream().map(e -> e.host().getName()).sorted().toList());

		cli.err.reset();
		int noTicket = cli.run("import", "ldaps://" + ad.address(), "--base", ad.base(), "--kerberos",
				"--ticket-cache", dir.resolve("no-such-cache").toString(), "--krb5-conf", ad.krb5Conf().toString(),
				"--kerberos-host", ad.dcName(), "--ca-file", ad.ca().toString(), "--to",
				dir.resolve("none.rdpdoctor").toString());
		assertEquals(ExitCodes.USAGE, noTicket);
		assertTrue(err().contains("refused the Kerberos bind (ldap/" + ad.dcName() + ")") && err().contains("klist"),
				err());
	}

	@Test
	void aWrongPasswordIsRefusedNamingTheServerAndTheUserAndNothingIsWritten() throws IOException {
		Path wrong = dir.resolve("wrong");
		Files.writeString(wrong, "not-the-password\n", StandardCharsets.UTF_8);
		Path inventory = dir.resolve("none.rdpdoctor");
		int code = cli.run("import", "ldaps://" + ad.address(), "--base", ad.base(), "--bind-dn", ad.bindDn(),
				"--bind-password-file", wrong.toString(), "--ca-file", ad.ca().toString(), "--to",
				inventory.toString());
		assertEquals(ExitCodes.USAGE, code);
		assertTrue(err().contains("ldaps://" + ad.address() + ":636 refused the bind as " + ad.bindDn()), err());
		assertTrue(!Files.exists(inventory));
	}

	@Test
	void anUntrustedCertificateAndAnUnreachableServerAreSaid() {
		int untrusted = cli.run("import", "ldaps://" + ad.address(), "--base", ad.base(), "--bind-dn", ad.bindDn(),
				"--bind-password-file", ad.passwordFile().toString(), "--to", dir.resolve("a.rdpdoctor").toString());
		assertEquals(ExitCodes.USAGE, untrusted);
		assertTrue(err().contains("ldaps://" + ad.address() + ":636") && err().toLowerCase().contains("certificate"),
				err());
		cli.err.reset();
		int unreachable = cli.run("import", "ldaps://" + ad.address() + ":1636", "--base", ad.base(), "--bind-dn",
				ad.bindDn(), "--bind-password-file", ad.passwordFile().toString(), "--ca-file", ad.ca().toString(),
				"--to", dir.resolve("b.rdpdoctor").toString());
		assertEquals(ExitCodes.USAGE, unreachable);
		assertTrue(err().contains("ldaps://" + ad.address() + ":1636"), err());
	}

	@Test
	void aBadUrlOrBaseIsAUsageErrorSayingTheForm() {
		assertEquals(ExitCodes.USAGE, cli.run("import", "ldaps://" + ad.address(), "--base", "not a dn", "--bind-dn",
				"x", "--to", dir.resolve("c.rdpdoctor").toString()));
		assertTrue(err().contains("is not a DN"), err());
	}

	private String out() {
		return cli.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return cli.err.toString(StandardCharsets.UTF_8);
	}
}
