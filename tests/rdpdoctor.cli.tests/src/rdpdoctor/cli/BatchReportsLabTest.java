package rdpdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.model.HostStatus;
import rdpdoctor.report.CsvFormat;
import rdpdoctor.report.JsonReportFile;
import rdpdoctor.tests.harness.Command;
import rdpdoctor.tests.harness.Lab;

/**
 * A batch over the lab's endpoints (imported from a CSV, as an admin would) in every report format, each checked by
 * a consumer nobody here wrote: the JUnit XML by python3-junitparser, the HTML by headless Chromium (screenshot
 * kept in target/ for people to look at).
 */
class BatchReportsLabTest {

	private static final Path OUT = Path.of("target", "batch-reports");
	private static Lab lab;
	private static Path inventory;
	private static int failingOrUnreachable;

	@BeforeAll
	static void importTheLab() throws IOException {
		lab = Lab.up();
		Files.createDirectories(OUT);
		StringBuilder csv = new StringBuilder("name,port,group\n");
		lab.endpoints().stream().filter(e -> !e.name().equals("lossy"))
				.forEach(e -> csv.append(e.dnsName()).append(',').append(e.port()).append(",Lab/")
						.append(e.status().toLowerCase()).append('\n'));
		Path source = OUT.resolve("lab.csv");
		Files.writeString(source, csv);
		inventory = OUT.resolve("lab.rdpdoctor");
		Files.deleteIfExists(inventory);
		assertEquals(ExitCodes.OK, cli("import", source.toString(), "--to", inventory.toString()));
		failingOrUnreachable = (int) lab.endpoints().stream().filter(e -> !e.name().equals("lossy"))
				.filter(e -> e.status().equals("FAILING") || e.status().equals("UNREACHABLE")).count();
	}

	@AfterAll
	static void takeItDown() throws IOException {
		if (lab != null) {
			lab.close();
		}
	}

	private static int cli(String... args) {
		ByteArrayOutputStream sink = new ByteArrayOutputStream();
		PrintStream quiet = new PrintStream(sink, true, StandardCharsets.UTF_8);
		return new Cli(quiet, quiet, RegistryFactory.getRegistry()).run(args);
	}

	private static Path batch(String format, String extension) {
		Path report = OUT.resolve("lab." + extension);
		int code = cli("batch", "--inventory", inventory.toString(), "--report", report.toString(), "--format", format,
				"--dns-server", Lab.DNS_SERVER, "--ca-file", lab.caFile().toString(), "--timeout-ms", "2000");
		assertEquals(ExitCodes.FINDINGS, code, "the lab has ERROR findings");
		return report;
	}

	private static int hosts() {
		return lab.endpoints().size() - 1; // lossy needs a longer deadline than a batch gives it here
	}

	@Test
	void jsonHoldsEveryHostWithItsCause() throws IOException {
		List<HostDiagnosis> all = new ArrayList<>();
		new JsonReportFile(batch("json", "json")).forEach(all::add);

		assertEquals(hosts(), all.size());
		HostDiagnosis skewed = all.stream().filter(h -> h.target().host().equals("skewed.lab.test")).findFirst()
				.orElseThrow();
		assertEquals("CLOCK_SKEW", skewed.findings().get(0).cause(), "the clock two days ahead leads the certificate"
				+ " not valid yet it causes, and every warning: " + skewed.findings());
		for (Lab.Endpoint e : lab.endpoints()) {
			all.stream().filter(h -> h.target().host().equals(e.dnsName())).findFirst().ifPresent(h -> assertTrue(
					h.findings().stream().anyMatch(f -> f.cause().equals(e.cause())), e.name() + ": " + h.findings()));
		}
	}

	private static String diagnose(String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
		new Cli(print, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				RegistryFactory.getRegistry()).run(new String[] { "diagnose", "skewed.lab.test", "--format", format,
						"--dns-server", Lab.DNS_SERVER, "--ca-file", lab.caFile().toString(), "--timeout-ms", "2000" });
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void theClockTwoDaysAheadIsTheFirstFindingOfTheTextAndTheTopCauseOfTheTable() {
		String text = diagnose("text");
		List<String> findings = text.lines().filter(l -> l.matches("  (ERROR|WARNING|INFO) +[A-Z_]+: .*")).toList();
		assertTrue(findings.get(0).matches("  WARNING +CLOCK_SKEW: .*"), text);
		assertTrue(findings.stream().anyMatch(l -> l.matches("  ERROR +CERT_NOT_YET_VALID: .*")), text);

		String table = diagnose("table");
		String row = table.lines().filter(l -> l.startsWith("skewed.lab.test")).findFirst().orElseThrow();
		assertTrue(row.matches("skewed\\.lab\\.test:3389 +10\\.213\\.7\\.26 +FAILING +CLOCK_SKEW .*"), table);
	}

	@Test
	void csvHasAHeaderAndOneRowPerHost() throws IOException {
		List<String> lines = Files.readAllLines(batch("csv", "csv"));
		assertEquals(CsvFormat.HEADER, lines.get(0));
		assertEquals(hosts(), lines.size() - 1);
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("expired.lab.test:3389,10.213.7.11,Lab/failing,FAILING,"
				+ "CERT_EXPIRED,ERROR")), lines.toString());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("skewed.lab.test:3389,10.213.7.26,Lab/failing,FAILING,"
				+ "CLOCK_SKEW,")), "the skewed clock is the top cause: " + lines);
	}

	@Test
	void junitXmlReadsBackInARealJunitParser() throws IOException {
		Path xml = batch("junit", "xml");
		String script = "from junitparser import JUnitXml\n"
				+ "x = JUnitXml.fromfile('" + xml.toAbsolutePath() + "')\n"
				+ "cases = [c for s in ([x] if x._tag == 'testsuite' else x) for c in s]\n"
				+ "print(len(cases), sum(1 for c in cases if not c.is_passed))\n";
		Command parsed = Command.run(List.of("/usr/bin/python3", "-c", script), Duration.ofSeconds(60), Map.of());
		assertEquals(0, parsed.exitCode(), parsed.output());
		assertEquals(hosts() + " " + failingOrUnreachable, parsed.output().trim());
	}

	@Test
	void htmlOpensInHeadlessChromium() throws IOException {
		Path html = batch("html", "html").toAbsolutePath();
		List<String> chromium = List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + Files.createTempDirectory("chromium"), "--window-size=1280,1800");
		List<String> shot = new ArrayList<>(chromium);
		shot.add("--screenshot=" + OUT.toAbsolutePath().resolve("lab-report.png"));
		shot.add(html.toUri().toString());
		Command screenshot = Command.run(shot, Duration.ofSeconds(90), Map.of());
		assertTrue(Files.size(OUT.resolve("lab-report.png")) > 20_000, screenshot.output());

		List<String> dump = new ArrayList<>(chromium);
		dump.add("--dump-dom");
		dump.add(html.toUri().toString());
		Command dom = Command.run(dump, Duration.ofSeconds(90), Map.of());
		String tbody = dom.output().substring(dom.output().indexOf("<tbody>"), dom.output().indexOf("</tbody>"));
		assertEquals(hosts(), tbody.split("<tr>", -1).length - 1, "one table row per host after the scripts ran");
		String skewedRow = tbody.substring(tbody.indexOf("skewed.lab.test"));
		skewedRow = skewedRow.substring(0, skewedRow.indexOf("</tr>"));
		assertTrue(skewedRow.contains("<td>CLOCK_SKEW</td>"), "the top cause column: " + skewedRow);
		assertTrue(dom.output().contains(HostStatus.UNREACHABLE.getLiteral()));
	}
}
