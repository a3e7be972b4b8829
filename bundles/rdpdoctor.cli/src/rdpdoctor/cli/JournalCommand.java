package rdpdoctor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import rdpdoctor.core.Untrusted;
import rdpdoctor.remediation.internal.Journal;
import rdpdoctor.remediation.internal.JournalEntry;

/**
 * {@code rdpdoctor journal [--format text|json] [--journal DIR]}: the remediation audit journal; an action a crash
 * interrupted is shown as INTERRUPTED with the command that rolls it back.
 */
final class JournalCommand {

	private final PrintStream out;
	private final PrintStream err;

	JournalCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(Options options) throws UsageException {
		String format = options.output(true, Options.TEXT_OR_JSON);
		Journal journal = RemediateCommand.journal(options);
		List<String> problems = new ArrayList<>();
		List<JournalEntry> entries;
		try {
			entries = journal.read(problems);
		} catch (IOException e) {
			err.println("rdpdoctor journal: " + journal.dir() + ": " + Untrusted.terminal(e.getMessage()));
			return ExitCodes.USAGE;
		}
		problems.forEach(p -> err.println("rdpdoctor journal: " + Untrusted.terminal(p)));
		if (format.equals("json")) {
			json(entries);
		} else {
			text(entries);
		}
		return ExitCodes.OK;
	}

	private void text(List<JournalEntry> entries) {
		List<JournalEntry> actions = Journal.lastOfEach(entries);
		if (actions.isEmpty()) {
			out.println("No remediation recorded.");
			return;
		}
		for (JournalEntry entry : actions) {
			String state = entry.step().inFlight() ? "INTERRUPTED at " + entry.step() : entry.step().name();
			out.println(Untrusted.terminal(entry.action()) + "  " + entry.time() + "  " + Untrusted.terminal(entry.host())
					+ "  " + Untrusted.terminal(entry.cause()) + "  " + Untrusted.terminal(entry.remediation()) + "  "
					+ state);
			out.println("    by " + Untrusted.terminal(entry.user()) + "; plan " + Untrusted.terminal(entry.planHash()
					.substring(0, Math.min(16, entry.planHash().length()))) + (entry.detail().isEmpty() ? "" : "; "
							+ Untrusted.terminal(entry.detail())));
			if (entry.step().inFlight()) {
				out.println("    the host may be half changed; its snapshot is kept: rdpdoctor remediate --rollback "
						+ Untrusted.terminal(entry.action()));
			}
		}
	}

	private void json(List<JournalEntry> entries) {
		java.util.Set<JournalEntry> last = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		last.addAll(Journal.lastOfEach(entries));
		JsonArray array = new JsonArray();
		for (JournalEntry entry : entries) {
			JsonObject json = JsonParser.parseString(entry.toJson()).getAsJsonObject(); // the journal's own line
			json.addProperty("interrupted", last.contains(entry) && entry.step().inFlight());
			array.add(json);
		}
		JsonObject root = new JsonObject();
		root.add("entries", array);
		JsonOutput.print(out, root);
	}
}
