package rdpdoctor.cli;

import java.util.Arrays;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import rdpdoctor.core.settings.DiagnosisSetting;

/**
 * Every command and option of {@code rdpdoctor}, declared once (picocli's model): what the parser accepts, what
 * {@code --help} prints and what the bash completion offers all come from here. The values stay text: each command
 * checks its own (ranges, choices) with messages that name the option.
 */
final class CommandLines {

	/** An option: its names (the long one first), the label of its value (null for a flag), its description. */
	private record Option(String[] names, String label, String description) {
		static Option of(String names, String label, String description) {
			return new Option(names.split(","), label, description);
		}
	}

	/** The diagnosis settings' options, as {@link DiagnosisSetting} declares them. */
	private static final List<Option> DIAGNOSIS = Arrays.stream(DiagnosisSetting.values())
			.map(setting -> new Option(setting.optionNames().toArray(String[]::new), setting.valueLabel(),
					setting.description()))
			.toList();

	/** Each command's exit codes, as its help ends. */
	static final String FINDINGS_CODES = "Exit codes: 0 no ERROR finding, 1 at least one ERROR finding, 2 bad usage or "
			+ "input, 3 internal failure.";
	static final String BATCH_CODES = FINDINGS_CODES + " With --remediate: 0 every fix verified (or nothing to fix), 1 a"
			+ " fix failed, was not verified or was not started, 2 refused plans only. Stopped by Ctrl-C or SIGTERM after"
			+ " writing the report of the hosts done: 130 (SIGINT), 143 (SIGTERM).";
	private static final String MERGE_CODES = "Exit codes: 0 merged, 2 bad usage or input, 3 the report could not be "
			+ "written.";
	private static final String IMPORT_CODES = "Exit codes: 0 imported (hosts already there are skipped), 2 bad usage, "
			+ "nothing importable or the inventory could not be written, 3 internal failure.";
	private static final String EXPORT_CODES = "Exit codes: 0 written, 2 bad usage or input, 3 internal failure.";
	private static final String EXPLAIN_CODES = "Exit codes: 0 explained (an unknown code is said to be one), 2 bad "
			+ "usage.";
	private static final String EVENTS_CODES = "Exit codes: 0 every file and host read, 1 some damage or a host not "
			+ "read, 2 bad usage or a file no reader reads, 3 internal failure.";
	private static final String JOURNAL_CODES = "Exit codes: 0 listed, 2 bad usage or a journal that cannot be read, 3 "
			+ "internal failure.";
	private static final String PLUGINS_CODES = "Exit codes: 0 done, 2 bad usage, 3 the update site or the "
			+ "installation failed.";
	private static final String SETTINGS_CODES = "Exit codes: 0 printed (lines of the file left out are listed, "
			+ "not fatal), 2 bad usage or a bad option value.";
	private static final String PLAIN_CODES = "Exit codes: 0 done, 2 bad usage.";

	private CommandLines() {
	}

	/** @return the whole command line: {@code rdpdoctor} and its commands */
	static CommandLine root() {
		CommandSpec root = CommandSpec.create().name("rdpdoctor").mixinStandardHelpOptions(true)
				.version("rdpdoctor " + Version.text());
		root.usageMessage().description("Finds why Remote Desktop cannot connect, from evidence, for one host or a "
				+ "fleet.").footer(Cli.EXIT_CODES + " Each command's help lists its own: rdpdoctor help COMMAND.");
		CommandLine line = new CommandLine(root);
		line.addSubcommand("diagnose", diagnose());
		line.addSubcommand("batch", batch());
		line.addSubcommand("merge", merge());
		line.addSubcommand("import", importCommand());
		line.addSubcommand("export", export());
		line.addSubcommand("explain", explain());
		line.addSubcommand("events", events());
		line.addSubcommand("remediate", remediate());
		line.addSubcommand("journal", journal());
		line.addSubcommand("plugins", plugins());
		line.addSubcommand("settings", settings());
		line.addSubcommand("completion", completion());
		line.addSubcommand("version", command("version", "Prints the version.", PLAIN_CODES));
		CommandSpec help = positional(command("help", "Prints this summary, or a command's help.", PLAIN_CODES),
				"COMMAND", "0..1", "the command whose help to print");
		help.addOption(OptionSpec.builder(MAN_PAGES).type(java.io.File.class).arity("1").paramLabel("DIR").hidden(true)
				.description("write the manual pages into DIR (the build's)").build());
		line.addSubcommand("help", help);
		line.setOverwrittenOptionsAllowed(true);
		line.setAbbreviatedOptionsAllowed(false);
		return line;
	}

