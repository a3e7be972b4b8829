package rdpdoctor.events.probe;

import static rdpdoctor.core.WellKnownEvidence.EVENT_CHANNELS;
import static rdpdoctor.core.WellKnownEvidence.EVENT_IDS;
import static rdpdoctor.core.WellKnownEvidence.EVENT_LEVELS;
import static rdpdoctor.core.WellKnownEvidence.EVENT_MESSAGES;
import static rdpdoctor.core.WellKnownEvidence.EVENT_PROVIDERS;
import static rdpdoctor.core.WellKnownEvidence.EVENT_TIMES;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.RegistryFactory;

import rdpdoctor.core.IProbe;
import rdpdoctor.core.ProbeContext;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.ProbeReport;
import rdpdoctor.core.WellKnownEvidence;
import rdpdoctor.core.settings.DiagnosisSetting;
import rdpdoctor.events.EventQuery;
import rdpdoctor.events.EventSources;
import rdpdoctor.events.EventWindow;
import rdpdoctor.events.IEventCollector;
import rdpdoctor.events.LogEvent;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.ssh.host.HostConnection;
import rdpdoctor.ssh.host.HostSystem;
import rdpdoctor.ssh.CommandResult;
import rdpdoctor.ssh.SshFailure;

/**
 * Reads the host's RDP-related events of the last {@code --events-since} (24 h by default) over its SSH connection,
 * with every collector contributed for its system (Windows: Get-WinEvent on the RDP channels, filtered on the host;
 * Linux: xrdp's logs and the journal of its units), read-only. Evidence, newest first, at most
 * {@value #MAX_EVENTS}: the columns of {@link WellKnownEvidence} ({@code times}, {@code ids}, {@code levels},
 * {@code providers}, {@code channels}, {@code messages}), {@code count} (all read), {@code since}, {@code damage}.
 */
public class EventsProbe implements IProbe {

	/** The probe's id. */
	public static final String ID = WellKnownEvidence.EVENTS_PROBE;
	/** The most events kept as evidence per host (the newest). */
	public static final int MAX_EVENTS = 200;
	private static final int MAX_OUTPUT = 8 * 1024 * 1024;
	private static final int MAX_MESSAGE = 300;

	/** @return the platform's event sources; their problems are said in every run's evidence */
	private static EventSources sources() {
		return EventSources.of(RegistryFactory.getRegistry());
	}

	@Override
	public void run(ProbeContext context, ProbeReport report) throws Exception {
		Optional<Duration> window;
		try {
			window = EventWindow.parse(context.settings().extra().get(DiagnosisSetting.EVENTS_SINCE.key()));
		} catch (IllegalArgumentException e) {
			report.status(ProbeStatus.ERROR, "--events-since " + e.getMessage());
			return;
		}
		if (window.isEmpty()) {
			report.status(ProbeStatus.SKIPPED, "events not asked for (--events-since 0)");
			return;
		}
		HostConnection.onHost(context, report, Set.of(HostSystem.LINUX, HostSystem.WINDOWS),
				host -> collect(context, host, window.get(), report));
	}

	private static void collect(ProbeContext context, HostConnection host, Duration window, ProbeReport report)
			throws SshFailure {
		Instant since = Instant.now().minus(window);
		EventQuery query = new EventQuery(since, Set.of(), MAX_EVENTS * 5, xrdpLogs(context));
		List<LogEvent> events = new ArrayList<>();
		List<String> damage = new ArrayList<>();
		for (IEventCollector collector : sources().collectors(host.system())) {
			CommandResult result = host.run(collector.command(query), Duration.ofMillis(Math.max(1,
					context.remainingMillis())), MAX_OUTPUT);
			if (result.timedOut()) {
				report.status(ProbeStatus.TIMEOUT, "the host did not give its events within the deadline");
				return;
			}
			collector.read(result.stdout(), context.target().host(), events::add, damage::add);
		}
		List<LogEvent> recent = events.stream().filter(e -> !e.time().isBefore(since))
				.sorted(Comparator.comparing(LogEvent::time).reversed()).limit(MAX_EVENTS).toList();
		report.put(WellKnownEvidence.HOST_SIDE, true).put("since", since).put("count", events.stream()
				.filter(e -> !e.time().isBefore(since)).count());
		report.put(EVENT_TIMES, recent.stream().map(LogEvent::time).toList());
		report.put(EVENT_IDS, recent.stream().map(e -> (long) e.eventId()).toList());
		report.put(EVENT_LEVELS, recent.stream().map(e -> (long) e.level()).toList());
		report.put(EVENT_PROVIDERS, recent.stream().map(LogEvent::provider).toList());
		report.put(EVENT_CHANNELS, recent.stream().map(LogEvent::channel).toList());
		report.put(EVENT_MESSAGES, recent.stream().map(EventsProbe::line).toList());
		if (!damage.isEmpty()) {
			report.put("damage", damage.stream().limit(10).toList());
		}
		List<String> contributions = sources().problems();
		if (!contributions.isEmpty()) {
			report.put("sourceProblems", contributions.stream().limit(10).toList()); // a plug-in's collector left out
		}
		report.status(ProbeStatus.OK, recent.size() + " RDP-related events since " + since);
	}

	/**
	 * @return the logs of the xrdp instance the xrdp probe tied to the port (its LogFile and the LogFile of the
	 *         sesman.ini it talks to, seen through its mount namespace where it runs in another), none when it could
	 *         not tie one, the package's when it did not run
	 */
	static Optional<List<String>> xrdpLogs(ProbeContext context) {
		Optional<ProbeOutcome> xrdp = context.outcome(WellKnownEvidence.XRDP_PROBE).filter(ProbeOutcome::ok);
		if (xrdp.isEmpty()) {
			return Optional.empty();
		}
		if (xrdp.get().text(WellKnownEvidence.XRDP_AMBIGUOUS).map(Boolean::parseBoolean).orElse(false)) {
			return Optional.of(List.of());
		}
		String prefix = xrdp.get().text(WellKnownEvidence.XRDP_FILES_SEEN_THROUGH).orElse("");
		return xrdp.get().text(WellKnownEvidence.XRDP_LOG_FILE).map(log -> java.util.stream.Stream.concat(java.util.stream.Stream.of(log),
				xrdp.get().text(WellKnownEvidence.XRDP_SESMAN_LOG_FILE).stream()).map(path -> prefix + path).toList());
	}

	/** The message, else the data as NAME=VALUE, on one line, cut. */
	private static String line(LogEvent event) {
		String text = !event.message().isBlank() ? event.message()
				: String.join("; ", event.data().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
						.toList());
		String one = text.replaceAll("\\s+", " ").strip();
		return one.length() > MAX_MESSAGE ? one.substring(0, MAX_MESSAGE) + "\u2026" : one;
	}
}
