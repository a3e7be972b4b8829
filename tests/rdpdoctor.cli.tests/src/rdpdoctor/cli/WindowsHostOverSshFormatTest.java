package rdpdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import rdpdoctor.tests.harness.FreePorts;

/**
 * The Windows path end to end, as a format test (Windows cannot run here): {@code rdpdoctor diagnose --ssh-user}
 * against a real SSH server in-process (Apache MINA SSHD) that behaves as Windows OpenSSH with cmd.exe as login
 * shell: {@code uname} is not recognized, and {@code powershell -EncodedCommand} is decoded (base64 of UTF-16LE) and
 * answered with the output the cmdlets give in the formats Microsoft documents (ConvertTo-Json -Compress, qwinsta's
 * columns, icacls's lines).
 */
class WindowsHostOverSshFormatTest {

	/** A broken host: RDP off, TermService stopped and disabled, port 3390, firewall rule off, and more. */
	static final String BROKEN = "{\"fDenyTSConnections\":1,\"PortNumber\":3390,\"SecurityLayer\":0,"
			+ "\"UserAuthentication\":0,\"MinEncryptionLevel\":1,\"SSLCertificateSHA1Hash\":null,"
			+ "\"AllowEncryptionOracle\":0,\"Services\":[{\"Name\":\"SessionEnv\",\"Status\":\"Stopped\","
			+ "\"StartType\":\"Manual\"},{\"Name\":\"TermService\",\"Status\":\"Stopped\",\"StartType\":\"Disabled\"}],"
			+ "\"FirewallRules\":{\"Name\":\"RemoteDesktop-UserMode-In-TCP\",\"Enabled\":\"False\",\"Direction\":\"Inbound\","
			+ "\"Action\":\"Allow\",\"Profile\":\"Any\"},\"Certificates\":[],"
			+ "\"MachineKeysAcl\":[\"C:\\\\ProgramData\\\\Microsoft\\\\Crypto\\\\RSA\\\\MachineKeys Everyone:(R,W)\","
			+ "\"Successfully processed 1 files; Failed processing 0 files\"],"
			+ "\"Sessions\":[\" SESSIONNAME       USERNAME                 ID  STATE   TYPE        DEVICE \","
			+ "\" services                                    0  Disc                        \"],"
			+ "\"NicPower\":null}";

	/**
	 * Get-WinEvent's events, each as its {@code ToXml()} gives it (the event schema Microsoft documents): Remote Desktop
	 * Services entering the stopped state (Service Control Manager 7036) ten minutes ago, and Schannel 36870 an hour
	 * ago.
	 */
	static String events() {
		java.time.Instant now = java.time.Instant.now();
		return "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider"
				+ " Name='Service Control Manager' Guid='{555908d1-a6d7-4695-8e1e-26931d2012f4}'"
				+ " EventSourceName='Service Control Manager'/><EventID Qualifiers='16384'>7036</EventID>"
				+ "<Version>0</Version><Level>4</Level><Task>0</Task><Opcode>0</Opcode>"
				+ "<Keywords>0x8080000000000000</Keywords><TimeCreated SystemTime='" + now.minusSeconds(600)
				+ "'/><EventRecordID>90211</EventRecordID><Correlation/><Execution ProcessID='684' ThreadID='5072'/>"
				+ "<Channel>System</Channel><Computer>TS01.corp.example</Computer><Security/></System><EventData>"
				+ "<Data Name='param1'>Remote Desktop Services</Data><Data Name='param2'>stopped</Data>"
				+ "<Binary>5400650072006D0053006500720076006900630065002F0031000000</Binary></EventData></Event>\r\n"
				+ "<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider"
				+ " Name='Schannel' Guid='{1F678132-5938-4686-9FDC-C8FF68F15C85}'/><EventID>36870</EventID>"
				+ "<Version>0</Version><Level>2</Level><Task>0</Task><Opcode>0</Opcode>"
				+ "<Keywords>0x8000000000000000</Keywords><TimeCreated SystemTime='" + now.minusSeconds(3600)
				+ "'/><EventRecordID>90107</EventRecordID><Correlation ActivityID='{6ab5c1a8-2e36-0002-0ec6-b56a362ed901}'"
				+ "/><Execution ProcessID='720' ThreadID='3348'/><Channel>System</Channel>"
				+ "<Computer>TS01.corp.example</Computer><Security UserID='S-1-5-18'/></System><EventData>"
				+ "<Data Name='Type'>server</Data><Data Name='ErrorCode'>0x8009030d</Data></EventData></Event>\r\n";
	}

	@TempDir
	Path dir;

	private SshServer server;
	private final List<String> commands = new java.util.concurrent.CopyOnWriteArrayList<>();

