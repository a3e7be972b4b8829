package rdpdoctor.probes.host.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Windows cannot run here (format test): the Windows probe judges a host the same in every display language, because
 * it reads no word Windows translates. The same two hosts, a healthy one and one with two disconnected sessions left
 * 3,075 and 47 minutes ago, as the script prints them on an English, a German, a French and a Japanese Windows: what
 * changes between them is only the text kept for people (qwinsta's and quser's headers and states, icacls's account
 * names, which are translated there); what is read stays the values Microsoft documents in one form for every
 * language: the firewall rules of the group {@code @FirewallAPI.dll,-28752} by rule name (Get-NetFirewallRule -Group),
 * Get-Service by service name and enum names, the MachineKeys ACL by SID with FileSystemRights' enum names (Get-Acl,
 * GetAccessRules with SecurityIdentifier; S-1-1-0 Everyone, S-1-5-18 SYSTEM, S-1-5-20 NETWORK SERVICE, S-1-5-32-544
 * Administrators: "Well-known SIDs", learn.microsoft.com), and the sessions from the WTS API (the WTS_CONNECTSTATE_CLASS
 * number: 0 WTSActive, 4 WTSDisconnected, 6 WTSListen; WTSINFOW's DisconnectTime and CurrentTime as FILETIMEs: wtsapi32.h,
 * learn.microsoft.com). The translated words below follow the English layout Microsoft documents for query session and
 * icacls; the test shows they are not read, whatever their exact wording on a given build.
 */
class WindowsHostInEveryDisplayLanguageTest {

	/** 2026-12-01T12:00:00Z as a FILETIME (100 ns since 1601). */
	private static final long NOW = 134_406_000_000_000_000L;
	private static final long MINUTE = 600_000_000L;

	/** What a display language changes: qwinsta's and quser's words, icacls's account names. */
	private record Language(String name, String sessionHeader, String disconnected, String active, String listen,
			String userHeader, String everyone, String administrators, String system) {
	}

	private static final List<Language> LANGUAGES = List.of(
			new Language("English", " SESSIONNAME       USERNAME                 ID  STATE   TYPE        DEVICE ", "Disc",
					"Active", "Listen", " USERNAME              SESSIONNAME        ID  STATE   IDLE TIME  LOGON TIME",
					"Everyone", "BUILTIN\\\\Administrators", "NT AUTHORITY\\\\SYSTEM"),
			new Language("German", " SITZUNGSNAME      BENUTZERNAME             ID  STATUS  TYP         GERÄT ",
					"Getr.", "Aktiv", "Abh.", " BENUTZERNAME          SITZUNGSNAME       ID  STATUS  LEERLAUF   ANMELDEZEIT",
					"Jeder", "VORDEFINIERT\\\\Administratoren", "NT-AUTORITÄT\\\\SYSTEM"),
			new Language("French", " SESSION           UTILISATEUR              ID  ÉTAT    TYPE        PÉRIPHÉRIQUE ",
					"Déco", "Actif", "Écouter", " UTILISATEUR           SESSION            ID  ÉTAT    TEMPS INACT TEMPS SESS",
					"Tout le monde", "BUILTIN\\\\Administrateurs", "AUTORITE NT\\\\Système"),
			new Language("Japanese", " セッション名      ユーザー名               ID  状態    種類        デバイス ", "切断",
					"アクティブ", "リッスン", " ユーザー名            セッション名       ID  状態    アイドル時間 ログオン時刻",
					"Everyone", "BUILTIN\\\\Administrators", "NT AUTHORITY\\\\SYSTEM"));

