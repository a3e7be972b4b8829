package rdpdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

import rdpdoctor.core.Target;
import rdpdoctor.tests.harness.FreePorts;

/** Targets from the arguments, a file (-iL) and standard input (-), as nmap takes them; through the command too. */
class TargetArgumentsTest {

	@TempDir
	Path dir;

	private static InputStream stdin(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	private static List<String> names(List<Target> targets) {
		return targets.stream().map(Target::toString).toList();
	}

	@Test
	void argumentsFileAndStandardInputWithCommentsAndSeveralTargetsALine() throws Exception {
		Path file = Files.writeString(dir.resolve("targets.txt"), "# the lab\n10.0.0.1-2  ts01.example:3390\n\n"
				+ "10.0.1.0/31 # two\n");
		List<Target> targets = TargetArguments.read(List.of("a.example", "-"), file.toString(), stdin(
				"b.example\n# nothing\n"));
		assertEquals(List.of("a.example:3389", "b.example:3389", "10.0.0.1:3389", "10.0.0.2:3389",
				"ts01.example:3390", "10.0.1.0:3389", "10.0.1.1:3389"), names(targets));
	}

	@Test
	void aBadTargetIsNamedWithItsFileAndLine() throws Exception {
		Path file = Files.writeString(dir.resolve("bad.txt"), "10.0.0.1\n10.0.0.0/40\n");
		UsageException bad = assertThrows(UsageException.class, () -> TargetArguments.read(List.of(),
				file.toString(), stdin("")));
		assertTrue(bad.getMessage().startsWith(file + ":2: '10.0.0.0/40'"), bad.getMessage());
		UsageException missing = assertThrows(UsageException.class, () -> TargetArguments.read(List.of(),
				dir.resolve("none.txt").toString(), stdin("")));
		assertTrue(missing.getMessage().contains("cannot read the targets file"), missing.getMessage());
	}

	@Test
	void aRangeOfLoopbackAddressesIsDiagnosedHostByHost() {
		int port = FreePorts.closedTcpPort();
		CliRun cli = new CliRun();
		assertEquals(ExitCodes.FINDINGS, cli.run("diagnose", "127.0.0.1-3:" + port, "--format", "json",
				"--timeout-ms", "1000"));
		var hosts = JsonParser.parseString(cli.out.toString(StandardCharsets.UTF_8)).getAsJsonObject()
				.getAsJsonArray("hosts");
		assertEquals(3, hosts.size());
		for (int i = 0; i < 3; i++) {
			assertEquals("PORT_CLOSED", hosts.get(i).getAsJsonObject().getAsJsonArray("findings").get(0)
					.getAsJsonObject().get("cause").getAsString(), hosts.get(i).toString());
		}
		CliRun wrong = new CliRun();
		assertEquals(ExitCodes.USAGE, wrong.run("diagnose", "10.0.0.0/8"));
		assertTrue(wrong.err.toString(StandardCharsets.UTF_8).contains("at most 65536"), wrong.err.toString(
				StandardCharsets.UTF_8));
	}
}
