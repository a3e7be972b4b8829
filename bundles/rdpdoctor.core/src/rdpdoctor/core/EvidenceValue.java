package rdpdoctor.core;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import rdpdoctor.model.EvidenceType;

/** The type and canonical text of an evidence value (see {@link ProbeOutcome} for the value kinds). */
public final class EvidenceValue {

	private EvidenceValue() {
	}

	/**
	 * @param value an evidence value
	 * @return its text for people and for the model: hex for bytes, ISO-8601 for instants, {@code [a, b]} for lists
	 */
	public static String text(Object value) {
		if (value instanceof byte[] bytes) {
			return HexFormat.of().formatHex(bytes);
		}
		if (value instanceof List<?> list) {
			return list.stream().map(EvidenceValue::text).collect(Collectors.joining(", ", "[", "]"));
		}
		return String.valueOf(value);
	}

	/**
	 * @param value an evidence value
	 * @return the model's type for it
	 */
	public static EvidenceType type(Object value) {
		if (value instanceof byte[]) {
			return EvidenceType.HEX;
		}
		if (value instanceof List<?>) {
			return EvidenceType.LIST;
		}
		if (value instanceof Instant) {
			return EvidenceType.TIMESTAMP;
		}
		if (value instanceof Boolean) {
			return EvidenceType.BOOLEAN;
		}
		return value instanceof Number ? EvidenceType.NUMBER : EvidenceType.TEXT;
	}
}