	private static String host(Language l, boolean broken) {
		String sessions = broken
				? "{\"Id\":0,\"State\":4,\"DisconnectTime\":0,\"CurrentTime\":" + NOW + "},"
						+ "{\"Id\":2,\"State\":4,\"DisconnectTime\":" + (NOW - 3075 * MINUTE) + ",\"CurrentTime\":" + NOW
						+ "},{\"Id\":3,\"State\":4,\"DisconnectTime\":" + (NOW - 47 * MINUTE) + ",\"CurrentTime\":" + NOW
						+ "},{\"Id\":65536,\"State\":6,\"DisconnectTime\":0,\"CurrentTime\":" + NOW + "}"
				: "{\"Id\":0,\"State\":4,\"DisconnectTime\":0,\"CurrentTime\":" + NOW + "},"
						+ "{\"Id\":2,\"State\":0,\"DisconnectTime\":0,\"CurrentTime\":" + NOW + "},"
						+ "{\"Id\":65536,\"State\":6,\"DisconnectTime\":0,\"CurrentTime\":" + NOW + "}";
		String qwinsta = broken
				? "\"" + l.sessionHeader() + "\",\" services                                    0  " + l.disconnected()
						+ "\",\"                   alice                     2  " + l.disconnected()
						+ "\",\"                   bob                       3  " + l.disconnected()
						+ "\",\" rdp-tcp                                 65536  " + l.listen() + "\""
				: "\"" + l.sessionHeader() + "\",\" services                                    0  " + l.disconnected()
						+ "\",\">rdp-tcp#3         admin                     2  " + l.active()
						+ "\",\" rdp-tcp                                 65536  " + l.listen() + "\"";
		return "{\"fDenyTSConnections\":0,\"PortNumber\":3389,\"SecurityLayer\":2,\"UserAuthentication\":1,"
				+ "\"MinEncryptionLevel\":2,\"SSLCertificateSHA1Hash\":\"3F2A6C1B9D0E4F5A6B7C8D9E0F1A2B3C4D5E6F70\","
				+ "\"AllowEncryptionOracle\":null,\"Services\":[{\"Name\":\"TermService\",\"Status\":\"Running\","
				+ "\"StartType\":\"Manual\"}],\"FirewallRules\":{\"Name\":\"RemoteDesktop-UserMode-In-TCP\","
				+ "\"Enabled\":\"True\",\"Direction\":\"Inbound\",\"Action\":\"Allow\",\"Profile\":\"Any\"},"
				+ "\"Certificates\":{\"Thumbprint\":\"3F2A6C1B9D0E4F5A6B7C8D9E0F1A2B3C4D5E6F70\",\"Subject\":\"CN=TS01\","
				+ "\"HasPrivateKey\":true,\"NotAfter\":\"2027-05-01T08:00:00.0000000Z\"},"
				+ "\"MachineKeysAcl\":[\"C:\\\\ProgramData\\\\Microsoft\\\\Crypto\\\\RSA\\\\MachineKeys " + l.everyone()
				+ ":(R,W)\",\"                                                " + l.administrators() + ":(F)\","
				+ "\"                                                " + l.system() + ":(F)\"],"
				+ "\"MachineKeysAccess\":[{\"Sid\":\"S-1-1-0\",\"Rights\":\"Write, Read, Synchronize\",\"Type\":\"Allow\"},"
				+ "{\"Sid\":\"S-1-5-32-544\",\"Rights\":\"FullControl\",\"Type\":\"Allow\"},"
				+ "{\"Sid\":\"S-1-5-18\",\"Rights\":\"FullControl\",\"Type\":\"Allow\"}],"
				+ "\"WtsSessions\":[" + sessions + "],\"Sessions\":[" + qwinsta + "],\"Users\":[\"" + l.userHeader()
				+ "\"],\"NicPower\":null}";
	}

	private static ProbeOutcome outcome(String output) {
		ProbeReport report = new ProbeReport();
		WindowsProbe.record(WindowsFacts.parse(output), report);
		return report.toOutcome(WindowsProbe.ID, 5);
	}

	private static List<String> causes(ProbeOutcome outcome) {
		return new WindowsRules().evaluate(new RuleContext(new Target("ts01.corp.example", 3389),
				DiagnosisSettings.defaults(), Map.of(WindowsProbe.ID, outcome))).stream().map(Finding::cause).toList();
	}

	@Test
	void aHealthyHostHasNoFindingInAnyLanguage() {
		for (Language language : LANGUAGES) {
			ProbeOutcome outcome = outcome(host(language, false));
			assertEquals(List.of(), causes(outcome), language.name() + ": " + outcome.evidence());
			assertEquals(0L, outcome.number("disconnectedSessions").orElseThrow(), language.name()
					+ ": session 0 (services) is no user's");
			assertEquals("WTS API", outcome.text("sessionsFrom").orElseThrow());
		}
	}

	@Test
	void staleSessionsAndTheirAgesAreTheSameInEveryLanguage() {
		for (Language language : LANGUAGES) {
			ProbeOutcome outcome = outcome(host(language, true));
			assertEquals(List.of("STALE_SESSIONS"), causes(outcome), language.name());
			assertEquals(2L, outcome.number("disconnectedSessions").orElseThrow(), language.name());
			assertEquals("[3075, 47]", outcome.evidence().get("disconnectedIdleMinutes").toString(), language.name());
		}
	}

	@Test
	void machineKeysWithoutEveryoneAreFoundBySidWhateverEveryoneIsCalled() {
		for (Language language : LANGUAGES) {
			String withoutEveryone = host(language, false).replace(
					"{\"Sid\":\"S-1-1-0\",\"Rights\":\"Write, Read, Synchronize\",\"Type\":\"Allow\"},", "");
			assertEquals(List.of("MACHINEKEYS_INACCESSIBLE"), causes(outcome(withoutEveryone)), language.name());
			String refused = host(language, false).replaceAll("\"MachineKeysAccess\":\\[[^\\]]*\\]",
					"\"MachineKeysAccess\":{\"Error\":\"UnauthorizedAccessException\"}");
			assertTrue(causes(outcome(refused)).contains("MACHINEKEYS_INACCESSIBLE"), language.name());
		}
	}

	@Test
	void theScriptReadsNoTranslatedWord() {
		assertTrue(WindowsScript.TEXT.contains("Get-NetFirewallRule -Group '@FirewallAPI.dll,-28752'"));
		assertTrue(!WindowsScript.TEXT.contains("-DisplayGroup"), "DisplayGroup is translated");
		assertTrue(WindowsScript.TEXT.contains("[Security.Principal.SecurityIdentifier]"));
		assertTrue(WindowsScript.TEXT.contains("WTSEnumerateSessionsW") && WindowsScript.TEXT.contains(
				"WTSQuerySessionInformationW"));
	}
}
