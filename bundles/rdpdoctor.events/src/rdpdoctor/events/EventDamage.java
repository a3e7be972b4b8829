package rdpdoctor.events;

/** What a reader of a damaged log is told, besides the events it could read. */
@FunctionalInterface
public interface EventDamage {

	/** @param message the damage, naming the file and the place (byte offset, line) */
	void found(String message);

	/**
	 * Told of what was left unread though nothing current was lost (records an earlier use of an .evtx chunk left
	 * in its free space); ignored unless overridden.
	 *
	 * @param message what was left, naming the file and the place
	 */
	default void note(String message) {
		// not damage: every current record was read
	}
}
