package rdpdoctor.cli;

import java.io.PrintStream;
import java.util.Arrays;

import org.eclipse.core.runtime.IExtensionRegistry;

import rdpdoctor.core.Untrusted;

/** Dispatches {@code rdpdoctor COMMAND ...} to the commands; prints usage errors with exit code 2. */
public final class Cli {

	static final String USAGE = """
			Usage: rdpdoctor COMMAND [OPTIONS]
			  diagnose TARGET... [--format text|json|table] [--dns-server IP[:PORT]] [--timeout-ms N]
			           [--concurrency N] [--ca-file PEM] [--cert-warn-days N] [--stability-samples N]
			           [--depth full|quick]
			      Credential-free diagnosis of each TARGET (host, host:port, IP, [IPv6]:port; port 3389 by default).
			      --depth quick: a first sweep of a large fleet (reachability, the mstsc-like negotiation request,
			      the certificate; not NLA, TLS versions, identity or stability).
			  batch --inventory FILE --report FILE [--format html|json|junit|csv] [--concurrency N] [--timeout-ms N]
			        [--shard I/N] [--checkpoint FILE] [diagnose's options]
			      Diagnoses an inventory; resumes an interrupted run from its checkpoint; Ctrl-C writes what is done.
			  merge --report FILE [--format F] SHARD.json...
			      Combines the JSON reports of sharded batch runs.
			  import FILE... --to INVENTORY [--format csv|rdp|rdg|mremoteng|nmap]
			      Adds the hosts of CSV, .rdp files (or a folder), RDCMan .rdg, mRemoteNG confCons.xml or nmap -oX XML.
			  export INVENTORY --to FILE.csv
			  explain CODE [EXTENDED]
			      What an mstsc error code (and extended code) or a FreeRDP error means, and the causes to check:
			      explain 0x904 0x7, explain 0x0002000D, explain ERRCONNECT_TLS_CONNECT_FAILED.
			  help
			Exit codes: 0 no ERROR finding, 1 at least one ERROR finding, 2 bad usage or input, 3 internal failure.
			""";

	private final PrintStream out;
	private final PrintStream err;
	private final IExtensionRegistry registry;

	/**
	 * @param out      where results go
	 * @param err      where messages and warnings go
	 * @param registry where probes and rules are contributed
	 */
	public Cli(PrintStream out, PrintStream err, IExtensionRegistry registry) {
		this.out = out;
		this.err = err;
		this.registry = registry;
	}

	/**
	 * @param args the command line after the launcher's own arguments
	 * @return the exit code
	 */
	public int run(String[] args) {
		if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
			out.print(USAGE);
			return args.length == 0 ? ExitCodes.USAGE : ExitCodes.OK;
		}
		String[] rest = Arrays.copyOfRange(args, 1, args.length);
		try {
			return switch (args[0]) {
			case "diagnose" -> new DiagnoseCommand(out, err, registry).run(rest);
			case "explain" -> new ExplainCommand(out).run(rest);
			case "batch" -> new BatchCommand(out, err, registry).run(rest);
			case "merge" -> new MergeCommand(out, err, registry).run(rest);
			case "import" -> new ImportCommand(out, err, registry).run(rest);
			case "export" -> new ExportCommand(out).run(rest);
			default -> throw new UsageException("unknown command '" + args[0] + "'");
			};
		} catch (UsageException e) {
			err.println("rdpdoctor: " + Untrusted.terminal(e.getMessage()));
			err.print(USAGE);
			return ExitCodes.USAGE;
		} catch (RuntimeException e) {
			err.println("rdpdoctor: internal failure: " + Untrusted.terminal(String.valueOf(e)));
			e.printStackTrace(err);
			return ExitCodes.INTERNAL;
		}
	}
}
