package rdpdoctor.events;

/** What a reader of a damaged log is told, besides the events it could read. */
@FunctionalInterface
public interface EventDamage {

	/** @param message the damage, naming the file and the place (byte offset, line) */
	void found(String message);
}