	@BeforeEach
	void startAWindowsLikeSshServer() throws IOException {
		server = SshServer.setUpDefaultServer();
		server.setHost("127.0.0.1");
		server.setPort(0);
		server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(dir.resolve("host.ser")));
		server.setPublickeyAuthenticator(AcceptAllPublickeyAuthenticator.INSTANCE);
		server.setCommandFactory((channel, command) -> {
			commands.add(command);
			return new CmdExe(command);
		});
		server.start();
	}

	@AfterEach
	void stop() throws IOException {
		server.stop(true);
	}

	@Test
	void aWindowsHostReadOverSshGivesItsCausesAndExplainsTheClosedPort() throws Exception {
		Path key = dir.resolve("id_ed25519");
		var made = rdpdoctor.tests.harness.Command.run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f",
				key.toString()), Duration.ofSeconds(20), Map.of());
		assertEquals(0, made.exitCode(), made.output());
		int closed = FreePorts.closedTcpPort();
		CliRun cli = new CliRun();

		cli.run("diagnose", "127.0.0.1:" + closed, "--format", "json", "--ssh-user", "Administrator", "--ssh-port",
				String.valueOf(server.getPort()), "--ssh-identity", key.toString(), "--known-hosts",
				dir.resolve("known_hosts").toString(), "--accept-new-host-key");

		JsonObject host = JsonParser.parseString(cli.out.toString(StandardCharsets.UTF_8)).getAsJsonObject()
				.getAsJsonArray("hosts").get(0).getAsJsonObject();
		assertEquals("OK", probe(host, "ssh").get("status").getAsString(), host.toString());
		assertEquals("WINDOWS", probe(host, "ssh").getAsJsonObject("evidence").get("system").getAsString());
		assertEquals("OK", probe(host, "windows").get("status").getAsString(), host.toString());
		assertEquals("SKIPPED", probe(host, "xrdp").get("status").getAsString());
		List<String> causes = new ArrayList<>();
		JsonObject portClosed = null;
		for (JsonElement f : host.getAsJsonArray("findings")) {
			causes.add(f.getAsJsonObject().get("cause").getAsString());
			if (f.getAsJsonObject().get("cause").getAsString().equals("PORT_CLOSED")) {
				portClosed = f.getAsJsonObject();
			}
		}
		assertTrue(causes.containsAll(List.of("RDP_DISABLED", "RDP_SERVICE_STOPPED", "RDP_PORT_CHANGED",
				"FIREWALL_RULE_DISABLED", "CREDSSP_POLICY_BLOCKS", "PORT_CLOSED")), causes.toString());
		assertEquals("PORT_CLOSED", causes.get(causes.size() - 1), "the consequence after its causes: " + causes);
		assertEquals("[\"FIREWALL_RULE_DISABLED\",\"RDP_DISABLED\",\"RDP_PORT_CHANGED\",\"RDP_SERVICE_STOPPED\"]",
				portClosed.getAsJsonArray("causedBy").toString());
		// the host's events, read with Get-WinEvent over the same connection, support the findings they bear on
		JsonObject events = probe(host, "events");
		assertEquals("OK", events.get("status").getAsString(), events.toString());
		assertEquals("[7036,36870]", events.getAsJsonObject("evidence").getAsJsonArray("ids").toString());
		JsonObject stopped = host.getAsJsonArray("findings").asList().stream().map(JsonElement::getAsJsonObject)
				.filter(f -> f.get("cause").getAsString().equals("RDP_SERVICE_STOPPED")).findFirst().orElseThrow();
		assertTrue(stopped.get("explanation").getAsString().contains("Supported by the host's events: Service Control"
				+ " Manager 7036: Remote Desktop Services stopped (1x, the last at "), stopped.toString());
		assertTrue(stopped.getAsJsonArray("evidence").toString().contains("events.ids"));
		assertTrue(commands.stream().anyMatch(c -> c.startsWith("powershell -NoProfile -NonInteractive "
				+ "-EncodedCommand ")), commands.toString());
	}

	private static JsonObject probe(JsonObject host, String id) {
		for (JsonElement probe : host.getAsJsonArray("probes")) {
			if (probe.getAsJsonObject().get("id").getAsString().equals(id)) {
				return probe.getAsJsonObject();
			}
		}
		throw new AssertionError("no probe " + id + " in " + host);
	}

	/** One exec request answered as Windows OpenSSH's cmd.exe and powershell.exe would. */
	private static final class CmdExe extends WindowsLikeCommand {

		CmdExe(String commandLine) {
			super(commandLine);
		}

		@Override
		public void start(ChannelSession channel, Environment environment) throws IOException {
			String script = script();
			if (script != null && script.contains("[Console]::In.ReadToEnd()")) {
				Thread.ofVirtual().start(() -> { // the bootstrap: the script follows on standard input
					try {
						answer(new String(in.readAllBytes(), StandardCharsets.UTF_8));
					} catch (IOException e) {
						throw new java.io.UncheckedIOException(e);
					}
				});
			} else if (script != null) {
				answer(script);
			}
		}

		private void answer(String script) throws IOException {
			String answer = script.contains("[Environment]::OSVersion.Platform") ? "Win32NT"
					: script.contains("fDenyTSConnections") ? BROKEN
							: script.contains("Get-WinEvent -FilterHashtable") ? events() : "";
			reply(out, answer + "\r\n", 0);
		}
	}
}
