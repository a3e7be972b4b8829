package rdpdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import rdpdoctor.tests.harness.FreePorts;

/** The command line's own parts: help per command, version, suggestions, short options, completion. */
class CommandLineTest {

	private final CliRun cli = new CliRun();
	private final ByteArrayOutputStream out = cli.out;
	private final ByteArrayOutputStream err = cli.err;

	private int run(String... args) {
		return cli.run(args);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void versionComesFromTheBundle() {
		assertEquals(ExitCodes.OK, run("--version"));
		assertTrue(out().matches("rdpdoctor \\d+\\.\\d+\\.\\d+\\S*\\R"), out());
		out.reset();
		assertEquals(ExitCodes.OK, run("-V"));
		assertTrue(out().startsWith("rdpdoctor 0."), out());
	}

	@Test
	void everyCommandHasItsHelpWithEveryOptionAndTheExitCodes() {
		assertEquals(ExitCodes.OK, run("batch", "--help"));
		for (String option : new String[] { "--inventory", "--report", "--format", "--shard", "--checkpoint",
				"--concurrency", "--timeout-ms", "--dns-server", "--ca-file", "--depth", "Exit codes:" }) {
			assertTrue(out().contains(option), option + " in " + out());
		}
		out.reset();
		assertEquals(ExitCodes.OK, run("diagnose", "-h"));
		assertTrue(out().contains("TARGET") && out().contains("-f, --format"), out());
		out.reset();
		assertEquals(ExitCodes.OK, run("--help"));
		for (String command : new String[] { "diagnose", "batch", "merge", "import", "export", "explain",
				"completion" }) {
			assertTrue(out().contains(command), command + " in " + out());
		}
	}

	@Test
	void helpCommandPrintsThatCommandsHelpWithItsOwnExitCodes() {
		assertEquals(ExitCodes.OK, run("help", "events"));
		String events = out();
		assertTrue(events.contains("Usage: rdpdoctor events") && events.contains("--since"), events);
		assertTrue(events.contains("1 some damage or a host not read"), events);
		assertTrue(!events.contains("ERROR finding"), "events has no findings: " + events);
		out.reset();
		assertEquals(ExitCodes.OK, run("events", "--help"));
		assertEquals(events, out(), "help events is events --help");
		out.reset();
		assertEquals(ExitCodes.OK, run("help", "batch"));
		assertTrue(out().contains("130 (SIGINT), 143 (SIGTERM)"), out());
		out.reset();
		assertEquals(ExitCodes.OK, run("help", "import"));
		assertTrue(out().contains("0 imported") && !out().contains("ERROR finding"), out());
		out.reset();
		assertEquals(ExitCodes.OK, run("help"));
		assertTrue(out().contains("rdpdoctor help COMMAND"), out());
		assertEquals(ExitCodes.USAGE, run("help", "diagnos"));
		assertTrue(err().contains("rdpdoctor help: unknown command 'diagnos'; the commands: diagnose, batch"), err());
	}

	@Test
	void aStoppedBatchExitsWith128PlusTheSignalsNumber() throws Exception {
		Class<?> signal = Class.forName("sun.misc.Signal"); // what the JDK hands the batch's handler
		assertEquals(15, Interrupts.number(signal.getConstructor(String.class).newInstance("TERM")));
		assertEquals(2, Interrupts.number(signal.getConstructor(String.class).newInstance("INT")));
		assertEquals(Interrupts.SIGINT, Interrupts.number("not a signal"));
	}

	@Test
	void aMistypedOptionOrCommandGetsASuggestionAndExitCode2() {
		assertEquals(ExitCodes.USAGE, run("diagnose", "h", "--concurency", "4"));
		assertTrue(err().contains("rdpdoctor diagnose: unknown option '--concurency'; did you mean --concurrency?"),
				err());
		assertEquals(ExitCodes.USAGE, run("diagnos", "h"));
		assertTrue(err().contains("unknown command 'diagnos'") && err().contains("diagnose"), err());
		assertEquals(ExitCodes.USAGE, run("import", "x.csv", "--to"));
		assertTrue(err().contains("option --to needs a value"), err());
	}

	@Test
	void valuesAreCheckedWithMessagesNamingTheOption() {
		assertEquals(ExitCodes.USAGE, run("batch", "--inventory", "i.rdpdoctor", "--report", "r.json",
				"--concurrency", "0"));
		assertTrue(err().contains("rdpdoctor batch: --concurrency '0' must be a whole number from 1 to 4096"), err());
	}

	@Test
	void shortOptionsAndEqualsSignsWork() {
		int port = FreePorts.closedTcpPort();
		assertEquals(ExitCodes.FINDINGS, run("diagnose", "127.0.0.1:" + port, "-f", "json", "-t", "500"));
		assertTrue(out().contains("\"PORT_CLOSED\""), out());
		out.reset();
		assertEquals(ExitCodes.FINDINGS, run("diagnose", "127.0.0.1:" + port, "--format=table"));
		assertTrue(out().startsWith("TARGET"), out());
	}

	@Test
	void bashCompletionKnowsTheCommandsAndOptions() {
		assertEquals(ExitCodes.OK, run("completion"));
		String script = out();
		assertTrue(script.contains("complete -F"), "a bash completion function");
		for (String word : new String[] { "diagnose", "batch", "--inventory", "--concurrency", "--depth" }) {
			assertTrue(script.contains(word), word);
		}
	}

	/** docs/man holds the pages the command line makes now: releng/bin/man-pages.sh writes them after a change. */
	@Test
	void theManualPagesInDocsAreTheCommandLines() throws java.io.IOException {
		java.nio.file.Path dir = java.nio.file.Path.of("../../docs/man");
		java.util.Map<String, String> pages = ManPages.all();
		assertEquals(CommandLines.root().getSubcommands().size() + 1, pages.size(), pages.keySet().toString());
		for (java.util.Map.Entry<String, String> page : pages.entrySet()) {
			assertEquals(page.getValue(), java.nio.file.Files.readString(dir.resolve(page.getKey())),
					"docs/man/" + page.getKey() + " is stale: run releng/bin/man-pages.sh");
		}
		try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
			assertEquals(pages.keySet(), files.map(f -> f.getFileName().toString())
					.collect(java.util.stream.Collectors.toSet()), "docs/man holds a page of no command");
		}
		String diagnose = pages.get("rdpdoctor-diagnose.1");
		assertTrue(diagnose.contains(".SH EXIT STATUS\nExit codes: 0 no ERROR finding"), diagnose);
		assertTrue(diagnose.contains("\\fB\\-\\-targets\\-file\\fR"), "option names in bold, hyphens escaped");
		assertTrue(!pages.get("rdpdoctor-help.1").contains("man\\-pages"), "the build's hidden option stays hidden");
	}

