package rdpdoctor.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IExtensionRegistry;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import rdpdoctor.core.Untrusted;
import rdpdoctor.core.settings.SettingsFile;

/**
 * Dispatches {@code rdpdoctor COMMAND ...} to the commands, parsed by picocli from the one declaration of every command
 * and option ({@link CommandLines}); {@code --help} per command, {@code --version}, suggestions for a mistyped command
 * or option, bash completion ({@code rdpdoctor completion}); usage errors exit with code 2.
 */
public final class Cli {

	/** The exit codes every command shares, as the summary ends (each command's help lists its own). */
	static final String EXIT_CODES = "Exit codes: 0 success (diagnose, batch: no ERROR finding), 1 findings or a part "
			+ "not done, 2 bad usage or input, 3 internal failure, 130/143 stopped by SIGINT/SIGTERM.";

	/** The commands whose diagnosis options take their defaults from the settings file. */
	private static final java.util.Set<String> READS_SETTINGS = java.util.Set.of("diagnose", "batch", "events",
			"remediate", "settings", "plugins");

	private final PrintStream out;
	private final PrintStream err;
	private final Supplier<IExtensionRegistry> registry;

	/**
	 * @param out      where results go
	 * @param err      where messages and warnings go
	 * @param registry where probes and rules are contributed
	 */
	public Cli(PrintStream out, PrintStream err, IExtensionRegistry registry) {
		this(out, err, () -> registry);
	}

	/**
	 * @param out      where results go
	 * @param err      where messages and warnings go
	 * @param registry gives the registry where probes and rules are contributed, asked only by a command that needs
	 *                 it ({@code --version}, {@code explain} and {@code help} make none)
	 */
	public Cli(PrintStream out, PrintStream err, Supplier<IExtensionRegistry> registry) {
		this.out = out;
		this.err = err;
		this.registry = registry;
	}

	/**
	 * @param args the command line after the launcher's own arguments
	 * @return the exit code
	 */
	public int run(String[] args) {
		CommandLine root = CommandLines.root();
		if (args.length == 0) {
			root.usage(out);
			return ExitCodes.USAGE;
		}
		ParseResult parsed;
		try {
			parsed = root.parseArgs(args);
		} catch (ParameterException e) {
			return usageError(e.getCommandLine().getCommandName(), message(e));
		}
		if (parsed.isVersionHelpRequested()) {
			out.println("rdpdoctor " + Version.text());
			return ExitCodes.OK;
		}
		if (parsed.isUsageHelpRequested() || !parsed.hasSubcommand()) {
			root.usage(out);
			return ExitCodes.OK;
		}
		ParseResult command = parsed.subcommand();
		String name = command.commandSpec().name();
		if (command.isUsageHelpRequested()) {
			command.commandSpec().commandLine().usage(out);
			return ExitCodes.OK;
		}
		if (command.isVersionHelpRequested() || name.equals("version")) {
			out.println("rdpdoctor " + Version.text());
			return ExitCodes.OK;
		}
		Options options = new Options(command);
		options.registry = registry;
		try {
			options.checkVerbosity();
			if (READS_SETTINGS.contains(name)) {
				options.settingsFile = SettingsFile.read();
				if (!options.quiet() && !name.equals("settings")) { // settings lists them itself
					options.warnings = p -> err.println("rdpdoctor: warning: " + Untrusted.terminal(p));
					options.settingsFile.problems().forEach(options.warnings);
				}
			}
			return switch (name) {
			case "diagnose" -> new DiagnoseCommand(out, err, registry.get()).run(options);
			case "explain" -> new ExplainCommand(out).run(options);
			case "batch" -> new BatchCommand(out, err, registry.get()).run(options);
			case "merge" -> new MergeCommand(out, err, registry.get()).run(options);
			case "import" -> new ImportCommand(out, err, registry.get()).run(options);
			case "export" -> new ExportCommand(out).run(options);
			case "events" -> new EventsCommand(out, err, registry.get()).run(options);
			case "remediate" -> new RemediateCommand(out, err, registry.get(), new java.io.BufferedReader(
					new java.io.InputStreamReader(System.in, java.nio.charset.Charset.defaultCharset()))).run(options);
			case "journal" -> new JournalCommand(out, err).run(options);
			case "plugins" -> new PluginsCommand(out, err).run(options);
			case "settings" -> new SettingsCommand(out).run(options);
			case "completion" -> completion(root, options);
			default -> help(root, options);
			};
		} catch (UsageException e) {
			return usageError(name, e.getMessage());
		} catch (RuntimeException e) {
			err.println("rdpdoctor " + name + ": internal failure: " + Untrusted.terminal(String.valueOf(e)));
			e.printStackTrace(err);
			return ExitCodes.INTERNAL;
		}
	}

