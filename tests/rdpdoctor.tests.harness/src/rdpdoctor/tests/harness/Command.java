package rdpdoctor.tests.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external program with a hard time limit and collects its output (stdout and stderr together).
 *
 * @param exitCode the exit code, or -1 when the time limit killed it
 * @param output   what it printed
 * @param millis   wall time
 */
public record Command(int exitCode, String output, long millis) {

	/** @return whether the time limit ended it */
	public boolean timedOut() {
		return exitCode == -1;
	}

	/**
	 * @param command  the program and its arguments
	 * @param limit    the time limit; the process is killed when it passes
	 * @param env      extra environment variables
	 * @return what happened
	 * @throws IOException when the program cannot be started
	 */
	public static Command run(List<String> command, Duration limit, Map<String, String> env) throws IOException {
		Path log = Files.createTempFile("rdpdoctor-cmd", ".log");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
			builder.environment().putAll(env);
			long start = System.nanoTime();
			Process process = builder.start();
			boolean done;
			try {
				done = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
				if (!done) {
					process.descendants().forEach(ProcessHandle::destroyForcibly);
					process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				process.destroyForcibly();
				done = false;
			}
			long millis = (System.nanoTime() - start) / 1_000_000;
			return new Command(done ? process.exitValue() : -1, Files.readString(log, StandardCharsets.UTF_8), millis);
		} finally {
			Files.deleteIfExists(log);
		}
	}
}
