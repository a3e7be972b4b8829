package rdpdoctor.core.codes;

import java.util.ArrayList;
import java.util.Formatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import rdpdoctor.core.codes.ErrorCatalog.Code;
import rdpdoctor.core.codes.ErrorCatalog.Table;

/**
 * What an mstsc or FreeRDP error code means, the causes to check and the evidence that tells them apart, as text for
 * people. CODE and EXTENDED are hex ({@code 0x904}) or decimal; CODE may also be a FreeRDP combined code
 * ({@code 0x00020008}) or a documented name ({@code ERRCONNECT_TLS_CONNECT_FAILED}).
 */
public final class CodeExplanation {

	private CodeExplanation() {
	}

	/**
	 * What a code, and its extended code, mean.
	 *
	 * @param codes    the code, then the extended code when one was given
	 * @param causes   the ids of the causes to check, each once, in the catalog's order for the codes
	 * @param together whether the pair is mstsc's 0x904 with extended 0x7 (the server accepted, then closed)
	 */
	public record Explanation(List<Code> codes, List<String> causes, boolean together) {
	}

	/**
	 * @param code     the code as the client showed it
	 * @param extended the extended code, or null
	 * @return what the codes mean and the causes to check
	 * @throws IllegalArgumentException naming the input that is not a documented code
	 */
	public static Explanation of(String code, String extended) {
		ErrorCatalog catalog = ErrorCatalog.get();
		Code main = lookup(catalog, code.trim());
		List<Code> codes = new ArrayList<>(List.of(main));
		if (extended != null && !extended.isBlank()) {
			String ext = extended.trim();
			long value = ErrorCatalog.parseNumber(ext)
					.orElseThrow(() -> new IllegalArgumentException("EXTENDED '" + ext + "' is not a number"));
			codes.add(catalog.code(Table.EXTENDED, value).orElseThrow(() -> new IllegalArgumentException(
					"extended code " + ext + " is not a documented mstsc extended code")));
		}
		Set<String> causes = new LinkedHashSet<>();
		codes.forEach(c -> causes.addAll(c.causes()));
		boolean together = codes.size() == 2 && main.table() == Table.MSTSC && main.code() == 0x904
				&& codes.get(1).code() == 7;
		return new Explanation(List.copyOf(codes), List.copyOf(causes), together);
	}

	/**
	 * @param code     the code as the client showed it
	 * @param extended the extended code, or null
	 * @return the explanation, several lines
	 * @throws IllegalArgumentException naming the input that is not a documented code
	 */
	public static String explain(String code, String extended) {
		Explanation explanation = of(code, extended);
		ErrorCatalog catalog = ErrorCatalog.get();
		Formatter out = new Formatter();
		for (Code c : explanation.codes()) {
			out.format("%s %s (%d): %s%n  %s%n", c.table().title(), hex(c), c.code(), c.name(), c.meaning());
		}
		if (explanation.together()) {
			out.format("%nTogether: the server accepted the TCP connection, then refused and closed it. The code is a%n");
			out.format("symptom, not a cause; these are the causes behind it, and the evidence that tells them apart.%n");
		}
		out.format("%n");
		if (explanation.causes().isEmpty()) {
			out.format("No server-side cause is known for this code: it reports a client-side or user event.%n");
			return out.toString();
		}
		out.format("Causes to check (and what identifies each):%n");
		for (String id : explanation.causes()) {
			Optional<ErrorCatalog.Cause> cause = catalog.cause(id);
			out.format("  %-28s %-7s %s%n", id, cause.map(ErrorCatalog.Cause::severity).orElse(""),
					cause.map(ErrorCatalog.Cause::description).orElse(""));
			cause.ifPresent(c -> out.format("  %-28s         evidence: %s%n", "", c.tellsApart()));
		}
		out.format("%nTo find which one it is: rdpdoctor diagnose HOST[:PORT] (credential-free).%n");
		return out.toString();
	}

	private static Code lookup(ErrorCatalog catalog, String text) {
		Optional<Long> number = ErrorCatalog.parseNumber(text);
		if (number.isEmpty()) {
			return catalog.byName(text).orElseThrow(
					() -> new IllegalArgumentException("CODE '" + text + "' is neither a number nor a known name"));
		}
		return catalog.decode(number.get()).orElseThrow(() -> new IllegalArgumentException("code " + text
				+ " is not a documented mstsc disconnect reason or FreeRDP error (FreeRDP codes look like 0x0002000D)"));
	}

	/**
	 * @param code a documented code
	 * @return the code as its client shows it: FreeRDP's combined 0x000200NN, mstsc's 0x904
	 */
	public static String hex(Code code) {
		return switch (code.table()) {
		case FREERDP_ERRINFO -> String.format("0x%08X", 0x10000 | code.code());
		case FREERDP_CONNECT -> String.format("0x%08X", 0x20000 | code.code());
		default -> String.format("0x%X", code.code());
		};
	}
}