	/**
	 * @param name a command's name
	 * @return the spec of that command, or null when there is none
	 */
	static CommandSpec spec(String name) {
		CommandLine sub = root().getSubcommands().get(name);
		return sub == null ? null : sub.getCommandSpec();
	}

	private static CommandSpec completion() {
		CommandSpec spec = command("completion", "Prints the completion script of bash or zsh, commands, options and "
				+ "their values: source <(rdpdoctor completion) in ~/.bashrc, source <(rdpdoctor completion zsh) in "
				+ "~/.zshrc.", PLAIN_CODES);
		spec.addPositional(PositionalParamSpec.builder().type(String[].class).arity("0..1").paramLabel("bash|zsh")
				.description("the shell (default bash)").completionCandidates(List.of("bash", "zsh")).build());
		return spec;
	}

	private static CommandSpec diagnose() {
		CommandSpec spec = command("diagnose", "Credential-free diagnosis of each TARGET (host, host:port, IP, "
				+ "[IPv6]:port, an IPv4 network 10.0.0.0/24 or range 10.0.0.1-40, - for standard input; port 3389 by "
				+ "default).", FINDINGS_CODES);
		option(spec, Option.of("--format,-f", "text|json|table", "output (default text)"));
		outputFormat(spec, "text|json|table");
		option(spec, Option.of("--targets-file,-iL", "FILE", "read targets from FILE (- for standard input): one or "
				+ "more a line, # comments, as nmap -iL"));
		DIAGNOSIS.forEach(o -> option(spec, o));
		pluginSettings(spec);
		return positional(spec, "TARGET", "0..*", "the hosts to diagnose");
	}

	private static CommandSpec batch() {
		CommandSpec spec = command("batch", "Diagnoses an inventory or targets; resumes an interrupted run from its checkpoint; "
				+ "Ctrl-C writes what is done (a second Ctrl-C at once).", BATCH_CODES);
		option(spec, Option.of("--inventory,-i", "FILE", "the inventory (.rdpdoctor)"));
		repeatable(spec, "--targets", "TARGET,...", "or these targets, as diagnose takes them (a host, host:port, "
				+ "[IPv6]:port, 10.0.0.0/24, 10.0.0.1-40, - for standard input; repeatable)");
		option(spec, Option.of("--targets-file,-iL", "FILE", "or the targets of FILE (- for standard input): one or "
				+ "more a line, # comments, as nmap -iL"));
		option(spec, Option.of("--report,-r", "FILE", "the report to write"));
		option(spec, Option.of("--format,-f", "html|json|junit|csv", "report format (default: by the report's name)"));
		option(spec, Option.of("--shard", "I/N", "diagnose target k only when k mod N = I - 1"));
		option(spec, Option.of("--checkpoint", "FILE", "where finished hosts go (default REPORT.checkpoint.jsonl)"));
		option(spec, Option.of("--remediate", "CAUSE,...", "write (--plan) or apply (--apply --yes) the fixes of these "
				+ "causes on every affected host; the report holds the plans and outcomes"));
		option(spec, Option.of("--plan", null, "with --remediate: write the plans only"));
		option(spec, Option.of("--apply", null, "with --remediate: apply them (needs --yes)"));
		option(spec, Option.of("--yes", null, "with --apply: no question asked"));
		option(spec, Option.of("--keep-going", null, "with --apply: go on after a failed verification"));
		option(spec, Option.of("--journal", "DIR", "the remediation journal's folder (default ~/.rdpdoctor/journal)"));
		option(spec, Option.of("--apply-timeout-ms", "N", "deadline of each change (default 120000)"));
		DIAGNOSIS.forEach(o -> option(spec, o));
		pluginSettings(spec);
		return spec;
	}

