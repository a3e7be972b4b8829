package rdpdoctor.report;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import rdpdoctor.core.Finding;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.Untrusted;

/**
 * Text for people: one block per host, the cause first, then the evidence. Every value that a server or an
 * inventory chose (names, certificate fields, messages, evidence) is shown through {@link Untrusted#terminal}, so it
 * can neither draw on the terminal nor start a line of its own.
 */
public final class TextRenderer {

	private static final int WIDTH = 100;

	private final boolean evidence;

	/** Text with every probe's outcome and evidence. */
	public TextRenderer() {
		this(true);
	}

	/** @param evidence whether each host's probes and evidence follow its findings */
	public TextRenderer(boolean evidence) {
		this.evidence = evidence;
	}

	/**
	 * @param results the diagnoses
	 * @param out     where the text goes
	 */
	public void render(List<HostDiagnosis> results, PrintStream out) {
		for (HostDiagnosis host : results) {
			String address = host.address().isEmpty() || host.address().equals(host.target().host()) ? ""
					: " (" + Untrusted.terminal(host.address()) + ")";
			out.println(Untrusted.terminal(host.target().toString()) + address + ": " + host.status());
			if (host.findings().isEmpty()) {
				out.println("  No problem found.");
			}
			for (Finding f : host.findings()) {
				out.printf("  %-7s %s: %s (confidence %.2f)%n", f.severity(), Untrusted.terminal(f.cause()),
						Untrusted.terminal(f.title()), f.confidence());
				if (!f.isRootCause()) {
					out.println("          Caused by: " + Untrusted.terminal(String.join(", ", f.causedBy())));
				}
				wrap(Untrusted.terminal(f.explanation()), "          ", out);
				if (!f.considered().isEmpty()) {
					out.println("          Also considered: " + Untrusted.terminal(String.join(", ", f.considered())));
				}
			}
			if (evidence) {
				evidence(host, out);
			}
			out.println();
		}
	}

	private static void evidence(HostDiagnosis host, PrintStream out) {
		{
			out.println("  Evidence:");
			for (ProbeOutcome o : host.outcomes()) {
				out.printf("    %-10s %-9s %5d ms  %s%n", Untrusted.terminal(o.probeId()), o.status(), o.durationMs(),
						Untrusted.terminal(o.message()));
				for (Map.Entry<String, Object> e : o.evidence().entrySet()) {
					out.println("               " + Untrusted.terminal(o.probeId() + "." + e.getKey() + " = "
							+ EvidenceText.of(e.getValue())));
				}
			}
		}
	}

	private static void wrap(String text, String indent, PrintStream out) {
		StringBuilder line = new StringBuilder(indent);
		for (String word : text.split("\\s+")) {
			if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
				out.println(line);
				line = new StringBuilder(indent);
			}
			if (line.length() > indent.length()) {
				line.append(' ');
			}
			line.append(word);
		}
		if (line.length() > indent.length()) {
			out.println(line);
		}
	}
}
