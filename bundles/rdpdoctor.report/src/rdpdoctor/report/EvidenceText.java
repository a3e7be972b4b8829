package rdpdoctor.report;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/** Renders evidence values as text for people. */
public final class EvidenceText {

	private EvidenceText() {
	}

	public static String of(Object value) {
		if (value instanceof byte[] bytes) {
			return HexFormat.of().formatHex(bytes);
		}
		if (value instanceof List<?> list) {
			return list.stream().map(EvidenceText::of).collect(Collectors.joining(", ", "[", "]"));
		}
		if (value instanceof Instant instant) {
			return instant.toString();
		}
		return String.valueOf(value);
	}
}
