package rdpdoctor.events;

/** A log file that could not be read to its end: the message names the file and where; the events before it stand. */
public class EventReadException extends Exception {

	private static final long serialVersionUID = 1L;
	private final long eventsRead;

	/**
	 * @param message    what broke, naming the file and the place (line and column, or byte offset)
	 * @param eventsRead how many events were read before
	 */
	public EventReadException(String message, long eventsRead) {
		super(message);
		this.eventsRead = eventsRead;
	}

	/** @return how many events were read before the damage */
	public long eventsRead() {
		return eventsRead;
	}
}
