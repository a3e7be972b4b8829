package rdpdoctor.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import rdpdoctor.model.ProbeStatus;

/**
 * What one probe saw on one target: its status, how long it took, a message and typed evidence.
 * Evidence values are {@link String}, {@link Number}, {@link Boolean}, {@link java.time.Instant},
 * {@code byte[]} (shown as hex) or a {@link java.util.List} of those, kept in their canonical form
 * ({@link EvidenceValue#canonical(Object)}: whole numbers as {@link Long}, others as {@link Double}), the form every
 * conversion (to the inventory, to JSON and back) keeps.
 *
 * @param probeId    the probe's extension id
 * @param status     how the probe ended
 * @param durationMs wall time spent
 * @param message    one line for people, may be empty
 * @param evidence   evidence in the order it was recorded, unmodifiable
 */
public record ProbeOutcome(String probeId, ProbeStatus status, long durationMs, String message,
		Map<String, Object> evidence) {

	/** Copies the evidence. */
	public ProbeOutcome {
		Objects.requireNonNull(probeId, "probeId");
		Objects.requireNonNull(status, "status");
		message = message == null ? "" : message;
		Map<String, Object> canonical = new LinkedHashMap<>();
		evidence.forEach((key, value) -> canonical.put(key, EvidenceValue.canonical(value)));
		evidence = Collections.unmodifiableMap(canonical);
	}

	/** @return whether the probe completed its work and its evidence is complete */
	public boolean ok() {
		return status == ProbeStatus.OK;
	}

	/**
	 * @param key evidence key
	 * @return the value as text, if present
	 */
	public Optional<String> text(String key) {
		return Optional.ofNullable(evidence.get(key)).map(String::valueOf);
	}

	/**
	 * @param key evidence key
	 * @return the value as a number, if present and numeric
	 */
	public Optional<Long> number(String key) {
		return evidence.get(key) instanceof Number n ? Optional.of(n.longValue()) : Optional.empty();
	}
}