	private static CommandSpec merge() {
		CommandSpec spec = command("merge", "Combines the JSON reports of sharded batch runs.", MERGE_CODES);
		option(spec, Option.of("--report,-r", "FILE", "the report to write"));
		option(spec, Option.of("--format,-f", "F", "report format (default json)"));
		option(spec, Option.of("--title", "TEXT", "the report's title"));
		return positional(spec, "SHARD.json", "1..*", "the JSON reports to combine");
	}

	private static CommandSpec importCommand() {
		CommandSpec spec = command("import", "Adds the hosts of CSV, .rdp files (or a folder), RDCMan .rdg, mRemoteNG "
				+ "confCons.xml or nmap -oX XML to an inventory, or the computers of an Active Directory (ldaps://HOST, "
				+ "or ldap://HOST with StartTLS).", IMPORT_CODES);
		option(spec, Option.of("--to", "INVENTORY", "the inventory (created when missing)"));
		option(spec, Option.of("--format,-f", "csv|rdp|rdg|mremoteng|nmap", "the importer (default: recognised)"));
		option(spec, Option.of("--base", "DN", "directory: the base DN searched, e.g. DC=corp,DC=example"));
		option(spec, Option.of("--bind-dn", "USER", "directory: the user to bind as (user@domain, DOMAIN\\user or a DN)"));
		option(spec, Option.of("--bind-password-file", "FILE", "directory: the bind password (else the environment "
				+ "variable " + ImportCommand.PASSWORD_VARIABLE + ", else asked on the terminal)"));
		option(spec, Option.of("--ca-file", "FILE", "directory: PEM CAs trusted besides the JDK's"));
		option(spec, Option.of("--follow-referrals", null, "directory: follow referrals to other servers"));
		option(spec, Option.of("--kerberos", null, "directory: bind with the Kerberos ticket the platform has (kinit), "
				+ "no password"));
		option(spec, Option.of("--ticket-cache", "FILE", "directory, Kerberos: the credentials cache (default "
				+ "KRB5CCNAME, else the platform's)"));
		option(spec, Option.of("--krb5-conf", "FILE", "directory, Kerberos: the configuration (default KRB5_CONFIG, "
				+ "else the platform's)"));
		option(spec, Option.of("--kerberos-host", "NAME", "directory, Kerberos: the server's name in its ldap/ "
				+ "service principal (default: the URL's host)"));
		outputFormat(spec, "text|json");
		return positional(spec, "FILE|URL", "1..*", "the files or folders to import, or ldaps://HOST[:PORT] / "
				+ "ldap://HOST[:PORT]");
	}

	private static CommandSpec export() {
		CommandSpec spec = command("export", "Writes an inventory as CSV.", EXPORT_CODES);
		option(spec, Option.of("--to", "FILE.csv", "the CSV to write"));
		formats(spec, "text|json");
		return positional(spec, "INVENTORY", "1", "the inventory");
	}

	private static CommandSpec explain() {
		CommandSpec spec = command("explain", "What an mstsc error code (and extended code) or a FreeRDP error means, "
				+ "and the causes to check: explain 0x904 0x7.", EXPLAIN_CODES);
		formats(spec, "text|json");
		return positional(spec, "CODE", "1..2", "the code and, for mstsc, the extended code");
	}

	private static CommandSpec events() {
		CommandSpec spec = command("events", "The RDP-related events of hosts (over SSH: --ssh-user and the other SSH "
				+ "options) or of log files (.evtx, Event Viewer or wevtutil XML, xrdp logs, journalctl -o json).",
				EVENTS_CODES);
		option(spec, Option.of("--since", "DURATION", "only events of the last DURATION (90s, 30m, 24h, 7d; hosts: "
				+ "default 24h)"));
		option(spec, Option.of("--id", "N,...", "only these event IDs"));
		option(spec, Option.of("--format,-f", "text|json|csv", "output (default text)"));
		outputFormat(spec, "text|json|csv");
		DIAGNOSIS.forEach(o -> option(spec, o));
		pluginSettings(spec);
		return positional(spec, "HOST|FILE", "1..*", "the hosts or files");
	}

