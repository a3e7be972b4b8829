package rdpdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rdpdoctor.model.Group;
import rdpdoctor.model.Host;
import rdpdoctor.model.Inventory;
import rdpdoctor.model.ModelFactory;
import rdpdoctor.model.persistence.InventoryStore;
import rdpdoctor.tests.harness.OpenSslRdpServer;

/**
 * What a hostile server or inventory author chooses reaches every output escaped for it: certificates served by a
 * real OpenSSL server on loopback with control characters, bidi overrides and characters XML cannot carry in their
 * fields; inventory fields that a spreadsheet would run as formulas.
 */
class HostileOutputTest {

	/** Retitles the terminal, starts a fake line, then reverses what follows. */
	private static final String HOSTILE_CN = "evil\u001B]0;pwned\u0007\nERROR   FAKE_FINDING: all is well\u202E.test";
	private static final String HOSTILE_SAN = "DNS:x\u001B[31m.test";

	@TempDir
	Path dir;

	private final CliRun cli = new CliRun();
	private final ByteArrayOutputStream out = cli.out;
	private final ByteArrayOutputStream err = cli.err;

	private int run(String... args) {
		return cli.run(args);
	}

	@Test
	void certificateFieldsWithControlCharactersAreShownEscapedOnOneLine() throws IOException {
		try (OpenSslRdpServer server = OpenSslRdpServer.withCertificate("/CN=" + HOSTILE_CN, HOSTILE_SAN)) {
			run("diagnose", "127.0.0.1:" + server.port(), "--depth", "quick");
		}
		String text = out.toString(StandardCharsets.UTF_8);
		assertTrue(text.contains("CERT_NAME_MISMATCH"), text);
		assertTrue(text.contains("tls.subject = CN=evil\\u001B]0\\;pwned\\u0007\\nERROR   FAKE_FINDING: all is well\\u202E.test"),
				"escaped CN shown: " + text);
		assertTrue(text.contains("x\\u001B[31m.test"), "escaped SAN shown: " + text);
		assertNoTerminalControl(text);
		for (String line : text.split("\n")) {
			assertFalse(line.startsWith("ERROR") || line.strip().startsWith("ERROR   FAKE_FINDING"),
					"a line the server wrote: " + line);
		}
	}

	@Test
	void jsonKeepsHostileFieldsWholeButEscapesWhatATerminalWouldObey() throws IOException {
		try (OpenSslRdpServer server = OpenSslRdpServer.withCertificate("/CN=" + HOSTILE_CN, HOSTILE_SAN)) {
			run("diagnose", "127.0.0.1:" + server.port(), "--depth", "quick", "--format", "json");
		}
		String json = out.toString(StandardCharsets.UTF_8);
		assertNoTerminalControl(json);
		assertTrue(json.contains("\\u202E"), json);
		var host = com.google.gson.JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("hosts").get(0)
				.getAsJsonObject();
		String subject = host.getAsJsonArray("probes").asList().stream().map(p -> p.getAsJsonObject())
				.filter(p -> p.get("id").getAsString().equals("tls")).findFirst().orElseThrow()
				.getAsJsonObject("evidence").get("subject").getAsString();
		assertTrue(subject.contains("\u001B]0\\;pwned\u0007\nERROR") && subject.endsWith("\u202E.test"),
				"the value itself is whole: " + subject);
	}

	@Test
	void aJUnitReportOfCertificatesWithCharactersXmlForbidsStillParses() throws Exception {
		try (OpenSslRdpServer server = OpenSslRdpServer.withCertificate("/CN=bad\uFFFF\uFFFE\u0001name", null)) {
			Path inventory = inventory(dir, "servers", server.port());
			Path report = dir.resolve("report.xml");
			run("batch", "--inventory", inventory.toString(), "--report", report.toString(), "--format", "junit",
					"--depth", "quick");
			String xml = Files.readString(report, StandardCharsets.UTF_8);
			assertTrue(xml.contains("bad\\uFFFF\\uFFFE\\u0001name"), "the characters XML cannot carry shown as escapes: "
					+ xml);
			var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
			assertEquals(1, document.getElementsByTagName("testcase").getLength());
		}
	}

	@Test
	void csvCellsThatASpreadsheetWouldRunAreNeutralised() throws IOException {
		try (OpenSslRdpServer server = new OpenSslRdpServer()) {
			Path inventory = inventory(dir, "=HYPERLINK(\"http://attacker.test\",\"x\")", server.port());
			Path report = dir.resolve("report.csv");
			run("batch", "--inventory", inventory.toString(), "--report", report.toString(), "--depth", "quick");
			List<String> rows = Files.readAllLines(report, StandardCharsets.UTF_8);
			assertEquals(2, rows.size(), rows.toString());
			assertTrue(rows.get(1).contains(",\"'=HYPERLINK(\"\"http://attacker.test\"\",\"\"x\"\")\","), rows.get(1));

			Path export = dir.resolve("export.csv");
			assertEquals(ExitCodes.OK, run("export", inventory.toString(), "--to", export.toString()));
			String exported = Files.readString(export, StandardCharsets.UTF_8);
			assertTrue(exported.contains(",\"'=HYPERLINK("), exported);
			assertFalse(exported.contains(",=HYPERLINK"), exported);
		}
	}

	@Test
	void messagesEchoingFileContentAreEscaped() throws IOException {
		Path csv = dir.resolve("hosts.csv");
		Files.writeString(csv, "name,port\nbox\u001B[2J,notaport\u001B]0;x\u0007\n", StandardCharsets.UTF_8);
		run("import", csv.toString(), "--to", dir.resolve("inv.rdpdoctor").toString());
		String messages = err.toString(StandardCharsets.UTF_8);
		assertTrue(messages.contains("\\u001B"), messages);
		assertNoTerminalControl(messages);
	}

	static Path inventory(Path dir, String group, int port) throws IOException {
		Inventory inv = ModelFactory.eINSTANCE.createInventory();
		Group g = ModelFactory.eINSTANCE.createGroup();
		g.setName(group);
		inv.getGroups().add(g);
		Host h = ModelFactory.eINSTANCE.createHost();
		h.setName("127.0.0.1");
		h.setRdpPort(port);
		g.getHosts().add(h);
		Path file = dir.resolve("hosts.rdpdoctor");
		InventoryStore.save(inv, file);
		return file;
	}

	private static void assertNoTerminalControl(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean control = (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F) || c == '\u202E' || c == '\u2028';
			assertFalse(control, "raw U+" + Integer.toHexString(c) + " at " + i + ": " + text);
		}
	}
}
