package rdpdoctor.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The manual pages of {@code rdpdoctor} and of each command, in man(7) troff, made from the one declaration of the
 * command line ({@link CommandLines}): what {@code --help} prints, as {@code man} shows it. Every text is escaped for
 * troff (a leading dot or quote, backslashes, hyphens of option names).
 */
final class ManPages {

	private static final String SECTION = "1";

	private ManPages() {
	}

	/** @return each page's file name ({@code rdpdoctor.1}, {@code rdpdoctor-diagnose.1}, ...) and its text */
	static Map<String, String> all() {
		CommandLine root = CommandLines.root();
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("rdpdoctor." + SECTION, rootPage(root));
		root.getSubcommands().forEach((name, command) -> pages.put("rdpdoctor-" + name + "." + SECTION,
				commandPage(command.getCommandSpec())));
		return pages;
	}

	private static String rootPage(CommandLine root) {
		StringBuilder page = header("rdpdoctor", String.join(" ", root.getCommandSpec().usageMessage().description()));
		section(page, "SYNOPSIS");
		page.append(".B rdpdoctor\n.I COMMAND\n[\\fIOPTIONS\\fR] [\\fIARGUMENTS\\fR]\n.br\n.B rdpdoctor\n")
				.append(roman("--help | --version")).append('\n');
		section(page, "COMMANDS");
		root.getSubcommands().forEach((name, command) -> {
			page.append(".TP\n.BR rdpdoctor\\-").append(escape(name)).append(" (").append(SECTION).append(")\n");
			page.append(text(String.join(" ", command.getCommandSpec().usageMessage().description()))).append('\n');
		});
		section(page, "EXIT STATUS");
		page.append(text(String.join(" ", root.getCommandSpec().usageMessage().footer()))).append('\n');
		section(page, "FILES");
		page.append(".TP\n.I ~/.config/rdpdoctor/settings.properties\n")
				.append(text("Defaults of the diagnosis options ($XDG_CONFIG_HOME/rdpdoctor on Linux, %APPDATA%\\"
						+ "rdpdoctor on Windows); rdpdoctor settings prints them and where each came from."))
				.append('\n');
		page.append(".TP\n.I ~/.rdpdoctor/journal\n").append(text("The remediation audit journal.")).append('\n');
		section(page, "SEE ALSO");
		page.append(String.join(",\n", root.getSubcommands().keySet().stream()
				.map(name -> ".BR rdpdoctor\\-" + escape(name) + " (" + SECTION + ")").toList())).append('\n');
		return page.toString();
	}

	private static String commandPage(CommandSpec spec) {
		String name = spec.name();
		StringBuilder page = header("rdpdoctor-" + name, firstSentence(String.join(" ",
				spec.usageMessage().description())));
		section(page, "SYNOPSIS");
		page.append(".B rdpdoctor ").append(escape(name)).append('\n');
		for (OptionSpec option : visible(spec)) {
			page.append("[\\fB").append(escape(option.longestName())).append("\\fR")
					.append(option.arity().max() > 0 ? " \\fI" + escape(option.paramLabel()) + "\\fR" : "")
					.append("]\n");
		}
		for (PositionalParamSpec positional : spec.positionalParameters()) {
			page.append("\\fI").append(escape(positional.paramLabel())).append("\\fR")
					.append(positional.arity().max() > 1 ? "..." : "").append('\n');
		}
		section(page, "DESCRIPTION");
		page.append(text(String.join(" ", spec.usageMessage().description()))).append('\n');
		if (!spec.positionalParameters().isEmpty()) {
			section(page, "ARGUMENTS");
			for (PositionalParamSpec positional : spec.positionalParameters()) {
				page.append(".TP\n.I ").append(quoted(positional.paramLabel())).append('\n')
						.append(text(String.join(" ", positional.description()))).append('\n');
			}
		}
		section(page, "OPTIONS");
		for (OptionSpec option : visible(spec)) {
			page.append(".TP\n").append(names(option)).append('\n')
					.append(text(String.join(" ", option.description()))).append('\n');
		}
		section(page, "EXIT STATUS");
		page.append(text(String.join(" ", spec.usageMessage().footer()))).append('\n');
		section(page, "SEE ALSO");
		page.append(".BR rdpdoctor (").append(SECTION).append(")\n");
		return page.toString();
	}

	private static java.util.List<OptionSpec> visible(CommandSpec spec) {
		return spec.options().stream().filter(o -> !o.hidden()).toList();
	}

	private static String names(OptionSpec option) {
		StringBuilder line = new StringBuilder();
		for (String n : option.names()) {
			line.append(line.length() == 0 ? "" : ", ").append("\\fB").append(escape(n)).append("\\fR");
		}
		if (option.arity().max() > 0) {
			line.append(" \\fI").append(escape(option.paramLabel())).append("\\fR");
		}
		return line.toString();
	}

	private static StringBuilder header(String name, String summary) {
		StringBuilder page = new StringBuilder();
		page.append(".\\\" Generated from rdpdoctor's command line (CommandLines); do not edit: ")
				.append("releng/bin/man-pages.sh writes it.\n");
		page.append(".TH ").append(quoted(name.toUpperCase(Locale.ROOT))).append(' ').append(SECTION)
				.append(" \"\" \"RDP Doctor\" \"RDP Doctor Manual\"\n");
		section(page, "NAME");
		page.append(escape(name)).append(" \\- ").append(escape(summary)).append('\n');
		return page;
	}

	private static void section(StringBuilder page, String title) {
		page.append(".SH ").append(title).append('\n');
	}

	private static String firstSentence(String text) {
		int end = text.indexOf(". ");
		String sentence = end < 0 ? text : text.substring(0, end + 1);
		int aside = sentence.indexOf(" (");
		sentence = aside < 0 ? sentence : sentence.substring(0, aside);
		return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
	}

	private static String roman(String text) {
		return escape(text);
	}

	/** A paragraph: escaped, and never starting a line with a control character. */
	private static String text(String text) {
		return escape(text.strip().replace("%%", "%")); // picocli's descriptions are format strings
	}

	private static String quoted(String text) {
		return "\"" + escape(text).replace("\"", "\\(dq") + "\"";
	}

	/**
	 * @param text any text
	 * @return it as troff prints it literally: backslashes doubled, hyphens as \-, a leading . or ' guarded
	 */
	static String escape(String text) {
		String escaped = text.replace("\\", "\\e").replace("-", "\\-");
		StringBuilder lines = new StringBuilder();
		for (String line : escaped.split("\n", -1)) {
			if (lines.length() > 0) {
				lines.append('\n');
			}
			lines.append(line.startsWith(".") || line.startsWith("'") ? "\\&" + line : line);
		}
		return lines.toString();
	}
}