	private static CommandSpec remediate() {
		CommandSpec spec = command("remediate", "Applies the documented fix of a cause the diagnosis finds on TARGET, "
				+ "over SSH (--ssh-user and the other SSH options): the plan is shown first, the before-state kept, the "
				+ "host diagnosed again to verify; every step is journaled. Or rolls an action back.",
				RemediateCommand.EXIT_CODES);
		option(spec, Option.of("--cause", "ID", "the cause to fix, e.g. CERT_EXPIRED"));
		option(spec, Option.of("--plan", null, "print the plan only"));
		option(spec, Option.of("--apply", null, "apply the plan (asks, unless --yes)"));
		option(spec, Option.of("--yes", null, "apply without asking"));
		option(spec, Option.of("--rollback", "ACTION", "restore the snapshot of a journaled action"));
		option(spec, Option.of("--journal", "DIR", "the journal's folder (default ~/.rdpdoctor/journal)"));
		option(spec, Option.of("--apply-timeout-ms", "N", "deadline of the change (default 120000)"));
		formats(spec, "text|json");
		DIAGNOSIS.forEach(o -> option(spec, o));
		pluginSettings(spec); // the diagnosis before and after the fix runs the plug-ins' probes too
		return positional(spec, "TARGET", "0..1", "the host to fix");
	}

	private static CommandSpec journal() {
		CommandSpec spec = command("journal", "The remediation audit journal: every action, its steps and outcome; "
				+ "actions a crash interrupted are shown with the command that rolls them back.", JOURNAL_CODES);
		formats(spec, "text|json");
		option(spec, Option.of("--journal", "DIR", "the journal's folder (default ~/.rdpdoctor/journal)"));
		return spec;
	}

	private static CommandSpec settings() {
		CommandSpec spec = command("settings", "Prints the diagnosis settings in effect and where each comes from: an "
				+ "option given here, the settings file (~/.config/rdpdoctor/settings.properties, $XDG_CONFIG_HOME/"
				+ "rdpdoctor on Linux, %%APPDATA%%\\rdpdoctor on Windows; the workbench's Preferences > Diagnosis edit "
				+ "it), or the default; the settings installed plug-ins declare; and the file's lines that are left out, "
				+ "with why.", SETTINGS_CODES);
		formats(spec, "text|json");
		DIAGNOSIS.forEach(o -> option(spec, o));
		pluginSettings(spec);
		return spec;
	}

	private static CommandSpec plugins() {
		CommandSpec spec = command("plugins", "Lists, installs, uninstalls and updates plug-ins (features) of this RDP "
				+ "Doctor from p2 update sites: plugins list [--repository URL], plugins install --repository URL "
				+ "FEATURE_ID..., plugins uninstall FEATURE_ID..., plugins update [--repository URL] [FEATURE_ID...]. "
				+ "The next start has the change.", PLUGINS_CODES);
		option(spec, Option.of("--repository", "URL", "the update site: a URL, a folder or a zipped site"));
		option(spec, Option.of("--trust-unsigned", null, "install and update content nobody signed (refused "
				+ "otherwise; signers not yet trusted are always refused here: the workbench asks about them)"));
		option(spec, Option.of("--ca-file", "PEM", "trust an HTTPS update site whose certificate these CAs issued, "
				+ "besides the JDK's (default: the settings file's tls.caFile)"));
		formats(spec, "text|json");
		return positional(spec, "list|install|uninstall|update [FEATURE_ID...]", "1..*",
				"the action, then the features (ids as plugins list shows them)");
	}

