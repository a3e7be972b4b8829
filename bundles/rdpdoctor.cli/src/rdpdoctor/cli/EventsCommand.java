package rdpdoctor.cli;

import static rdpdoctor.core.WellKnownEvidence.EVENT_CHANNELS;
import static rdpdoctor.core.WellKnownEvidence.EVENT_IDS;
import static rdpdoctor.core.WellKnownEvidence.EVENT_LEVELS;
import static rdpdoctor.core.WellKnownEvidence.EVENT_MESSAGES;
import static rdpdoctor.core.WellKnownEvidence.EVENT_PROVIDERS;
import static rdpdoctor.core.WellKnownEvidence.EVENT_TIMES;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.NullProgressMonitor;

import com.google.gson.stream.JsonWriter;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.Installed;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.Target;
import rdpdoctor.core.Untrusted;
import rdpdoctor.core.WellKnownEvidence;
import rdpdoctor.core.engine.DiagnosisEngine;
import rdpdoctor.core.settings.DiagnosisSetting;
import rdpdoctor.events.CollectedDamage;
import rdpdoctor.events.EventReadException;
import rdpdoctor.events.EventSources;
import rdpdoctor.events.internal.EvtxFileReader;
import rdpdoctor.events.internal.EvtxReader;
import rdpdoctor.events.EventWindow;
import rdpdoctor.events.LogEvent;

/**
 * {@code rdpdoctor events HOST|FILE... [--since 24h] [--id N,...] [--format text|json|csv]}: the RDP-related events
 * of hosts (collected over SSH, with diagnose's SSH options) or of log files (.evtx, event XML, xrdp logs, journal
 * JSON), one stream. Files stream whatever their size; damage is named on stderr with file and place, and what can be
 * read is read. Exit codes: 0 all read, 1 some damage or a host not read, 2 bad usage or a file no reader reads.
 */
final class EventsCommand {

	private final PrintStream out;
	private final PrintStream err;
	private final IExtensionRegistry registry;

	EventsCommand(PrintStream out, PrintStream err, IExtensionRegistry registry) {
		this.out = out;
		this.err = err;
		this.registry = registry;
	}

	int run(Options options) throws UsageException {
		String format = options.output(true, new TreeSet<>(Set.of("text", "json", "csv")));
		Set<Integer> ids = ids(options.named.get("--id"));
		String sinceText = options.named.get("--since");
		Optional<Duration> window;
		try {
			window = EventWindow.parse(sinceText);
		} catch (IllegalArgumentException e) {
			throw new UsageException("--since " + e.getMessage());
		}
		Instant since = window.map(w -> Instant.now().minus(w)).orElse(Instant.EPOCH);
		List<Path> files = new ArrayList<>();
		List<String> hosts = new ArrayList<>();
		for (String item : options.positional) {
			if (Files.isRegularFile(Path.of(item))) {
				files.add(Path.of(item));
			} else {
				hosts.add(item);
			}
		}
		if (!hosts.isEmpty() && options.named.get(DiagnosisSetting.SSH_USER.option()) == null) {
			throw new UsageException("'" + hosts.get(0) + "' is no file; collecting a host's events needs "
					+ "--ssh-user (and the other SSH options of diagnose)");
		}
		boolean complete = true;
		try (EventOutput output = EventOutput.of(format, out)) {
			Consumer<LogEvent> wanted = e -> {
				if ((ids.isEmpty() || ids.contains(e.eventId())) && (sinceText == null || !e.time().isBefore(since))) {
					output.write(e);
				}
			};
			EventSources sources = EventSources.of(registry);
			sources.problems().forEach(p -> err.println("rdpdoctor events: " + Untrusted.terminal(p)));
			for (Path file : files) {
				complete &= readFile(sources, file, wanted, format.equals("json"));
			}
			if (!hosts.isEmpty()) {
				complete &= collect(options, hosts, window.orElse(EventWindow.DEFAULT), wanted);
			}
		} catch (UncheckedIOException e) {
			err.println("rdpdoctor events: " + Untrusted.terminal(e.getCause().getMessage()));
			return ExitCodes.INTERNAL;
		}
		return complete ? ExitCodes.OK : ExitCodes.FINDINGS;
	}

