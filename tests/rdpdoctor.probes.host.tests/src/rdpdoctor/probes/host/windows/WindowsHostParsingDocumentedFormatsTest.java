package rdpdoctor.probes.host.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.Finding;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.ProbeReport;
import rdpdoctor.core.RuleContext;
import rdpdoctor.core.Target;
import rdpdoctor.probes.host.rules.WindowsRules;

/**
 * Windows cannot run here: the Windows probe's reading is tested on output in the formats Microsoft documents (the
 * registry values of RDP-Tcp and Terminal Server as DWORDs, Get-Service and Get-NetFirewallRule enum names, qwinsta's
 * SESSIONNAME USERNAME ID STATE columns, icacls's "NAME:(RIGHTS)" lines, ConvertTo-Json -Compress, which writes a
 * one-element array as the element), and the rules on what it read. The SSH transport under it is tested against a
 * real OpenSSH server (OpenSshTransportLabTest).
 */
class WindowsHostParsingDocumentedFormatsTest {

	private static final String HEALTHY = "{\"fDenyTSConnections\":0,\"PortNumber\":3389,\"SecurityLayer\":2,"
			+ "\"UserAuthentication\":1,\"MinEncryptionLevel\":2,"
			+ "\"SSLCertificateSHA1Hash\":\"3f2a6c1b9d0e4f5a6b7c8d9e0f1a2b3c4d5e6f70\",\"AllowEncryptionOracle\":null,"
			+ "\"Services\":[{\"Name\":\"SessionEnv\",\"Status\":\"Running\",\"StartType\":\"Manual\"},"
			+ "{\"Name\":\"TermService\",\"Status\":\"Running\",\"StartType\":\"Manual\"},"
			+ "{\"Name\":\"UmRdpService\",\"Status\":\"Running\",\"StartType\":\"Manual\"}],"
			+ "\"FirewallRules\":[{\"Name\":\"RemoteDesktop-UserMode-In-TCP\",\"Enabled\":\"True\","
			+ "\"Direction\":\"Inbound\",\"Action\":\"Allow\",\"Profile\":\"Any\"},"
			+ "{\"Name\":\"RemoteDesktop-UserMode-In-UDP\",\"Enabled\":\"True\",\"Direction\":\"Inbound\","
			+ "\"Action\":\"Allow\",\"Profile\":\"Any\"}],"
			+ "\"Certificates\":{\"Thumbprint\":\"3F2A6C1B9D0E4F5A6B7C8D9E0F1A2B3C4D5E6F70\",\"Subject\":\"CN=TS01\","
			+ "\"HasPrivateKey\":true,\"NotAfter\":\"2027-05-01T08:00:00.0000000Z\"},"
			+ "\"MachineKeysAcl\":[\"C:\\\\ProgramData\\\\Microsoft\\\\Crypto\\\\RSA\\\\MachineKeys Everyone:(R,W)\","
			+ "\"                                                BUILTIN\\\\Administrators:(F)\",\"\","
			+ "\"Successfully processed 1 files; Failed processing 0 files\"],"
			+ "\"Sessions\":[\" SESSIONNAME       USERNAME                 ID  STATE   TYPE        DEVICE \","
			+ "\" services                                    0  Disc                        \","
			+ "\">rdp-tcp#3         admin                     2  Active                      \","
			+ "\" console                                     1  Conn                        \","
			+ "\" rdp-tcp                                 65536  Listen                      \"],"
			+ "\"NicPower\":{\"Name\":\"Ethernet0\",\"AllowComputerToTurnOffDevice\":\"Disabled\"}}";

