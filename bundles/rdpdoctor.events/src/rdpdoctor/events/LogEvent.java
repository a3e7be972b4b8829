package rdpdoctor.events;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One event of a host's log, whatever it was read from (an .evtx file, Event Viewer's XML, wevtutil, Get-WinEvent, an
 * xrdp log, the journal): the System fields Windows records for every event (a Linux log's lines fill what they
 * have: time, host, the log as channel, the program as provider, the level), the event's own data fields, and the
 * event's XML as it was read (a Linux log line: the line).
 * Every text in it comes from the host or the file: untrusted, to be escaped for wherever it is shown.
 *
 * @param time     when it was written (TimeCreated SystemTime), {@link Instant#EPOCH} when the record had none
 * @param host     the computer that wrote it (Computer)
 * @param channel  its log, e.g. {@code Microsoft-Windows-TerminalServices-RemoteConnectionManager/Operational}
 * @param provider the provider's name, e.g. {@code Microsoft-Windows-Schannel}
 * @param eventId  the event ID (without qualifiers)
 * @param level    0 LogAlways, 1 Critical, 2 Error, 3 Warning, 4 Information, 5 Verbose
 * @param recordId the record's number in its log (EventRecordID)
 * @param message  the rendered message when the source had one (Event Viewer's RenderingInfo), else empty
 * @param data     the event's named data (EventData's Data elements, UserData's fields), in order
 * @param xml      the event's XML as read (for an .evtx record: as its binary XML renders)
 */
public record LogEvent(Instant time, String host, String channel, String provider, int eventId, int level,
		long recordId, String message, Map<String, String> data, String xml) {

	/** Checks and copies. */
	public LogEvent {
		Objects.requireNonNull(time, "time");
		host = host == null ? "" : host;
		channel = channel == null ? "" : channel;
		provider = provider == null ? "" : provider;
		message = message == null ? "" : message;
		data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data));
		xml = xml == null ? "" : xml;
	}

	/** @return the level's name as Event Viewer shows it */
	public String levelName() {
		return switch (level) {
		case 1 -> "Critical";
		case 2 -> "Error";
		case 3 -> "Warning";
		case 5 -> "Verbose";
		default -> "Information";
		};
	}
}
