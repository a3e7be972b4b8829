package rdpdoctor.tests.harness;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Lab scripts (releng/lab) that bring something up and print what they brought up as KEY=VALUE lines. */
final class LabScripts {

	private LabScripts() {
	}

	/**
	 * Runs the script's start command; when it fails, runs its stop command and says why.
	 *
	 * @param start the start command
	 * @param stop  the stop command, run when the start fails
	 * @param limit the deadline of each
	 * @param what  what comes up, for the message
	 * @param keys  the keys of the lines kept
	 * @return the KEY=VALUE lines the start printed whose key matches
	 * @throws IOException when it does not come up
	 */
	static Map<String, String> start(List<String> start, List<String> stop, Duration limit, String what, Pattern keys)
			throws IOException {
		Command up = Command.run(start, limit, Map.of());
		if (up.exitCode() != 0) {
			Command.run(stop, limit, Map.of());
			throw new IOException(what + " did not come up (" + up.exitCode() + "): " + up.output());
		}
		Map<String, String> facts = new HashMap<>();
		up.output().lines().filter(l -> l.indexOf('=') > 0 && keys.matcher(l.substring(0, l.indexOf('='))).matches())
				.forEach(l -> facts.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
		return facts;
	}
}
