package rdpdoctor.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings file: where it lives, what it reads (and leaves out, naming the line), how it is rewritten. */
class SettingsFileTest {

	@TempDir
	Path dir;

	@Test
	void itLivesInXdgConfigHomeElseDotConfigAndInAppDataOnWindows() {
		assertEquals(Optional.of(Path.of("/x/rdpdoctor/settings.properties")),
				SettingsFile.location(Map.of("XDG_CONFIG_HOME", "/x"), "Linux", "/home/u"));
		assertEquals(Optional.of(Path.of("/home/u/.config/rdpdoctor/settings.properties")),
				SettingsFile.location(Map.of("XDG_CONFIG_HOME", "relative"), "Linux", "/home/u"),
				"a relative XDG_CONFIG_HOME is ignored, as the XDG spec says");
		assertEquals(Optional.of(Path.of("/home/u/.config/rdpdoctor/settings.properties")),
				SettingsFile.location(Map.of(), "Mac OS X", "/home/u"));
		assertEquals(Optional.of(Path.of("C:\\Users\\u\\AppData\\Roaming", "rdpdoctor", "settings.properties")),
				SettingsFile.location(Map.of("APPDATA", "C:\\Users\\u\\AppData\\Roaming"), "Windows 11", "C:\\Users\\u"));
		assertEquals(Optional.empty(), SettingsFile.location(Map.of(), "Linux", ""));
	}

	@Test
	void valuesThatCheckAreReadAndEveryOtherLineIsNamedWithItsLineAndLeftOut() throws IOException {
		Path known = Files.createFile(dir.resolve("known"));
		Path file = write("\uFEFF# settings\r\n"
				+ "timeoutMs = 2500\r\n"
				+ "  dnsServer: 127.0.0.53:5353  \r\n"
				+ "! a comment as java.util.Properties has them\n"
				+ "concurrency = 0\n" // out of range
				+ "no separator here\n"
				+ "tls.caFile = /nonexistent/ca.pem\n"
				+ "unknown.key = 1\n"
				+ "timeoutMs = 4000\n" // again
				+ "ssh.knownHosts = known\n" // beside the file
				+ "ssh.user = admin\\\n"
				+ "depth = quick\n");
		SettingsFile.Contents contents = SettingsFile.read(file);
		assertEquals(Optional.of("2500"), contents.get(DiagnosisSetting.TIMEOUT_MS));
		assertEquals(2, contents.values().get(DiagnosisSetting.TIMEOUT_MS).line());
		assertEquals(Optional.of("127.0.0.53:5353"), contents.get(DiagnosisSetting.DNS_SERVER));
		assertEquals(Optional.of(known.toString()), contents.get(DiagnosisSetting.SSH_KNOWN_HOSTS));
		assertEquals(Optional.of("quick"), contents.get(DiagnosisSetting.DEPTH));
		assertEquals(Optional.empty(), contents.get(DiagnosisSetting.CONCURRENCY));
		assertEquals(Optional.empty(), contents.get(DiagnosisSetting.SSH_USER));
		List<String> problems = contents.problems();
		assertEquals(6, problems.size(), problems.toString());
		assertTrue(problems.get(0).startsWith(file + ":5: concurrency: --concurrency '0' must be a whole number from 1"),
				problems.get(0));
		assertTrue(problems.get(1).startsWith(file + ":6: 'no separator here' is not key = value"), problems.get(1));
		assertTrue(problems.get(2).startsWith(file + ":7: tls.caFile: "), problems.get(2));
		assertTrue(problems.get(3).startsWith(file + ":8: unknown key 'unknown.key'"), problems.get(3));
		assertTrue(problems.get(4).startsWith(file + ":9: timeoutMs is set again (line 2 holds it)"), problems.get(4));
		assertTrue(problems.get(5).startsWith(file + ":11: ssh.user: a value continued"), problems.get(5));
		problems.forEach(p -> assertTrue(p.endsWith("; ignored"), p));
	}