	/** {@code help}: the summary; {@code help COMMAND}: that command's help, as {@code COMMAND --help} prints it. */
	private int help(CommandLine root, Options options) throws UsageException {
		String manDir = options.named.get(CommandLines.MAN_PAGES);
		if (manDir != null) {
			return writeManPages(java.nio.file.Path.of(manDir));
		}
		if (options.positional.isEmpty()) {
			root.usage(out);
			return ExitCodes.OK;
		}
		String name = options.positional.get(0);
		CommandLine command = root.getSubcommands().get(name);
		if (command == null) {
			throw new UsageException("unknown command '" + name + "'; the commands: " + String.join(", ",
					root.getSubcommands().keySet()));
		}
		command.usage(out);
		return ExitCodes.OK;
	}

	/** picocli's script: bash's programmable completion, which zsh runs through its bashcompinit. */
	private int completion(CommandLine root, Options options) throws UsageException {
		String shell = options.positional.isEmpty() ? "bash" : options.positional.get(0);
		if (!shell.equals("bash") && !shell.equals("zsh")) {
			throw new UsageException("completion '" + shell + "': bash or zsh");
		}
		if (shell.equals("zsh")) {
			out.println("# zsh completion of rdpdoctor (bash's completion function through zsh's bashcompinit):");
			out.println("# source <(rdpdoctor completion zsh) in ~/.zshrc");
		}
		out.print(AutoComplete.bash("rdpdoctor", root));
		return ExitCodes.OK;
	}

	/** Writes every manual page into DIR, each replaced whole (a page is never left half written). */
	private int writeManPages(java.nio.file.Path dir) throws UsageException {
		java.util.Map<String, String> pages = ManPages.all();
		try {
			java.nio.file.Files.createDirectories(dir);
			for (java.util.Map.Entry<String, String> page : pages.entrySet()) {
				rdpdoctor.model.persistence.SafeFiles.replace(dir.resolve(page.getKey()), stream -> stream.write(
						page.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			}
		} catch (java.io.IOException e) {
			throw new UsageException("cannot write the manual pages into " + dir + ": " + e.getMessage());
		}
		out.println(pages.size() + " manual pages in " + dir);
		return ExitCodes.OK;
	}

	/** Prints {@code rdpdoctor COMMAND: message} and where to read more; exit code 2. */
	private int usageError(String command, String message) {
		String prefix = command == null || command.equals("rdpdoctor") ? "rdpdoctor" : "rdpdoctor " + command;
		err.println(prefix + ": " + Untrusted.terminal(message));
		err.println("Try '" + prefix + " --help' for more information.");
		return ExitCodes.USAGE;
	}

	/** Picocli's message in this tool's words, with its suggestions for a mistyped command or option. */
	private static String message(ParameterException e) {
		if (e instanceof UnmatchedArgumentException unmatched) {
			List<String> unknown = unmatched.getUnmatched();
			String first = unknown.isEmpty() ? "" : unknown.get(0);
			boolean isCommand = e.getCommandLine().getCommandSpec().parent() == null;
			String what = first.startsWith("-") ? "unknown option '" + first + "'"
					: isCommand ? "unknown command '" + first + "'" : "unexpected argument '" + first + "'";
			List<String> suggestions = unmatched.getSuggestions();
			return what + (suggestions.isEmpty() ? "" : "; did you mean " + String.join(" or ", suggestions) + "?");
		}
		if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()
				&& missing.getMissing().get(0) instanceof OptionSpec option) {
			return "option " + option.longestName() + " needs a value (" + option.paramLabel() + ")";
		}
		return e.getMessage();
	}
}
