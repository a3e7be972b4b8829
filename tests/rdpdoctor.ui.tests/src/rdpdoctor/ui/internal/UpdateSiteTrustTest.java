package rdpdoctor.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.net.ssl.HttpsURLConnection;

import org.eclipse.jface.preference.IPreferenceStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rdpdoctor.core.settings.DiagnosisSetting;
import rdpdoctor.plugins.SiteTrust;
import rdpdoctor.tests.harness.Command;
import rdpdoctor.tests.harness.FreePorts;

/**
 * Help > Install New Software... reads HTTPS update sites with the JDK's CAs plus the CA file of the Diagnosis
 * preferences: a site of a team's own CA (nginx on loopback, releng/lab/nginx-site.sh) is refused until the
 * preference names that CA, and read from the moment it does, without a restart.
 */
class UpdateSiteTrustTest {

	@TempDir
	Path dir;
	private final IPreferenceStore store = DiagnosisPreferences.store();

	@AfterEach
	void stop() throws IOException {
		store.setToDefault(DiagnosisSetting.CA_FILE.key());
		try (var pids = Files.walk(dir.resolve("https"))) {
			for (Path pid : pids.filter(p -> p.getFileName().toString().equals("nginx.pid")).toList()) {
				Command.run(List.of("kill", Files.readString(pid).strip()), Duration.ofSeconds(5), Map.of());
			}
		}
	}

	@Test
	void aSiteOfTheTeamsCaIsReadOnceThePreferenceNamesThatCa() throws Exception {
		Path site = Files.createDirectories(dir.resolve("site"));
		Files.writeString(site.resolve("content.xml"), "<repository/>\n");
		int port = FreePorts.closedTcpPorts(1)[0];
		Path script = Path.of(System.getenv().getOrDefault("RDPDOCTOR_REPO_ROOT", "../.."))
				.resolve("releng/lab/nginx-site.sh").toAbsolutePath().normalize();
		Command nginx = Command.run(List.of(script.toString(), dir.resolve("https").toString(), "127.0.0.1",
				String.valueOf(port), site.toString()), Duration.ofSeconds(30), Map.of());
		assertEquals(0, nginx.exitCode(), nginx.output());
		URI uri = URI.create("https://127.0.0.1:" + port + "/content.xml");

		UpdateSiteTrust.follow();
		assertTrue(waitFor(() -> status(uri) == -1), "refused without the team's CA");
		assertTrue(SiteTrust.refusal(uri).orElse("").contains("CN=update site " + port), SiteTrust.refusal(uri)
				.toString());

		store.setValue(DiagnosisSetting.CA_FILE.key(), dir.resolve("https/ca.pem").toString());
		assertTrue(waitFor(() -> status(uri) == 200), "read once the preference names the CA");

		store.setToDefault(DiagnosisSetting.CA_FILE.key());
		assertTrue(waitFor(() -> status(uri) == -1), "refused again when the preference is cleared");
	}

	/** The HTTP status, or -1 when the TLS handshake failed. */
	private static int status(URI uri) {
		try {
			HttpsURLConnection connection = (HttpsURLConnection) uri.toURL().openConnection();
			connection.setConnectTimeout(3000);
			connection.setReadTimeout(3000);
			try {
				return connection.getResponseCode();
			} finally {
				connection.disconnect();
			}
		} catch (javax.net.ssl.SSLException e) {
			return -1;
		} catch (IOException e) {
			return -2;
		}
	}

	/** Polls for at most 10 s: the preference is applied off the UI thread. */
	private static boolean waitFor(java.util.function.BooleanSupplier done) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			if (done.getAsBoolean()) {
				return true;
			}
			Thread.sleep(100);
		}
		return false;
	}
}