	private static final String BROKEN = "#< CLIXML\r\n{\"fDenyTSConnections\":1,\"PortNumber\":3390,"
			+ "\"SecurityLayer\":0,\"UserAuthentication\":0,\"MinEncryptionLevel\":1,"
			+ "\"SSLCertificateSHA1Hash\":\"00112233445566778899AABBCCDDEEFF00112233\",\"AllowEncryptionOracle\":0,"
			+ "\"Services\":[{\"Name\":\"TermService\",\"Status\":\"Stopped\",\"StartType\":\"Disabled\"}],"
			+ "\"FirewallRules\":{\"Name\":\"RemoteDesktop-UserMode-In-TCP\",\"Enabled\":\"False\","
			+ "\"Direction\":\"Inbound\",\"Action\":\"Allow\",\"Profile\":\"Any\"},"
			+ "\"Certificates\":null,"
			+ "\"MachineKeysAcl\":[\"C:\\\\ProgramData\\\\Microsoft\\\\Crypto\\\\RSA\\\\MachineKeys"
			+ " BUILTIN\\\\Administrators:(F)\",\"Successfully processed 1 files; Failed processing 0 files\"],"
			+ "\"Sessions\":[\" SESSIONNAME       USERNAME                 ID  STATE   TYPE        DEVICE \","
			+ "\" services                                    0  Disc                        \","
			+ "\"                   alice                     2  Disc                        \","
			+ "\"                   bob                       3  Disc                        \"],"
			// quser (query user): USERNAME SESSIONNAME ID STATE IDLE TIME LOGON TIME; a disconnected session has no
			// session name, its idle time is MINUTES, HOURS:MINUTES or DAYS+HOURS:MINUTES
			+ "\"Users\":[\" USERNAME              SESSIONNAME        ID  STATE   IDLE TIME  LOGON TIME\","
			+ "\" alice                                     2  Disc      2+03:15  11/28/2026 4:40 PM\","
			+ "\" bob                                       3  Disc           47  11/30/2026 9:10 AM\"],"
			+ "\"NicPower\":[{\"Name\":\"Ethernet0\",\"AllowComputerToTurnOffDevice\":\"Enabled\"}]}";

	@Test
	void aHealthyHostGivesItsFactsAndNoFinding() {
		ProbeOutcome outcome = outcome(HEALTHY);

		assertEquals(3389L, outcome.number("portNumber").orElseThrow());
		assertEquals("Running/Manual", outcome.text("termService").orElseThrow());
		assertEquals("3F2A6C1B9D0E4F5A6B7C8D9E0F1A2B3C4D5E6F70", outcome.text("boundThumbprint").orElseThrow());
		assertEquals("true", outcome.text("boundCertificateFound").orElseThrow(), "a one-element array as the element");
		assertEquals(1L, outcome.number("disconnectedSessions").orElseThrow(), "the services session");
		assertEquals(List.of(), rules(outcome, 3389));
	}

	@Test
	void aBrokenHostGivesEveryHostSideCauseOfTheCatalog() {
		List<String> causes = rules(outcome(BROKEN), 3389).stream().map(Finding::cause).toList();

		assertEquals(List.of("RDP_DISABLED", "RDP_SERVICE_STOPPED", "RDP_PORT_CHANGED", "FIREWALL_RULE_DISABLED",
				"MACHINEKEYS_INACCESSIBLE", "STALE_SESSIONS", "CREDSSP_POLICY_BLOCKS", "NIC_POWER_SAVING",
				"CERT_UNUSABLE"), causes);
	}

	@Test
	void disconnectedSessionsCarryTheirAgeFromQuserIdleTime() {
		ProbeOutcome outcome = outcome(BROKEN);

		assertEquals("[3075, 47]", outcome.evidence().get("disconnectedIdleMinutes").toString());
		assertEquals(3075L, outcome.number("oldestDisconnectedMinutes").orElseThrow());
		Finding stale = rules(outcome, 3389).stream().filter(f -> f.cause().equals("STALE_SESSIONS")).findFirst()
				.orElseThrow();
		assertTrue(stale.title().endsWith("the oldest left 2 d 3 h ago"), stale.title());
		assertEquals(List.of(0L, 47L, 125L, 3075L), List.of(".", "47", "2:05", "2+03:15").stream()
				.map(t -> WindowsFacts.idleMinutes(t).orElseThrow()).toList());
		assertTrue(WindowsFacts.idleMinutes("11/28/2026").isEmpty());
	}

	@Test
	void outputThatIsNoJsonObjectIsRefusedSayingWhatCame() {
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> WindowsFacts.parse("'powershell' is not recognized as an internal or external command,"));
		assertTrue(refused.getMessage().contains("'powershell' is not recognized"), refused.getMessage());
	}

	private static ProbeOutcome outcome(String output) {
		ProbeReport report = new ProbeReport();
		WindowsProbe.record(WindowsFacts.parse(output), report);
		return report.toOutcome(WindowsProbe.ID, 5);
	}

	private static List<Finding> rules(ProbeOutcome outcome, int port) {
		return new WindowsRules().evaluate(new RuleContext(new Target("ts01.corp.example", port),
				DiagnosisSettings.defaults(), Map.of(WindowsProbe.ID, outcome)));
	}
}
