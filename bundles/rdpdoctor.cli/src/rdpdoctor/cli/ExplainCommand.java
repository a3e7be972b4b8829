package rdpdoctor.cli;

import java.io.PrintStream;

import rdpdoctor.core.codes.CodeExplanation;

/**
 * {@code rdpdoctor explain CODE [EXTENDED]}: what an mstsc or FreeRDP error code means, the causes to check and
 * the evidence that tells them apart (see {@link CodeExplanation}).
 */
final class ExplainCommand {

	private final PrintStream out;

	ExplainCommand(PrintStream out) {
		this.out = out;
	}

	int run(Options options) throws UsageException {
		String[] args = options.positional.toArray(String[]::new);
		if (args.length < 1 || args.length > 2) {
			throw new UsageException("explain needs CODE and optionally EXTENDED, e.g. 'explain 0x904 0x7'");
		}
		try {
			out.print(CodeExplanation.explain(args[0], args.length == 2 ? args[1] : null));
			return ExitCodes.OK;
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
	}
}