	private boolean readFile(EventSources sources, Path file, Consumer<LogEvent> events, boolean xml)
			throws UsageException {
		CollectedDamage told = new CollectedDamage();
		List<String> damage = told.damage();
		try {
			if (!xml && new EvtxFileReader().accepts(file, head(file))) {
				EvtxReader.read(file, events, told, false); // text and CSV show no XML: not rendered
			} else {
				sources.read(file, events, told);
			}
		} catch (EventReadException e) {
			if (e.eventsRead() == 0 && e.getMessage().contains("not a log RDP Doctor reads")) {
				throw new UsageException(e.getMessage());
			}
			damage.add(e.getMessage());
		} catch (IOException e) {
			throw new UsageException(file + ": " + e.getMessage());
		}
		damage.forEach(d -> err.println("rdpdoctor events: " + Untrusted.terminal(d)));
		told.notes().forEach(n -> err.println("rdpdoctor events: note: " + Untrusted.terminal(n)));
		return damage.isEmpty();
	}

	private static byte[] head(Path file) throws IOException {
		try (java.io.InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(16);
		}
	}

	/** The hosts' events over SSH, through the engine's ssh and events probes. */
	private boolean collect(Options options, List<String> hosts, Duration window, Consumer<LogEvent> events)
			throws UsageException {
		List<Target> targets = new ArrayList<>();
		for (String host : hosts) {
			try {
				targets.add(Target.parse(host, Target.DEFAULT_RDP_PORT));
			} catch (IllegalArgumentException e) {
				throw new UsageException("'" + host + "' is no file and no host: " + e.getMessage());
			}
		}
		DiagnosisSettings settings = DiagnoseCommand.settings(options, DiagnosisSettings.DEFAULT_CONCURRENCY)
				.withExtra(DiagnosisSetting.EVENTS_SINCE.key(), window.toSeconds() + "s");
		Optional<DiagnosisEngine> engine = Installed.engine(registry, settings, p -> err.println("rdpdoctor: "
				+ Untrusted.terminal(p)), Set.of(WellKnownEvidence.EVENTS_PROBE));
		if (engine.isEmpty()) {
			return false;
		}
		boolean all = true;
		for (HostDiagnosis host : engine.get().diagnose(targets, null, new NullProgressMonitor())) {
			ProbeOutcome probe = host.outcomes().stream().filter(o -> o.probeId().equals(WellKnownEvidence
					.EVENTS_PROBE)).findFirst().orElse(null);
			if (probe == null || !probe.ok()) {
				String why = host.outcomes().stream().filter(o -> !o.ok() && !o.message().isBlank())
						.map(o -> o.probeId() + ": " + o.message()).findFirst().orElse("not read");
				err.println("rdpdoctor events: " + Untrusted.terminal(host.target() + ": " + why));
				all = false;
				continue;
			}
			fromEvidence(host.target().host(), probe).forEach(events);
		}
		return all;
	}

	/** The events probe's columns as events (their XML and data stay on the host). */
	private static List<LogEvent> fromEvidence(String host, ProbeOutcome probe) {
		List<?> times = list(probe, EVENT_TIMES);
		List<?> ids = list(probe, EVENT_IDS);
		List<?> levels = list(probe, EVENT_LEVELS);
		List<?> providers = list(probe, EVENT_PROVIDERS);
		List<?> channels = list(probe, EVENT_CHANNELS);
		List<?> messages = list(probe, EVENT_MESSAGES);
		List<LogEvent> events = new ArrayList<>();
		for (int i = 0; i < times.size() && i < ids.size() && i < levels.size() && i < providers.size()
				&& i < channels.size() && i < messages.size(); i++) {
			if (times.get(i) instanceof Instant time && ids.get(i) instanceof Number id
					&& levels.get(i) instanceof Number level) {
				events.add(new LogEvent(time, host, String.valueOf(channels.get(i)), String.valueOf(providers
						.get(i)), id.intValue(), level.intValue(), 0, String.valueOf(messages.get(i)), Map.of(), ""));
			}
		}
		return events;
	}

