package rdpdoctor.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import rdpdoctor.core.Target;
import rdpdoctor.core.TargetSpecs;

/**
 * The targets of a command as nmap takes them: the arguments ({@code -} for standard input), then a file
 * ({@code --targets-file FILE}, {@code -iL FILE}; {@code -} for standard input): one or more targets a line, blanks
 * and {@code #} comments ignored, each expanded by {@link TargetSpecs}. A bad target is named with its file and line.
 */
final class TargetArguments {

	private TargetArguments() {
	}

	/**
	 * @param arguments the positional arguments
	 * @param file      the --targets-file value, or null
	 * @param stdin     standard input, read for {@code -}
	 * @return the targets, at most {@link TargetSpecs#DEFAULT_LIMIT}
	 * @throws UsageException naming what is wrong and where
	 */
	static List<Target> read(List<String> arguments, String file, InputStream stdin) throws UsageException {
		List<Target> targets = new ArrayList<>();
		boolean stdinRead = false;
		for (String argument : arguments) {
			if (argument.equals("-")) {
				stdinRead = readLines(stdin, "standard input", targets, stdinRead);
			} else {
				add(argument, targets, null);
			}
		}
		if (file != null && file.equals("-")) {
			readLines(stdin, "standard input", targets, stdinRead);
		} else if (file != null) {
			try (InputStream in = Files.newInputStream(Path.of(file))) {
				readLines(in, file, targets, false);
			} catch (IOException e) {
				throw new UsageException("cannot read the targets file " + file + ": " + e.getMessage());
			}
		}
		return targets;
	}

	private static boolean readLines(InputStream in, String source, List<Target> targets, boolean alreadyRead)
			throws UsageException {
		if (alreadyRead) {
			return true; // standard input is read once
		}
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		try {
			int number = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				int hash = line.indexOf('#');
				String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
				for (String spec : text.isEmpty() ? new String[0] : text.split("\\s+")) {
					add(spec, targets, source + ":" + number);
				}
			}
		} catch (IOException e) {
			throw new UsageException("cannot read targets from " + source + ": " + e.getMessage());
		}
		return true;
	}

	private static void add(String spec, List<Target> targets, String where) throws UsageException {
		int room = TargetSpecs.DEFAULT_LIMIT - targets.size();
		try {
			targets.addAll(TargetSpecs.expand(spec, Target.DEFAULT_RDP_PORT, Math.max(room, 0)));
		} catch (IllegalArgumentException e) {
			String message = room <= 0 || e.getMessage().contains("at most")
					? e.getMessage() + (targets.isEmpty() ? "" : " (" + targets.size() + " targets before it)")
					: e.getMessage();
			throw new UsageException((where == null ? "" : where + ": ") + message);
		}
	}
}
