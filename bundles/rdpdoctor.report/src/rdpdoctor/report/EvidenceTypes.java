package rdpdoctor.report;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import rdpdoctor.core.EvidenceValue;
import rdpdoctor.model.EvidenceType;

/**
 * The JSON result's {@code evidenceTypes}: for evidence JSON writes as text (instants, bytes, lists holding them),
 * the type that reads it back as it was. Plain strings, numbers and booleans need none.
 */
final class EvidenceTypes {

	private EvidenceTypes() {
	}

	/** @return the type to note for a value, or null when JSON keeps it as it is */
	static String of(Object value) {
		if (value instanceof List<?> list) {
			boolean plain = list.stream().allMatch(item -> of(item) == null);
			return plain ? null
					: list.stream().map(item -> EvidenceValue.type(item).getName())
							.collect(Collectors.joining(",", "LIST(", ")"));
		}
		EvidenceType type = EvidenceValue.type(value);
		return type == EvidenceType.TIMESTAMP || type == EvidenceType.HEX ? type.getName() : null;
	}

	/**
	 * @param value the value as JSON gave it
	 * @param type  its noted type, or null
	 * @return the value as it was recorded
	 */
	static Object read(Object value, String type) {
		if (type == null) {
			return value;
		}
		if (type.startsWith("LIST(") && type.endsWith(")") && value instanceof List<?> list) {
			String[] types = type.substring(5, type.length() - 1).split(",", -1);
			return java.util.stream.IntStream.range(0, list.size())
					.mapToObj(i -> read(list.get(i), i < types.length ? types[i] : null)).toList();
		}
		return switch (type) {
		case "TIMESTAMP" -> Instant.parse(String.valueOf(value));
		case "HEX" -> HexFormat.of().parseHex(String.valueOf(value));
		default -> value;
		};
	}
}
