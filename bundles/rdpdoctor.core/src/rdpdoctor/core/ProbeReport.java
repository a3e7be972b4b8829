package rdpdoctor.core;

import java.util.LinkedHashMap;
import java.util.Map;

import rdpdoctor.model.ProbeStatus;

/**
 * Where a running probe writes what it sees. Evidence recorded before a deadline or a crash is kept, so a
 * probe should record as it goes. Thread-safe: the engine reads it when a probe overruns its deadline.
 */
public final class ProbeReport {

	private final Map<String, Object> evidence = new LinkedHashMap<>();
	private ProbeStatus status = ProbeStatus.OK;
	private String message = "";

	/**
	 * Records one piece of evidence; a later value for the same key replaces the earlier one.
	 *
	 * @param key   a short stable key, e.g. {@code outcome} or {@code rttMs}
	 * @param value see {@link ProbeOutcome} for the allowed types; {@code null} removes the key
	 * @return this report
	 */
	public synchronized ProbeReport put(String key, Object value) {
		if (value == null) {
			evidence.remove(key);
		} else {
			evidence.put(key, value);
		}
		return this;
	}

	/**
	 * Sets how the probe ended. {@link ProbeStatus#FAILED} means the probe ran and the target failed the
	 * check; {@link ProbeStatus#OK} that the check passed or produced complete evidence.
	 *
	 * @param newStatus the status
	 * @param newMessage one line for people
	 * @return this report
	 */
	public synchronized ProbeReport status(ProbeStatus newStatus, String newMessage) {
		this.status = newStatus;
		this.message = newMessage == null ? "" : newMessage;
		return this;
	}

	/** @return the status set so far */
	public synchronized ProbeStatus status() {
		return status;
	}

	/**
	 * Freezes the report with the status the probe set.
	 *
	 * @param probeId    the probe's id
	 * @param durationMs wall time spent
	 * @return the outcome
	 */
	public synchronized ProbeOutcome toOutcome(String probeId, long durationMs) {
		return new ProbeOutcome(probeId, status, durationMs, message, evidence);
	}

	/**
	 * Freezes the report with a status the engine decided (timeout, crash, cancellation), keeping the evidence.
	 *
	 * @param probeId     the probe's id
	 * @param forced      the status to report
	 * @param why         the message to report
	 * @param durationMs  wall time spent
	 * @return the outcome
	 */
	public synchronized ProbeOutcome toOutcome(String probeId, ProbeStatus forced, String why, long durationMs) {
		return new ProbeOutcome(probeId, forced, durationMs, why, evidence);
	}
}
