package rdpdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.example.RestartSesman;

import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.Target;
import rdpdoctor.model.HostStatus;
import rdpdoctor.remediation.Plan;
import rdpdoctor.remediation.RemediationHost;
import rdpdoctor.remediation.RemediationRefused;
import rdpdoctor.remediation.Snapshot;
import rdpdoctor.ssh.host.HostSystem;

/**
 * docs/extending.md's code samples are the files of this repository they name (so the build compiles them and the
 * tests beside them run them): every fenced java and xml block follows a {@code <!-- sample: PATH -->} line and is
 * that file's text (for a schema, its example), whitespace aside. The guide's remediation sample writes its plan.
 */
class ExtensionGuideTest {

	private static final Path ROOT = Path.of("../..");
	private static final Pattern BLOCK = Pattern.compile("(?:<!-- sample: (\\S+) -->\\n)?```(java|xml)\\n(.*?)\\n```",
			Pattern.DOTALL);

	@Test
	void everySampleIsTheFileItNames() throws IOException {
		String guide = Files.readString(ROOT.resolve("docs/extending.md"), StandardCharsets.UTF_8);
		Matcher block = BLOCK.matcher(guide);
		List<String> checked = new ArrayList<>();
		while (block.find()) {
			assertTrue(block.group(1) != null, "a " + block.group(2) + " sample without its source: " + block.group(3));
			String source = Files.readString(ROOT.resolve(block.group(1)), StandardCharsets.UTF_8);
			if (block.group(1).endsWith(".exsd")) {
				source = source.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
			}
			assertTrue(flat(source).contains(flat(block.group(3))), "docs/extending.md's sample is not "
					+ block.group(1) + " as it is now:\n" + block.group(3));
			checked.add(block.group(1));
		}
		assertEquals(15, checked.size(), "a contribution and a class for each of the six extension points, and for a"
				+ " host probe, and a declared setting: " + checked);
	}

	@Test
	void theGuidesRemediationWritesItsPlanAndRefusesWindows() throws RemediationRefused {
		HostDiagnosis diagnosis = new HostDiagnosis(new Target("ts01.example", 3389), "", HostStatus.FAILING,
				List.of(), List.of(), Instant.now(), Instant.now());
		RestartSesman remediation = new RestartSesman();

		Plan plan = remediation.plan(new RemediationHost(diagnosis.target(), "SESMAN_STOPPED", HostSystem.LINUX, diagnosis));

		assertEquals("com.example.restart-sesman", plan.remediation());
		assertTrue(plan.apply().contains("systemctl start xrdp-sesman") && plan.apply().endsWith("exit 0\n"));
		assertEquals("pkill -x xrdp-sesman; exit 0\n", remediation.rollback(plan, Snapshot.parse(
				"value\trunning\tbm8=\n")), "stopped again when it was stopped (bm8= is \"no\")");
		assertEquals("exit 0\n", remediation.rollback(plan, Snapshot.parse("value\trunning\teWVz\n")));
		assertThrows(RemediationRefused.class, () -> remediation.plan(new RemediationHost(diagnosis.target(),
				"SESMAN_STOPPED", HostSystem.WINDOWS, diagnosis)));
	}

	private static String flat(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}
}
