package rdpdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.sshd.server.Environment;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.AcceptAllPublickeyAuthenticator;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

import rdpdoctor.ssh.host.HostSystem;
import rdpdoctor.tests.harness.FreePorts;

/**
 * A Windows remediation end to end as a format test (Windows cannot run here): {@code rdpdoctor remediate --apply}
 * and {@code --rollback} against a real SSH server in-process (Apache MINA SSHD) that behaves as Windows OpenSSH with
 * cmd.exe as login shell. The remediation's scripts must arrive whole on PowerShell's standard input through the
 * short {@code -EncodedCommand} bootstrap; the server carries out the one registry change it recognizes
 * (fDenyTSConnections, as {@code SetReg}) so that the diagnosis before, the verification and the rollback each see
 * the host as a real one would answer.
 */
class WindowsRemediationOverSshFormatTest {

	private static final String TS = "HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server";

	@TempDir
	Path dir;

	private SshServer server;
	/** fDenyTSConnections on the pretend host. */
	private final AtomicInteger deny = new AtomicInteger(1);
	private final List<String> scripts = new CopyOnWriteArrayList<>();

	@BeforeEach
	void startAWindowsLikeSshServer() throws IOException {
		server = SshServer.setUpDefaultServer();
		server.setHost("127.0.0.1");
		server.setPort(0);
		server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(dir.resolve("host.ser")));
		server.setPublickeyAuthenticator(AcceptAllPublickeyAuthenticator.INSTANCE);
		server.setCommandFactory((channel, command) -> new PowerShell(command));
		server.start();
	}

	@AfterEach
	void stop() throws IOException {
		server.stop(true);
	}

	@Test
	void rdpDisabledIsEnabledVerifiedAndRolledBackThroughPowerShellsStandardInput() throws Exception {
		Path key = dir.resolve("id_ed25519");
		var made = rdpdoctor.tests.harness.Command.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f",
				key.toString()), Duration.ofSeconds(20), Map.of());
		assertEquals(0, made.exitCode(), made.output());
		String target = "127.0.0.1:" + FreePorts.closedTcpPort();
		List<String> ssh = List.of("--ssh-user", "Administrator", "--ssh-port", String.valueOf(server.getPort()),
				"--ssh-identity", key.toString(), "--known-hosts", dir.resolve("known_hosts").toString(),
				"--accept-new-host-key", "--journal", dir.resolve("journal").toString());

		CliRun plan = run(List.of("remediate", target, "--cause", "RDP_DISABLED", "--plan"), ssh);
		assertEquals(0, plan.code, text(plan));
		assertTrue(text(plan).contains("SetReg $ts 'fDenyTSConnections' 0"), text(plan));
		assertTrue(scripts.isEmpty(), "a plan runs nothing on the host");

		CliRun fixed = run(List.of("remediate", target, "--cause", "RDP_DISABLED", "--apply", "--yes"), ssh);

		assertEquals(0, fixed.code, text(fixed));
		assertTrue(text(fixed).contains("fixed and verified"), text(fixed));
		assertEquals(0, deny.get());
		assertEquals(3, scripts.size(), "precondition, snapshot, apply: " + scripts);
		assertTrue(scripts.get(2).contains("SetReg $ts 'fDenyTSConnections' 0"));
		assertTrue(scripts.stream().allMatch(s -> s.chars().allMatch(c -> c < 128)), "ASCII for PowerShell's stdin");
		String action = text(fixed).substring(text(fixed).indexOf("--rollback ") + 11).lines().findFirst()
				.orElseThrow().strip();

		CliRun undone = run(List.of("remediate", "--rollback", action), ssh);

		assertEquals(0, undone.code, text(undone));
		assertEquals(1, deny.get(), "the snapshot's value is back");
		String rollback = scripts.get(scripts.size() - 1);
		assertTrue(rollback.contains("SetReg " + text64(TS) + " " + text64("fDenyTSConnections") + " ([int](Text '"
				+ b64("1") + "'))"), rollback);
		CliRun again = run(List.of("diagnose", target, "--format", "json"), ssh.subList(0, ssh.size() - 2));
		List<String> causes = new ArrayList<>();
		for (JsonElement f : JsonParser.parseString(again.out.toString(StandardCharsets.UTF_8)).getAsJsonObject()
				.getAsJsonArray("hosts").get(0).getAsJsonObject().getAsJsonArray("findings")) {
			causes.add(f.getAsJsonObject().get("cause").getAsString());
		}
		assertTrue(causes.contains("RDP_DISABLED"), causes.toString());
	}

	@Test
	void theScriptsThemselvesNeverReachTheCommandLine() {
		// cmd.exe cuts command lines at 8,191 characters: the bootstrap is short, the script goes on standard input
		String bootstrap = rdpdoctor.remediation.internal.HostScripts.command(HostSystem.WINDOWS);
		assertTrue(bootstrap.startsWith(WindowsLikeCommand.POWERSHELL) && bootstrap.length() < 1_000, bootstrap);
		String decoded = new String(Base64.getDecoder().decode(bootstrap.substring(WindowsLikeCommand.POWERSHELL.length())),
				StandardCharsets.UTF_16LE);
		assertTrue(decoded.contains("[Console]::In.ReadToEnd()") && decoded.contains("exit $LASTEXITCODE"), decoded);
	}

	private CliRun run(List<String> args, List<String> ssh) {
		List<String> all = new ArrayList<>(args);
		all.addAll(ssh);
		CliRun cli = new CliRun();
		cli.code = cli.run(all.toArray(String[]::new));
		return cli;
	}

	private static String text(CliRun cli) {
		return cli.out.toString(StandardCharsets.UTF_8) + cli.err.toString(StandardCharsets.UTF_8);
	}

	private static String b64(String text) {
		return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String text64(String text) {
		return "(Text '" + b64(text) + "')";
	}

	/** One exec request answered as Windows OpenSSH's cmd.exe and powershell.exe would. */
	private final class PowerShell extends WindowsLikeCommand {

		PowerShell(String commandLine) {
			super(commandLine);
		}

		@Override
		public void start(ChannelSession channel, Environment environment) throws IOException {
			String script = script();
			if (script == null) {
				return;
			}
			if (script.contains("[Console]::In.ReadToEnd()")) {
				Thread.ofVirtual().start(this::runStandardInput); // the bootstrap: the script follows on stdin
				return;
			}
			String answer = script.contains("[Environment]::OSVersion.Platform") ? "Win32NT"
					: script.contains("fDenyTSConnections") ? WindowsHostOverSshFormatTest.BROKEN
							.replace("\"fDenyTSConnections\":1", "\"fDenyTSConnections\":" + deny.get()) : "";
			reply(out, answer + "\r\n", 0);
		}

		private void runStandardInput() {
			try {
				String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				if (script.contains("WTSEnumerateSessionsW")) { // the diagnosis's probe script, not a remediation's
					reply(out, WindowsHostOverSshFormatTest.BROKEN.replace("\"fDenyTSConnections\":1",
							"\"fDenyTSConnections\":" + deny.get()) + "\r\n", 0);
					return;
				}
				scripts.add(script);
				String answer = "";
				if (script.contains("SnapReg $ts 'fDenyTSConnections'")) {
					answer = "reg\t" + TS + "|fDenyTSConnections\t" + b64(String.valueOf(deny.get())) + "\tDWord";
				} else if (script.contains("SetReg $ts 'fDenyTSConnections' 0")) {
					deny.set(0);
				} else if (script.contains("SetReg " + text64(TS) + " " + text64("fDenyTSConnections"))) {
					String value = script.substring(script.indexOf("([int](Text '") + 13);
					deny.set(Integer.parseInt(new String(Base64.getDecoder().decode(value.substring(0,
							value.indexOf('\''))), StandardCharsets.UTF_8)));
				}
				reply(out, answer + "\r\n", 0);
			} catch (IOException | RuntimeException e) {
				try {
					reply(err, e + "\r\n", 1);
				} catch (IOException ignored) {
					// the channel is gone
				}
			}
		}
	}
}
