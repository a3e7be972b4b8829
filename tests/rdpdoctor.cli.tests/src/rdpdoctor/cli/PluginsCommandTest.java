package rdpdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rdpdoctor.core.DiagnosisSettings;

/**
 * {@code rdpdoctor plugins} and {@code --set} as the command line checks them. Installing into a product needs its p2
 * profile, which only an unpacked product archive has: releng/bin/plugins-install-test.sh installs, updates and
 * uninstalls there; here the test runtime, which has none, is refused with that said.
 */
class PluginsCommandTest {

	private final CliRun cli = new CliRun();

	private String err() {
		return cli.err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void mistakesAreUsageErrorsThatSayWhatIsMissing() {
		assertEquals(ExitCodes.USAGE, cli.run("plugins", "install", "com.example.feature"));
		assertTrue(err().contains("install needs --repository URL"), err());
		cli.err.reset();
		assertEquals(ExitCodes.USAGE, cli.run("plugins", "remove", "x"));
		assertTrue(err().contains("unknown action 'remove'"), err());
		cli.err.reset();
		assertEquals(ExitCodes.USAGE, cli.run("plugins", "uninstall", "--repository", "https://example.com/site", "x"));
		assertTrue(err().contains("uninstall takes no --repository"), err());
		cli.err.reset();
		assertEquals(ExitCodes.USAGE, cli.run("plugins", "list", "x"));
		assertTrue(err().contains("list takes no FEATURE_ID"), err());
	}

	@Test
	void aFolderThatIsNoUpdateSiteIsNamed(@TempDir Path folder) {
		assertEquals(ExitCodes.USAGE, cli.run("plugins", "list", "--repository", folder.toString()));
		assertTrue(err().contains(folder.toString()) && err().contains("without an update site"), err());
	}

	@Test
	void aRuntimeWithoutP2ProfileIsRefusedWithThatSaid() {
		assertEquals(ExitCodes.INTERNAL, cli.run("plugins", "list"));
		assertTrue(err().contains("no p2 profile"), err());
	}

	@Test
	void setPassesPluginSettingsAndRefusesOwnOnes() throws UsageException {
		DiagnosisSettings settings = DiagnoseCommand.withPluginSettings(DiagnosisSettings.defaults(),
				List.of("com.example.rdgateway.address=gw.example.com:8443", "com.example.empty="));
		assertEquals("gw.example.com:8443", settings.extra().get("com.example.rdgateway.address"));
		assertEquals("", settings.extra().get("com.example.empty"));
		assertTrue(assertThrows(UsageException.class, () -> DiagnoseCommand.withPluginSettings(
				DiagnosisSettings.defaults(), List.of("no-equals"))).getMessage().contains("must be KEY=VALUE"));
		assertTrue(assertThrows(UsageException.class, () -> DiagnoseCommand.withPluginSettings(
				DiagnosisSettings.defaults(), List.of("tls.caFile=/tmp/x"))).getMessage().contains("use --ca-file"));
		assertEquals(ExitCodes.USAGE, cli.run("diagnose", "--set", " =x", "127.0.0.1"));
		assertTrue(err().contains("must be KEY=VALUE"), err());
	}
}
