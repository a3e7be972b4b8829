package rdpdoctor.tests.harness;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Tests that need root (firewall rules, namespaces) run in CI (CI=true), where missing root is a failure;
 * elsewhere without root they are skipped with a loud message.
 */
public final class Root {

	private Root() {
	}

	/** @return whether this process runs as root */
	public static boolean isRoot() {
		try {
			Process p = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
			boolean done = p.waitFor(5, TimeUnit.SECONDS);
			return done && new String(p.getInputStream().readAllBytes()).trim().equals("0");
		} catch (IOException e) {
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * Skips the calling test (loudly) when root or the tool is missing outside CI; fails in CI.
	 *
	 * @param tool an executable the test needs, e.g. /usr/sbin/iptables
	 */
	public static void require(String tool) {
		boolean ok = isRoot() && Files.isExecutable(Path.of(tool));
		if (!ok && "true".equals(System.getenv("CI"))) {
			throw new AssertionError("CI=true but this test cannot run: needs root and " + tool);
		}
		if (!ok) {
			System.err.println("!!!! SKIPPED: this test needs root and " + tool + " (runs in CI) !!!!");
		}
		assumeTrue(ok, "needs root and " + tool);
	}
}
