package rdpdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rdpdoctor.remediation.internal.Journal;
import rdpdoctor.remediation.Plan;
import rdpdoctor.remediation.RemediationRefused;
import rdpdoctor.remediation.internal.RemediationRun;
import rdpdoctor.remediation.Remediations;
import rdpdoctor.remediation.internal.ScriptRunner;
import rdpdoctor.remediation.internal.Verification;
import rdpdoctor.ssh.CommandResult;
import rdpdoctor.ssh.host.HostSystem;

/**
 * A rollback runs only what was planned and restores only what was read: an action's plan or snapshot changed after
 * it was journaled, a snapshot with a value that is not base64, a journal folder others may write or another user
 * owns, are each refused before any script reaches the host (the runner records every script it is given).
 */
class RollbackTamperingTest {

	private static final String INI = "/etc/xrdp/xrdp.ini";

	@TempDir
	Path dir;
	private final List<String> sent = new ArrayList<>();
	private Remediations remediations;
	private Journal journal;
	private String action;

	/** Runs nothing: records the script and answers as a host would (the snapshot script prints one file). */
	private final ScriptRunner host = (script, deadline) -> {
		sent.add(script);
		String out = script.contains("snap_file") || script.contains("# snapshot")
				? "file\t" + INI + "\t" + Base64.getEncoder().encodeToString("port=3389\n".getBytes(StandardCharsets.UTF_8))
						+ "\troot:root 644\n"
				: "";
		return new CommandResult(0, out, "", false, false, Duration.ZERO);
	};

	@BeforeEach
	void appliedAction() throws IOException {
		remediations = new Remediations(RegistryFactory.getRegistry(), p -> { });
		journal = new Journal(dir.resolve("journal"));
		String header = "ini=" + INI + "\ncert=/etc/xrdp/cert.pem\nkey=/etc/xrdp/key.pem\nport=3390\npid=\nonly=yes\n"
				+ "wanted_port=3389\n";
		Plan plan = new Plan("align-rdp-port", "RDP_PORT_CHANGED", "ts01.corp.example", HostSystem.LINUX, "port 3390 -> 3389",
				false, header + "exit 0\n", header + "# snapshot\nexit 0\n", header + "sed -i s/3390/3389/ \"$ini\"\n");
		RemediationRun.Outcome outcome = new RemediationRun(journal, "alice as root").apply(plan,
				remediations.find("align-rdp-port", HostSystem.LINUX).orElseThrow().remediation(), host,
				() -> new Verification(true, "fixed"), Duration.ofSeconds(5));
		assertEquals("VERIFIED", outcome.step().name(), outcome.message());
		action = outcome.action();
		sent.clear();
	}

	@AfterEach
	void close() {
		remediations.close();
	}

	private RemediationRun run() {
		return new RemediationRun(journal, "alice as root");
	}

	@Test
	void theUntouchedActionRollsBackWithTheScriptShownFirst() throws Exception {
		String script = run().rollbackScript(action, remediations);
		assertTrue(script.contains(INI), script);
		assertEquals("ROLLED_BACK", run().rollback(action, remediations, host, Duration.ofSeconds(5)).step().name());
		assertEquals(List.of(script), sent, "exactly the script shown ran");
	}

	@Test
	void aPlanChangedAfterItWasJournaledIsRefusedAndNothingRuns() throws IOException {
		Path plan = dir.resolve("journal/actions/" + action + "/plan.json");
		Files.writeString(plan, Files.readString(plan).replace("sed -i", "id > /tmp/owned; sed -i"));
		RemediationRefused refused = assertThrows(RemediationRefused.class,
				() -> run().rollback(action, remediations, host, Duration.ofSeconds(5)));
		assertTrue(refused.getMessage().contains("is not the one journaled when it was confirmed"), refused.getMessage());
		assertEquals(List.of(), sent);
	}

	@Test
	void aSnapshotNamingAnotherFileIsRefusedAndNothingRuns() throws IOException {
		Path snapshot = dir.resolve("journal/actions/" + action + "/snapshot.json");
		Files.writeString(snapshot, Files.readString(snapshot).replace(INI, "/etc/xrdp/sesman.ini"));
		RemediationRefused refused = assertThrows(RemediationRefused.class,
				() -> run().rollback(action, remediations, host, Duration.ofSeconds(5)));
		assertTrue(refused.getMessage().contains("snapshot of action " + action), refused.getMessage());
		assertEquals(List.of(), sent);
	}

	@Test
	void aSnapshotValueThatIsNotBase64IsRefusedAsIt() throws IOException {
		Path snapshot = dir.resolve("journal/actions/" + action + "/snapshot.json");
		String json = Files.readString(snapshot);
		String value = json.replaceAll(".*\"base64\":\"([^\"]*)\".*", "$1");
		Files.writeString(snapshot, json.replace(value, "'); Start-Process calc; ('"));
		IOException refused = assertThrows(IOException.class,
				() -> run().rollback(action, remediations, host, Duration.ofSeconds(5)));
		assertTrue(refused.getMessage().contains("is not a snapshot") && refused.getMessage().contains("not base64"),
				refused.getMessage());
		assertEquals(List.of(), sent);
	}

	@Test
	void aJournalFolderOthersMayWriteIsRefused() throws IOException {
		Path actions = dir.resolve("journal/actions");
		Files.setPosixFilePermissions(actions, PosixFilePermissions.fromString("rwxrwxrwx"));
		IOException refused = assertThrows(IOException.class,
				() -> run().rollback(action, remediations, host, Duration.ofSeconds(5)));
		assertTrue(refused.getMessage().contains(actions + " may be written by others (rwxrwxrwx)"),
				refused.getMessage());
		assertEquals(List.of(), sent);
		CliRun cli = new CliRun();
		assertEquals(ExitCodes.USAGE, cli.run("remediate", "--rollback", action, "--journal",
				dir.resolve("journal").toString(), "--ssh-user", "admin"));
		assertTrue(cli.err.toString(StandardCharsets.UTF_8).contains("may be written by others"),
				cli.err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void aJournalFileAnotherUserOwnsIsRefused() throws Exception {
		rdpdoctor.tests.harness.Root.require("/usr/bin/id"); // changing a file's owner needs root
		Path plan = dir.resolve("journal/actions/" + action + "/plan.json");
		Files.setOwner(plan, plan.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
		IOException refused = assertThrows(IOException.class, () -> run().rollbackScript(action, remediations));
		assertTrue(refused.getMessage().contains(plan + " belongs to nobody, not to "), refused.getMessage());
		assertEquals(List.of(), sent);
	}
}
