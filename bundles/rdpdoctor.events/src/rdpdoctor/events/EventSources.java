package rdpdoctor.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;

import rdpdoctor.core.registry.ContributionRegistry;
import rdpdoctor.ssh.host.HostSystem;
import rdpdoctor.events.internal.JournalReader;
import rdpdoctor.events.internal.XrdpLogReader;
import rdpdoctor.events.internal.EvtxFileReader;
import rdpdoctor.events.internal.XmlFileReader;

/**
 * The event sources contributed to {@code rdpdoctor.events.sources}: file readers (.evtx, Windows' event XML, xrdp's
 * log, the journal are built in) and collectors over SSH (Windows, Linux with xrdp). Follows bundles as they come and
 * go.
 */
public final class EventSources extends ContributionRegistry<EventSources.Source> {

	/** The extension point's full id. */
	public static final String POINT = "rdpdoctor.events.sources";
	private static final int HEAD = 512;

	/**
	 * A source as contributed: a file reader or a collector.
	 *
	 * @param id        its id
	 * @param name      its name for people
	 * @param reader    the file reader, if it is one
	 * @param collector the collector, if it is one
	 */
	public record Source(String id, String name, Optional<IEventFileReader> reader,
			Optional<IEventCollector> collector) {
	}


	private static final PerExtensionRegistry<EventSources> SHARED = new PerExtensionRegistry<>(
			registry -> new EventSources(registry, problem -> {
				// kept in problems(), which every user reports
			}));

	/**
	 * The registry of this extension point for as long as the extension registry lives: read once, then following
	 * bundles as they come and go. Its {@link #problems()} are for its users to report (the command line on standard
	 * error, the workbench in the Error Log, the events probe in its evidence).
	 *
	 * @param registry the extension registry (the platform's, or a test's own)
	 * @return its registry of event sources, the same object each time
	 */
	public static EventSources of(IExtensionRegistry registry) {
		return SHARED.of(registry);
	}

	/**
	 * A registry of its own (tests; {@link #of(IExtensionRegistry)} otherwise), closed by its maker.
	 *
	 * @param registry the extension registry
	 * @param problems receives one line per malformed contribution, the first time it is found
	 */
	public EventSources(IExtensionRegistry registry, Consumer<String> problems) {
		super(registry, POINT, problems);
	}

	@Override
	protected String id(Source source) {
		return source.id();
	}

	@Override
	protected Source read(IConfigurationElement element) {
		String id = required(element, "id");
		required(element, "class");
		String name = Optional.ofNullable(element.getAttribute("name")).orElse(id);
		return switch (element.getName()) {
		case "fileReader" -> new Source(id, name, Optional.of(create(element, IEventFileReader.class)),
				Optional.empty());
		case "collector" -> new Source(id, name, Optional.empty(), Optional.of(create(element,
				IEventCollector.class)));
		default -> throw new IllegalArgumentException("unknown element <" + element.getName() + ">");
		};
	}

	/** @return the file readers, in contribution order */
	public List<IEventFileReader> readers() {
		return all().stream().flatMap(s -> s.reader().stream()).toList();
	}

	/**
	 * @param system the host's system
	 * @return the collectors for it
	 */
	public List<IEventCollector> collectors(HostSystem system) {
		return all().stream().flatMap(s -> s.collector().stream()).filter(c -> c.accepts(system)).toList();
	}

	/**
	 * Reads a log file with the first reader that accepts it.
	 *
	 * @param file   the file
	 * @param events told of each event
	 * @param damage told of the parts that could not be read
	 * @return how many events were read
	 * @throws IOException        when the file cannot be read
	 * @throws EventReadException when no reader reads it, or reading stopped early
	 */
	public long read(Path file, Consumer<LogEvent> events, EventDamage damage) throws IOException,
			EventReadException {
		return read(readers(), file, events, damage);
	}

	/**
	 * @param readers the readers to try, in order
	 * @param file    the file
	 * @param events  told of each event
	 * @param damage  told of the parts that could not be read
	 * @return how many events were read
	 * @throws IOException        when the file cannot be read
	 * @throws EventReadException when no reader reads it, or reading stopped early
	 */
	public static long read(List<IEventFileReader> readers, Path file, Consumer<LogEvent> events, EventDamage damage)
			throws IOException, EventReadException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(HEAD);
		}
		for (IEventFileReader reader : readers) {
			if (reader.accepts(file, head)) {
				return reader.read(file, events, damage);
			}
		}
		throw new EventReadException(file + ": not a log RDP Doctor reads (.evtx, event XML, xrdp log, journal JSON);"
				+ " it begins " + HexFormat.ofDelimiter(" ").formatHex(head, 0, Math.min(16, head.length)), 0);
	}

	/** @return the built-in file readers, for use without an extension registry */
	public static List<IEventFileReader> builtInReaders() {
		return List.of(new EvtxFileReader(), new XmlFileReader(), new JournalReader(), new XrdpLogReader());
	}
}
