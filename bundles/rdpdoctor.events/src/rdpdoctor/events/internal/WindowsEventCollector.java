package rdpdoctor.events.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import rdpdoctor.ssh.RemoteShell;
import rdpdoctor.ssh.host.HostSystem;
import rdpdoctor.events.IEventCollector;
import rdpdoctor.events.EventQuery;
import rdpdoctor.events.LogEvent;
import rdpdoctor.events.EventDamage;
import rdpdoctor.events.EventReadException;

/**
 * Windows hosts: {@code Get-WinEvent -FilterHashtable} over the RDP-related channels, filtered by time and event ID on
 * the host, newest first up to the bound, each event's {@code ToXml()} back (the standard event XML, read by
 * {@link EventXmlReader}).
 */
public class WindowsEventCollector implements IEventCollector {

	/** The channels and event IDs collected when the query names none (facts/RDP.md). */
	public static final Map<String, List<Integer>> RDP_EVENTS = channels();

	private static Map<String, List<Integer>> channels() {
		Map<String, List<Integer>> channels = new LinkedHashMap<>();
		channels.put("System", List.of(36870, 36871, 36874, 36888, 1050, 1051, 1052, 1053, 1054, 1055, 1056, 1057,
				1058, 1059, 7036, 7022, 7023, 7024, 7031, 7034));
		channels.put("Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational", List.of(261, 1149));
		channels.put("Microsoft-Windows-RemoteDesktopServices-RdpCoreTS/Operational", List.of(131, 139, 140, 142,
				143));
		channels.put("Microsoft-Windows-TerminalServices-LocalSessionManager/Operational", List.of(21, 22, 23, 24,
				25));
		return Map.copyOf(channels);
	}

	@Override
	public boolean accepts(HostSystem system) {
		return system == HostSystem.WINDOWS;
	}

	@Override
	public String command(EventQuery query) {
		long seconds = Math.max(1, Duration.between(query.since(), Instant.now()).toSeconds());
		StringBuilder filters = new StringBuilder();
		for (Map.Entry<String, List<Integer>> channel : RDP_EVENTS.entrySet()) {
			List<Integer> ids = query.ids().isEmpty() ? channel.getValue()
					: channel.getValue().stream().filter(query.ids()::contains).toList();
			if (query.ids().isEmpty() || !ids.isEmpty()) {
				filters.append(filters.isEmpty() ? "" : ",\n").append("  @{ LogName = '").append(channel.getKey())
						.append("'; StartTime = $since; Id = ").append(ids.stream().map(String::valueOf)
								.collect(Collectors.joining(","))).append(" }");
			}
		}
		Set<Integer> others = query.ids().stream().filter(id -> RDP_EVENTS.values().stream()
				.noneMatch(l -> l.contains(id))).collect(Collectors.toSet());
		if (!others.isEmpty()) { // IDs of no known channel: asked of System
			filters.append(filters.isEmpty() ? "" : ",\n").append("  @{ LogName = 'System'; StartTime = $since; Id = ")
					.append(others.stream().sorted().map(String::valueOf).collect(Collectors.joining(","))).append(" }");
		}
		String script = String.join("\n",
				"$ErrorActionPreference = 'SilentlyContinue'",
				"$since = (Get-Date).AddSeconds(-" + seconds + ")",
				"$filters = @(",
				filters.toString(),
				")",
				"[Console]::OutputEncoding = [System.Text.Encoding]::UTF8",
				"$events = foreach ($f in $filters) { Get-WinEvent -FilterHashtable $f -MaxEvents " + query.maxEvents()
						+ " }",
				"$events | Sort-Object TimeCreated -Descending | Select-Object -First " + query.maxEvents()
						+ " | ForEach-Object { $_.ToXml() }",
				"exit 0");
		return RemoteShell.POWERSHELL.command(script);
	}

	@Override
	public long read(String output, String host, Consumer<LogEvent> events, EventDamage damage) {
		try {
			return EventXmlReader.read(new ByteArrayInputStream(output.getBytes(StandardCharsets.UTF_8)),
					"Get-WinEvent on " + host, events);
		} catch (EventReadException e) {
			damage.found(e.getMessage());
			return e.eventsRead();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
