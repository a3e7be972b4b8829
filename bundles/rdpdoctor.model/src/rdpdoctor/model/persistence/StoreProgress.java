package rdpdoctor.model.persistence;

/**
 * Told how far a load or a save of an inventory has come, and asked whether to go on: what a progress monitor with a
 * Cancel button needs.
 */
@FunctionalInterface
public interface StoreProgress {

	/** Goes on to the end and reports nothing. */
	StoreProgress NONE = bytes -> true;

	/**
	 * Called as the file is read or written, every 64 KiB or so, from the thread that loads or saves.
	 *
	 * @param bytes bytes read or written so far
	 * @return false to stop: the load or save then throws {@link java.util.concurrent.CancellationException}, and a
	 *         stopped save leaves the file on disk as it was
	 */
	boolean proceed(long bytes);
}