	@Test
	void aPluginsQualifiedKeyIsKeptForItsDeclarationAndWrittenAsItChecks() throws IOException {
		Path file = write("# mine\ncom.example.gw.waitMs = 500\ncom.example.gw.waitMs = 600\ntimeoutMs = 2500\n");
		SettingsFile.Contents contents = SettingsFile.read(file);
		assertEquals("500", contents.plugins().get("com.example.gw.waitMs").value());
		assertEquals(2, contents.plugins().get("com.example.gw.waitMs").line());
		assertEquals(List.of(file + ":3: com.example.gw.waitMs is set again (line 2 holds it); ignored"),
				contents.problems());

		PluginSetting wait = new PluginSetting("com.example.gw.waitMs", PluginSetting.Type.NUMBER, "Wait", "wait",
				"2000", 1, 60_000, "com.example.gw");
		PluginSetting verbose = new PluginSetting("com.example.gw.verbose", PluginSetting.Type.FLAG, "Verbose", "",
				"", 0, 0, "com.example.gw");
		Map<PluginSetting, String> changes = new java.util.LinkedHashMap<>();
		changes.put(wait, "2000"); // its default: the lines go
		changes.put(verbose, "TRUE");
		SettingsFile.writePluginSettings(file, changes);
		assertEquals("# mine\ntimeoutMs = 2500\ncom.example.gw.verbose = true\n", Files.readString(file,
				StandardCharsets.UTF_8));
		assertThrows(IllegalArgumentException.class, () -> SettingsFile.writePluginSettings(file, Map.of(wait,
				"70000")));
		assertEquals("# mine\ntimeoutMs = 2500\ncom.example.gw.verbose = true\n", Files.readString(file,
				StandardCharsets.UTF_8), "a value that does not check is not written");
	}

	@Test
	void aMissingFileSaysNothingAndAnUnreadableOneIsOneProblem() throws IOException {
		assertEquals(List.of(), SettingsFile.read(dir.resolve("absent.properties")).problems());
		Files.write(dir.resolve("latin1.properties"), new byte[] { 'a', '=', (byte) 0xE9, '\n' });
		List<String> problems = SettingsFile.read(dir.resolve("latin1.properties")).problems();
		assertEquals(1, problems.size());
		assertTrue(problems.get(0).contains("not UTF-8"), problems.get(0));
		Files.createSymbolicLink(dir.resolve("link.properties"), dir.resolve("latin1.properties"));
		assertTrue(SettingsFile.read(dir.resolve("link.properties")).problems().get(0).contains("link"));
	}

	@Test
	void writingKeepsTheOtherLinesReplacesRemovesAndAppends() throws IOException {
		Path file = write("# mine\ntimeoutMs = 2500\nunknown.key = kept\ndnsServer = 127.0.0.53\n");
		Map<DiagnosisSetting, String> changes = new EnumMap<>(DiagnosisSetting.class);
		changes.put(DiagnosisSetting.TIMEOUT_MS, "4000");
		changes.put(DiagnosisSetting.DNS_SERVER, ""); // back to the default: the line goes
		changes.put(DiagnosisSetting.SSH_USER, "admin");
		changes.put(DiagnosisSetting.CERT_WARN_DAYS, String.valueOf(DiagnosisSetting.CERT_WARN_DAYS.defaultNumber()));
		SettingsFile.write(file, changes);
		assertEquals("# mine\ntimeoutMs = 4000\nunknown.key = kept\nssh.user = admin\n",
				Files.readString(file, StandardCharsets.UTF_8));
		SettingsFile.write(file, changes);
		assertEquals("# mine\ntimeoutMs = 4000\nunknown.key = kept\nssh.user = admin\n",
				Files.readString(file, StandardCharsets.UTF_8), "writing the same again changes nothing");
		try (var files = Files.list(dir)) {
			assertEquals(1, files.count(), "no temporary file left beside it");
		}
	}

	@Test
	void aNewFileIsCreatedWithItsFolderAndALinkIsNeverWrittenThrough() throws IOException {
		Path file = dir.resolve("config/rdpdoctor/settings.properties");
		SettingsFile.write(file, Map.of(DiagnosisSetting.DEPTH, "quick"));
		assertEquals(Optional.of("quick"), SettingsFile.read(file).get(DiagnosisSetting.DEPTH));
		assertTrue(Files.readString(file).startsWith("# RDP Doctor settings"));
		Path target = write("timeoutMs = 1\n");
		Path link = Files.createSymbolicLink(dir.resolve("link.properties"), target);
		assertThrows(IOException.class, () -> SettingsFile.write(link, Map.of(DiagnosisSetting.TIMEOUT_MS, "5")));
		assertEquals("timeoutMs = 1\n", Files.readString(target));
	}

	@Test
	void aHomeRelativeFileNameIsTheUsersHome() throws IOException {
		Path file = write("ssh.knownHosts = ~/.ssh/known_hosts_rdp\n");
		assertEquals(Optional.of(Path.of(System.getProperty("user.home"), ".ssh/known_hosts_rdp").toString()),
				SettingsFile.read(file).get(DiagnosisSetting.SSH_KNOWN_HOSTS));
	}

	private Path write(String text) throws IOException {
		Path file = dir.resolve("settings.properties");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}
}
