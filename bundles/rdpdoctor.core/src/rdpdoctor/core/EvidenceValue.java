package rdpdoctor.core;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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

	/**
	 * The canonical form of an evidence value, the one every conversion keeps: whole numbers as {@link Long}, other
	 * numbers as {@link Double}, strings, booleans, instants and bytes as they are, lists element by element; any other
	 * object as its text.
	 *
	 * @param value a value a probe recorded
	 * @return its canonical form
	 */
	public static Object canonical(Object value) {
		if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long
				|| value instanceof java.math.BigInteger || value instanceof java.util.concurrent.atomic.AtomicInteger
				|| value instanceof java.util.concurrent.atomic.AtomicLong) {
			return ((Number) value).longValue();
		}
		if (value instanceof Number number) {
			return number.doubleValue();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(EvidenceValue::canonical).toList();
		}
		if (value instanceof String || value instanceof Boolean || value instanceof Instant || value instanceof byte[]) {
			return value;
		}
		return String.valueOf(value);
	}

	/**
	 * Reads back a value from its type and {@link #text(Object) text} (a list's elements each with theirs).
	 *
	 * @param type  the value's type
	 * @param text  its text
	 * @param items the elements of a list, each as type and text
	 * @return the canonical value
	 * @throws IllegalArgumentException when the text is not of the type
	 */
	public static Object parse(EvidenceType type, String text, List<Map.Entry<EvidenceType, String>> items) {
		return switch (type) {
		case NUMBER -> text.matches("-?\\d+") ? (Object) Long.parseLong(text) : (Object) Double.parseDouble(text);
		case BOOLEAN -> Boolean.parseBoolean(text);
		case TIMESTAMP -> Instant.parse(text);
		case HEX -> HexFormat.of().parseHex(text);
		case LIST -> items.stream().map(item -> parse(item.getKey(), item.getValue(), List.of())).toList();
		default -> text;
		};
	}
}