	private static CommandSpec command(String name, String description, String exitCodes) {
		CommandSpec spec = CommandSpec.create().name(name).mixinStandardHelpOptions(true)
				.version("rdpdoctor " + Version.text());
		UsageMessageSpec usage = spec.usageMessage();
		usage.description(description);
		usage.footer(exitCodes);
		if (!name.equals("help") && !name.equals("version") && !name.equals("completion")) {
			option(spec, Option.of("--quiet,-q", null, "results and errors only: no progress, notes or warnings on "
					+ "standard error; diagnose's text without the evidence"));
			option(spec, Option.of("--verbose,-v", null, "more detail: batch prints each host as it finishes, import "
					+ "every entry skipped (not only the first 50)"));
		}
		return spec;
	}

	/** {@code --format} and {@code --output-format}, both naming the output. */
	private static void formats(CommandSpec spec, String choices) {
		option(spec, Option.of("--format,-f", choices, "output (default text)"));
		outputFormat(spec, choices);
	}

	/** {@code --output-format}: the output's format, the same option in every command that prints. */
	private static void outputFormat(CommandSpec spec, String choices) {
		option(spec, Option.of(Options.OUTPUT_FORMAT, choices, "output (default text; json as docs/schemas/"
				+ spec.name() + ".schema.json describes)"));
	}

	/**
	 * Adds an option. Its value is completed (bash, zsh) from its label: the choices of {@code text|json}, the cause
	 * ids for {@code ID} and {@code CAUSE,...}, file names for a file or folder.
	 */
	private static void option(CommandSpec spec, Option option) {
		OptionSpec.Builder builder = OptionSpec.builder(option.names()).description(option.description());
		String label = option.label();
		if (label == null) {
			spec.addOption(builder.type(boolean.class).arity("0").build());
			return;
		}
		builder.arity("1").paramLabel(label);
		if (CHOICES.matcher(label).matches()) {
			builder.type(String.class).completionCandidates(List.of(label.split("\\|")));
		} else if (label.equals("ID") || label.equals("CAUSE,...")) {
			builder.type(String.class).completionCandidates(causeIds());
		} else if (FILE_LABELS.contains(label)) {
			builder.type(java.io.File.class); // picocli completes file names for a File
		} else {
			builder.type(String.class);
		}
		spec.addOption(builder.build());
	}

	/** A value label listing the choices: {@code text|json|table}. */
	private static final java.util.regex.Pattern CHOICES = java.util.regex.Pattern.compile("[a-z]+(\\|[a-z]+)+");
	/** The value labels that name a file or folder. */
	private static final java.util.Set<String> FILE_LABELS = java.util.Set.of("FILE", "DIR", "PATH", "PEM",
			"INVENTORY", "FILE.csv");

	/** The causes of the catalog, read only when completion asks (the catalog is not loaded to parse a command). */
	private static Iterable<String> causeIds() {
		return () -> rdpdoctor.core.codes.ErrorCatalog.get().causes().stream()
				.map(rdpdoctor.core.codes.ErrorCatalog.Cause::id).iterator();
	}

	/** An option that may be given several times; {@link Options#repeated} keeps each value. */
	private static void repeatable(CommandSpec spec, String name, String label, String description) {
		spec.addOption(OptionSpec.builder(name).type(String[].class).arity("1").paramLabel(label)
				.description(description).build());
	}

	/** {@code --set KEY=VALUE}, repeatable: a setting an installed plug-in declares, checked as declared. */
	private static void pluginSettings(CommandSpec spec) {
		repeatable(spec, SET, "KEY=VALUE", "a setting an installed plug-in declares (rdpdoctor settings lists them), "
				+ "e.g. com.example.rdgateway.address=gw.example.com:443 (repeatable)");
	}

	/** The hidden option of {@code help} that writes the manual pages ({@link ManPages}). */
	static final String MAN_PAGES = "--man-pages";

	/** The option of plug-in settings; {@link Options} keeps each of its values. */
	static final String SET = "--set";

	private static CommandSpec positional(CommandSpec spec, String label, String arity, String description) {
		spec.addPositional(PositionalParamSpec.builder().type(String[].class).arity(arity).paramLabel(label)
				.description(description).build());
		return spec;
	}
}
