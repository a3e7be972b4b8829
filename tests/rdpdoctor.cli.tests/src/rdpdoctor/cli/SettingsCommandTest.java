package rdpdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.eclipse.core.runtime.ContributorFactorySimple;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
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

	@Test
	void pluginSettingsAreCheckedAsTheirPluginDeclaresThem() throws IOException {
		Files.writeString(file, "com.example.gw.waitMs = 70000\ncom.example.gw.host = file.example\n"
				+ "com.example.nobody.x = 1\nssh.usr = typo\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		Object token = new Object();
		IExtensionRegistry registry = RegistryFactory.createRegistry(null, token, null);
		try {
			IContributor core = ContributorFactorySimple.createContributor("rdpdoctor.core");
			String xml = """
					<plugin>
					  <extension-point id="settings" name="settings"/>
					  <extension point="rdpdoctor.core.settings">
					    <setting key="com.example.gw.waitMs" type="number" min="1" max="60000" default="2000"
					             description="how long to wait"/>
					    <setting key="com.example.gw.host" label="Gateway"/>
					  </extension>
					</plugin>""";
			assertTrue(registry.addContribution(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), core,
					false, "settings", null, token));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ByteArrayOutputStream err = new ByteArrayOutputStream();
			Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
					StandardCharsets.UTF_8), registry);
			assertEquals(ExitCodes.OK, cli.run(new String[] { "settings", "--format", "json", "--set", "com.example.gw.host=cli" }));
			JsonObject json = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
			assertEquals("2000", setting(json, "com.example.gw.waitMs").get("value").getAsString(), "its default");
			assertEquals("default", setting(json, "com.example.gw.waitMs").get("source").getAsString());
			assertEquals("cli", setting(json, "com.example.gw.host").get("value").getAsString(), "--set wins");
			assertEquals("option", setting(json, "com.example.gw.host").get("source").getAsString());
			assertEquals("rdpdoctor.core", setting(json, "com.example.gw.host").get("plugin").getAsString());
			String problems = json.getAsJsonArray("problems").toString();
			assertTrue(problems.contains(file + ":5: com.example.gw.waitMs 70000 must be from 1 to 60000"), problems);
			assertTrue(problems.contains(file + ":7: com.example.nobody.x: no installed plug-in declares"), problems);
			assertTrue(problems.contains(file + ":8: unknown key 'ssh.usr'"), "a typo of an own key: " + problems);

			out.reset();
			assertEquals(ExitCodes.USAGE, cli.run(new String[] { "settings", "--set", "com.example.gw.waitMs=soon" }));
			assertTrue(err.toString(StandardCharsets.UTF_8).contains("com.example.gw.waitMs 'soon' must be a whole"
					+ " number from 1 to 60000"), err.toString(StandardCharsets.UTF_8));
			assertEquals(ExitCodes.USAGE, cli.run(new String[] { "settings", "--set", "com.example.nobody.y=1" }));
			assertTrue(err.toString(StandardCharsets.UTF_8).contains("com.example.nobody.y: no installed plug-in "
					+ "declares this setting (declared: com.example.gw.waitMs, com.example.gw.host)"),
					err.toString(StandardCharsets.UTF_8));
		} finally {
			registry.stop(token);
		}
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
