package rdpdoctor.tests.harness;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real files written by others, kept beside the repository in {@code ../shared/data} (never committed; its README
 * names each file's public source). CI has them, so a missing folder fails there; elsewhere it skips loudly.
 */
public final class SharedData {

	private SharedData() {
	}

	/**
	 * @param folder a folder of shared/data, e.g. {@code evtx}
	 * @return its files, sorted by name
	 * @throws IOException when the folder cannot be listed
	 */
	public static List<Path> files(String folder) throws IOException {
		Path root = Path.of(System.getenv().getOrDefault("RDPDOCTOR_REPO_ROOT", "../.."));
		Path dir = root.resolve("../shared/data").resolve(folder).toAbsolutePath().normalize();
		boolean present = Files.isDirectory(dir);
		if (!present && "true".equals(System.getenv("CI"))) {
			throw new AssertionError("CI=true but the shared data " + dir + " is missing");
		}
		if (!present) {
			System.err.println("!!!! SKIPPED: no shared data at " + dir + " (CI has it) !!!!");
		}
		assumeTrue(present, "needs " + dir);
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
	}
}
