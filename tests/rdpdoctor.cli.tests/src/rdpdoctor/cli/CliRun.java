package rdpdoctor.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.RegistryFactory;

/** Runs the command line in-process against the platform's registry, keeping what it printed. */
final class CliRun {

	final ByteArrayOutputStream out = new ByteArrayOutputStream();
	final ByteArrayOutputStream err = new ByteArrayOutputStream();
	/** The exit code, when a test keeps it here. */
	int code;

	/** @return the exit code of {@code rdpdoctor ARGS...} */
	int run(String... args) {
		return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
				StandardCharsets.UTF_8), RegistryFactory.getRegistry()).run(args);
	}
}