	@Test
	void manualPageTextCannotStartARequestOrAnEscape() {
		assertEquals("\\&.SH x\n\\&'br\na\\e\\-b", ManPages.escape(".SH x\n'br\na\\-b"));
	}

	@Test
	void outputFormatIsOneOptionForEveryCommandAndMustAgreeWithFormat() {
		assertEquals(ExitCodes.OK, run("explain", "0x904", "--output-format", "json"));
		assertTrue(out().startsWith("{\"codes\":[{\"table\":\"mstsc\""), out());
		assertEquals(ExitCodes.USAGE, run("explain", "0x904", "--format", "json", "--output-format", "text"));
		assertTrue(err().contains("disagree"), err());
		assertEquals(ExitCodes.USAGE, run("explain", "0x904", "-q", "-v"));
		Options importing = new Options(CommandLines.root().parseArgs("import", "a.csv", "--to", "b", "--format", "csv")
				.subcommand());
		assertDoesNotThrow(() -> assertEquals("text", importing.output(false, Options.TEXT_OR_JSON)),
				"import's --format names its input, not its output");
		assertEquals(ExitCodes.USAGE, run("completion", "fish"));
		out.reset();
		assertEquals(ExitCodes.OK, run("completion", "zsh"));
		assertTrue(out().contains("bashcompinit") && out().contains("CERT_EXPIRED"), "zsh set-up and cause ids");
	}
}
