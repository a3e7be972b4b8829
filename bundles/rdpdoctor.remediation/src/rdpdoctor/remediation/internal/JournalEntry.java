package rdpdoctor.remediation.internal;

import java.time.Instant;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * One line of the audit journal: one step of one remediation action.
 *
 * @param action      the action's id (one plan applied to one host, and its rollback)
 * @param step        the step
 * @param time        when it was recorded
 * @param user        who ran it (the local user) and as whom on the host
 * @param host        the host
 * @param cause       the cause being fixed
 * @param remediation the remediation's id
 * @param planHash    {@link Plan#hash()}
 * @param snapshot    where the snapshot is kept, once taken
 * @param detail      what happened: exit status and error, the verification's findings
 */
public record JournalEntry(String action, Step step, Instant time, String user, String host, String cause,
		String remediation, String planHash, String snapshot, String detail) {

	/** The steps, in the order they happen. */
	public enum Step {
		/** The plan was confirmed; nothing ran yet. */
		PLANNED,
		/** The precondition failed: nothing was changed. */
		REFUSED,
		/** The before-state is kept locally. */
		SNAPSHOT_TAKEN,
		/** The apply script was sent: from here the host may have changed. */
		APPLY_STARTED,
		/** The apply script ended with success. */
		APPLIED,
		/** The apply script failed or timed out (rolled back automatically when possible). */
		APPLY_FAILED,
		/** The new diagnosis no longer has the finding and no new ERROR finding. */
		VERIFIED,
		/** The new diagnosis still has the finding, or a new ERROR finding. */
		VERIFY_FAILED,
		/** The rollback script was sent. */
		ROLLBACK_STARTED,
		/** The rollback script ended with success: the snapshot is back. */
		ROLLED_BACK,
		/** The rollback script failed. */
		ROLLBACK_FAILED;

		/** @return whether a crash at this step leaves the host in an unknown state */
		public boolean inFlight() {
			return this == APPLY_STARTED || this == ROLLBACK_STARTED;
		}
	}

	/**
	 * @param step   the next step
	 * @param detail what happened
	 * @return this action's entry for that step, now
	 */
	public JournalEntry next(Step step, String detail) {
		return new JournalEntry(action, step, Instant.now(), user, host, cause, remediation, planHash, snapshot,
				detail);
	}

	/**
	 * @param location where the snapshot is kept
	 * @return this entry naming it
	 */
	public JournalEntry withSnapshot(String location) {
		return new JournalEntry(action, step, time, user, host, cause, remediation, planHash, location, detail);
	}

	/** @return this entry as the journal's line holds it: one JSON object */
	public String toJson() {
		JsonObject json = new JsonObject();
		json.addProperty("action", action);
		json.addProperty("step", step.name());
		json.addProperty("time", time.toString());
		json.addProperty("user", user);
		json.addProperty("host", host);
		json.addProperty("cause", cause);
		json.addProperty("remediation", remediation);
		json.addProperty("planHash", planHash);
		json.addProperty("snapshot", snapshot);
		json.addProperty("detail", detail);
		return json.toString();
	}

	/**
	 * @param line a journal line
	 * @return its entry
	 * @throws RuntimeException (Gson's, IllegalArgumentException, DateTimeParseException) when it is not one
	 */
	static JournalEntry fromJson(String line) {
		JsonObject json = JsonParser.parseString(line).getAsJsonObject();
		String action = json.get("action").getAsString();
		if (!action.matches("[0-9A-Za-z-]{1,64}")) {
			throw new IllegalArgumentException("not an action id");
		}
		return new JournalEntry(action,
				Step.valueOf(json.get("step").getAsString()),
				Instant.parse(json.get("time").getAsString()), text(json, "user"), text(json, "host"),
				text(json, "cause"), text(json, "remediation"), text(json, "planHash"), text(json, "snapshot"),
				text(json, "detail"));
	}

	private static String text(JsonObject json, String key) {
		return json.has(key) && !json.get(key).isJsonNull() ? json.get(key).getAsString() : "";
	}
}
