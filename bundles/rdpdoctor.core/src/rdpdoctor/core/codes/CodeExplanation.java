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
	 * @param code     the code as the client showed it
	 * @param extended the extended code, or null
	 * @return the explanation, several lines
	 * @throws IllegalArgumentException naming the input that is not a documented code
	 */
	public static String explain(String code, String extended) {
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
		Formatter out = new Formatter();
		for (Code c : codes) {
			out.format("%s %s (%d): %s%n  %s%n", c.table().title(), hex(c), c.code(), c.name(), c.meaning());
		}
		Set<String> causes = new LinkedHashSet<>();
		codes.forEach(c -> causes.addAll(c.causes()));
		if (codes.size() == 2 && main.table() == Table.MSTSC && main.code() == 0x904 && codes.get(1).code() == 7) {
			out.format("%nTogether: the server accepted the TCP connection, then refused and closed it. The code is a%n");
			out.format("symptom, not a cause; these are the causes behind it, and the evidence that tells them apart.%n");
		}
		out.format("%n");
		if (causes.isEmpty()) {
			out.format("No server-side cause is known for this code: it reports a client-side or user event.%n");
			return out.toString();
		}
		out.format("Causes to check (and what identifies each):%n");
		for (String id : causes) {
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

	private static String hex(Code code) {
		return switch (code.table()) {
		case FREERDP_ERRINFO -> String.format("0x%08X", 0x10000 | code.code());
		case FREERDP_CONNECT -> String.format("0x%08X", 0x20000 | code.code());
		default -> String.format("0x%X", code.code());
		};
	}
}
