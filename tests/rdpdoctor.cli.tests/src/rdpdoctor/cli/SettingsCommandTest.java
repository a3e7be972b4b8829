package rdpdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import rdpdoctor.core.settings.SettingsFile;
import rdpdoctor.tests.harness.FreePorts;

/** The settings file as every command reads it: defaults of the options, a flag wins, a bad line named and left out. */
class SettingsCommandTest {

	@TempDir
	Path dir;
	private Path file;
	private String before;

	@BeforeEach
	void ownSettingsFile() throws IOException {
		file = dir.resolve("settings.properties");
		Files.writeString(file, "# test\ntimeoutMs = 1500\nconcurrency = many\ndepth = quick\n",
				StandardCharsets.UTF_8);
		before = System.getProperty(SettingsFile.PROPERTY);
		System.setProperty(SettingsFile.PROPERTY, file.toString());
	}

	@AfterEach
	void restore() {
		System.setProperty(SettingsFile.PROPERTY, before == null ? "none" : before);
	}

	@Test
	void settingsTellsEachValueAndWhereItComesFrom() {
		CliRun cli = new CliRun();
		assertEquals(ExitCodes.OK, cli.run("settings", "--format", "json", "--depth", "full"));
		JsonObject json = JsonParser.parseString(cli.out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
		assertEquals(file.toString(), json.get("file").getAsString());
		assertTrue(json.get("exists").getAsBoolean());
		JsonObject timeout = setting(json, "timeoutMs");
		assertEquals("1500", timeout.get("value").getAsString());
		assertEquals("file", timeout.get("source").getAsString());
		assertEquals(2, timeout.get("line").getAsInt());
		assertEquals("option", setting(json, "depth").get("source").getAsString(), "a flag wins over the file");
		assertEquals("default", setting(json, "concurrency").get("source").getAsString());
		assertEquals(1, json.getAsJsonArray("problems").size());
		assertTrue(json.getAsJsonArray("problems").get(0).getAsString().startsWith(file + ":3: concurrency:"));
	}

	@Test
	void everyDiagnosisReadsTheFileAndNamesABadLineWithoutFailing() {
		CliRun cli = new CliRun();
		int port = FreePorts.closedTcpPorts(1)[0];
		assertEquals(ExitCodes.FINDINGS, cli.run("diagnose", "127.0.0.1:" + port));
		String err = cli.err.toString(StandardCharsets.UTF_8);
		assertTrue(err.contains("rdpdoctor: warning: " + file + ":3: concurrency: --concurrency 'many' must be"), err);
		CliRun quiet = new CliRun();
		assertEquals(ExitCodes.FINDINGS, quiet.run("diagnose", "-q", "127.0.0.1:" + port));
		assertEquals("", quiet.err.toString(StandardCharsets.UTF_8), "-q: no warnings");
		assertTrue(!quiet.out.toString(StandardCharsets.UTF_8).contains("Evidence:"), "-q: no evidence");
		assertTrue(cli.out.toString(StandardCharsets.UTF_8).contains("Evidence:"));
	}

	private static JsonObject setting(JsonObject json, String key) {
		for (var element : json.getAsJsonArray("settings")) {
			if (element.getAsJsonObject().get("key").getAsString().equals(key)) {
				return element.getAsJsonObject();
			}
		}
		throw new AssertionError(key + " not listed");
	}
}
