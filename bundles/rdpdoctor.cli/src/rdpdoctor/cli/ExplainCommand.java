package rdpdoctor.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import rdpdoctor.core.codes.ErrorCatalog;
import rdpdoctor.core.codes.ErrorCatalog.Code;
import rdpdoctor.core.codes.ErrorCatalog.Table;

/**
 * {@code rdpdoctor explain CODE [EXTENDED]}: what an mstsc or FreeRDP error code means, the causes to check and
 * the evidence that tells them apart. CODE and EXTENDED are hex ({@code 0x904}) or decimal; CODE may also be a
 * FreeRDP combined code ({@code 0x00020008}) or a documented name ({@code ERRCONNECT_TLS_CONNECT_FAILED}).
 */
final class ExplainCommand {

	private final PrintStream out;

	ExplainCommand(PrintStream out) {
		this.out = out;
	}

	int run(String[] args) throws UsageException {
		if (args.length < 1 || args.length > 2) {
			throw new UsageException("explain needs CODE and optionally EXTENDED, e.g. 'explain 0x904 0x7'");
		}
		ErrorCatalog catalog = ErrorCatalog.get();
		Code main = lookup(catalog, args[0]);
		List<Code> codes = new ArrayList<>(List.of(main));
		if (args.length == 2) {
			long extended = ErrorCatalog.parseNumber(args[1])
					.orElseThrow(() -> new UsageException("EXTENDED '" + args[1] + "' is not a number"));
			codes.add(catalog.code(Table.EXTENDED, extended).orElseThrow(
					() -> new UsageException("extended code " + args[1] + " is not a documented mstsc extended code")));
		}
		for (Code code : codes) {
			out.printf("%s %s (%d): %s%n  %s%n", code.table().title(), hex(code), code.code(), code.name(),
					code.meaning());
		}
		Set<String> causes = new LinkedHashSet<>();
		codes.forEach(c -> causes.addAll(c.causes()));
		if (codes.size() == 2 && main.table() == Table.MSTSC && main.code() == 0x904
				&& codes.get(1).code() == 7) {
			out.println();
			out.println("Together: the server accepted the TCP connection, then refused and closed it. The code is a");
			out.println("symptom, not a cause; these are the causes behind it, and the evidence that tells them apart.");
		}
		out.println();
		if (causes.isEmpty()) {
			out.println("No server-side cause is known for this code: it reports a client-side or user event.");
			return ExitCodes.OK;
		}
		out.println("Causes to check (and what identifies each):");
		for (String id : causes) {
			Optional<ErrorCatalog.Cause> cause = catalog.cause(id);
			out.printf("  %-28s %-7s %s%n", id, cause.map(ErrorCatalog.Cause::severity).orElse(""),
					cause.map(ErrorCatalog.Cause::description).orElse(""));
			cause.ifPresent(c -> out.printf("  %-28s         evidence: %s%n", "", c.tellsApart()));
		}
		out.println();
		out.println("To find which one it is: rdpdoctor diagnose HOST[:PORT] (credential-free).");
		return ExitCodes.OK;
	}

	private static Code lookup(ErrorCatalog catalog, String text) throws UsageException {
		Optional<Long> number = ErrorCatalog.parseNumber(text);
		if (number.isEmpty()) {
			return catalog.byName(text)
					.orElseThrow(() -> new UsageException("CODE '" + text + "' is neither a number nor a known name"));
		}
		return catalog.decode(number.get()).orElseThrow(() -> new UsageException("code " + text
				+ " is not a documented mstsc disconnect reason or FreeRDP error (FreeRDP codes look like 0x0002000D)"));
	}

	private static String hex(Code code) {
		return switch (code.table()) {
		case FREERDP_ERRINFO -> String.format("0x%08X", 0x10000 | code.code());
		case FREERDP_CONNECT -> String.format("0x%08X", 0x20000 | code.code());
		default -> String.format("0x%X", code.code());
		};
	}
}
