package rdpdoctor.events;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads one kind of log file into {@link LogEvent}s; contributed to {@code rdpdoctor.events.sources} as a
 * {@code fileReader}. Called from any thread, one file at a time per call; must stream (files hold millions of
 * events), bound every size it reads from the file, and report damage with file and place instead of failing when
 * part of the file can still be read.
 */
public interface IEventFileReader {

	/**
	 * @param file the file
	 * @param head its first bytes (up to 512; fewer for a shorter file)
	 * @return whether this reader reads files that begin so
	 */
	boolean accepts(Path file, byte[] head);

	/**
	 * @param file   the file
	 * @param events told of each event, in file order
	 * @param damage told of each part that could not be read
	 * @return how many events were read
	 * @throws IOException        when the file cannot be read at all
	 * @throws EventReadException when reading had to stop early (the events before it were given)
	 */
	long read(Path file, Consumer<LogEvent> events, EventDamage damage) throws IOException, EventReadException;
}