	private static List<?> list(ProbeOutcome probe, String key) {
		return probe.evidence().get(key) instanceof List<?> list ? list : List.of();
	}

	static Set<Integer> ids(String text) throws UsageException {
		Set<Integer> ids = new LinkedHashSet<>();
		if (text == null || text.isBlank()) {
			return ids;
		}
		for (String part : text.split(",")) {
			try {
				int id = Integer.parseInt(part.strip());
				if (id < 0 || id > 65535) {
					throw new NumberFormatException();
				}
				ids.add(id);
			} catch (NumberFormatException e) {
				throw new UsageException("--id '" + part.strip() + "' is no event ID (0-65535)");
			}
		}
		return ids;
	}

	/** Where events go, in one of the formats. */
	private abstract static class EventOutput implements AutoCloseable {

		static EventOutput of(String format, PrintStream out) {
			return switch (format) {
			case "json" -> new Json(out);
			case "csv" -> new Csv(out);
			default -> new Text(out);
			};
		}

		abstract void write(LogEvent event);

		@Override
		public void close() {
		}
	}

	/** One line per event, every text escaped for the terminal. */
	private static final class Text extends EventOutput {
		private final PrintStream out;

		Text(PrintStream out) {
			this.out = out;
		}

		@Override
		void write(LogEvent e) {
			String text = e.message().isBlank() ? String.join("; ", e.data().entrySet().stream()
					.map(d -> d.getKey() + "=" + d.getValue()).toList()) : e.message();
			out.println(Untrusted.terminal(e.time() + "  " + e.host() + "  " + e.levelName() + "  " + e.eventId()
					+ "  " + e.provider() + "  " + e.channel() + "  " + text.replaceAll("\\s+", " ").strip()));
		}
	}

	/** CSV (RFC 4180), cells neutralised against formulas. */
	private static final class Csv extends EventOutput {
		private final PrintStream out;

		Csv(PrintStream out) {
			this.out = out;
			out.print("time,host,level,id,provider,channel,record,message\r\n");
		}

		@Override
		void write(LogEvent e) {
			out.print(String.join(",", Untrusted.csvCell(e.time().toString()), Untrusted.csvCell(e.host()),
					Untrusted.csvCell(e.levelName()), String.valueOf(e.eventId()), Untrusted.csvCell(e.provider()),
					Untrusted.csvCell(e.channel()), String.valueOf(e.recordId()), Untrusted.csvCell(e.message()))
					+ "\r\n");
		}
	}

	/** {@code {"events": [...]}}, written as the events come (a file may hold millions). */
	private static final class Json extends EventOutput {
		private final java.io.Writer writer;
		private final JsonWriter json;

		Json(PrintStream out) {
			// what an event's text holds that a terminal would obey is written as JSON escapes
			writer = rdpdoctor.report.JsonRenderer.terminalSafe(new java.io.BufferedWriter(new OutputStreamWriter(out,
					StandardCharsets.UTF_8), 1 << 16));
			json = new JsonWriter(writer);
			json.setIndent(" ");
			try {
				json.beginObject().name("events").beginArray();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		@Override
		void write(LogEvent e) {
			try {
				json.beginObject().name("time").value(e.time().toString()).name("host").value(e.host())
						.name("channel").value(e.channel()).name("provider").value(e.provider()).name("id")
						.value(e.eventId()).name("level").value(e.level()).name("levelName").value(e.levelName())
						.name("recordId").value(e.recordId()).name("message").value(e.message()).name("data")
						.beginObject();
				for (Map.Entry<String, String> d : e.data().entrySet()) {
					json.name(d.getKey()).value(d.getValue());
				}
				json.endObject().name("xml").value(e.xml()).endObject();
			} catch (IOException x) {
				throw new UncheckedIOException(x);
			}
		}

		@Override
		public void close() {
			try {
				json.endArray().endObject();
				json.flush();
				writer.write('\n');
				writer.flush();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}
}
