package rdpdoctor.events.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import rdpdoctor.events.LogEvent;

/**
 * Collects a {@link LogEvent}'s fields while an event's elements go by, whichever reader walks them (StAX over
 * XML, the .evtx reader over binary XML): the System fields, EventData's Data (by Name, else {@code Data1}, ...),
 * UserData's fields (an attribute of one as {@code FIELD.ATTRIBUTE}), RenderingInfo's Message. Element names are local names: namespaces do not matter.
 */
final class EventFields {

	private final Deque<String> path = new ArrayDeque<>();
	private final StringBuilder value = new StringBuilder();
	private final Map<String, String> data = new LinkedHashMap<>();
	private Instant time = Instant.EPOCH;
	private String computer = "";
	private String channel = "";
	private String provider = "";
	private int eventId;
	private int level = 4;
	private long recordId;
	private String message = "";
	private String dataName;
	private String userDataRoot;
	private boolean fieldHasAttributes;
	private int unnamed;

	/**
	 * @param name       an element's local name
	 * @param attributes its attributes by local name
	 */
	void start(String name, Map<String, String> attributes) {
		String parent = path.peek();
		if ("System".equals(parent) && name.equals("Provider")) {
			provider = attributes.getOrDefault("Name", attributes.getOrDefault("EventSourceName", ""));
		} else if ("System".equals(parent) && name.equals("TimeCreated") && attributes.containsKey("SystemTime")) {
			time = instant(attributes.get("SystemTime"));
		} else if ("UserData".equals(parent)) {
			userDataRoot = name;
		} else if (userDataRoot != null && userDataRoot.equals(parent) && path.size() == 3) {
			attributes.forEach((key, text) -> data.put(name + "." + key, text)); // <Flags value="10000"/>
			fieldHasAttributes = !attributes.isEmpty();
		}
		if (name.equals("Data")) {
			dataName = attributes.get("Name");
		}
		path.push(name);
		value.setLength(0);
	}

	/** @param text character data of the current element, kept up to {@link EventXml#MAX_EVENT_CHARS} */
	void text(String text) {
		int room = EventXml.MAX_EVENT_CHARS - value.length();
		if (room > 0) {
			value.append(text, 0, Math.min(text.length(), room));
		}
	}

	/** Ends the current element. */
	void end() {
		if (path.isEmpty()) {
			return;
		}
		String name = path.pop();
		String parent = path.peek();
		if (!"System".equals(parent) && !"EventData".equals(parent) && !"RenderingInfo".equals(parent)
				&& (userDataRoot == null || !userDataRoot.equals(parent) || path.size() != 3)) {
			value.setLength(0); // an element whose text no field takes
			return;
		}
		String text = value.toString().strip();
		if ("System".equals(parent)) {
			switch (name) {
			case "EventID" -> eventId = (int) number(text);
			case "Level" -> level = (int) number(text);
			case "EventRecordID" -> recordId = number(text);
			case "Channel" -> channel = text;
			case "Computer" -> computer = text;
			default -> {
				// Task, Opcode, Keywords, Correlation, Execution, Security: kept in the XML
			}
			}
		} else if ("EventData".equals(parent) && name.equals("Data")) {
			data.put(dataName != null && !dataName.isEmpty() ? dataName : "Data" + ++unnamed, text);
			dataName = null;
		} else if ("RenderingInfo".equals(parent) && name.equals("Message")) {
			message = text;
		} else if (userDataRoot != null && userDataRoot.equals(parent) && path.size() == 3) {
			if (!text.isEmpty() || !fieldHasAttributes) {
				data.put(name, text); // Event > UserData > ROOT > FIELD
			}
			fieldHasAttributes = false;
		}
		value.setLength(0);
	}

	/** @return the depth of the element open now (0 outside the event) */
	int depth() {
		return path.size();
	}

	/**
	 * @param xml          the event's XML
	 * @param fallbackTime the time to use when the XML names none (an .evtx record's written time)
	 * @param fallbackId   the record number to use when the XML names none
	 * @return the event
	 */
	LogEvent event(String xml, Instant fallbackTime, long fallbackId) {
		return new LogEvent(time.equals(Instant.EPOCH) ? fallbackTime : time, computer, channel, provider, eventId,
				level, recordId == 0 ? fallbackId : recordId, message, data, xml);
	}

	/** Windows' SystemTime as it writes it. */
	private static final String CANONICAL = "2026-11-30T08:15:02.1234567Z";

	private static int number(String text, int from, int digits) {
		int value = 0;
		for (int i = from; i < from + digits; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				throw new NumberFormatException(text);
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

	private static long number(String text) {
		try {
			return Long.parseLong(text.strip());
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	private static Instant instant(String text) {
		if (text.length() == CANONICAL.length() && text.charAt(4) == '-' && text.charAt(10) == 'T'
				&& text.charAt(19) == '.' && text.charAt(27) == 'Z') {
			try { // Windows' own form, read by hand: a parser per event costs more than the rest of the record
				return java.time.LocalDateTime.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2),
						number(text, 11, 2), number(text, 14, 2), number(text, 17, 2), number(text, 20, 7) * 100)
						.toInstant(java.time.ZoneOffset.UTC);
			} catch (java.time.DateTimeException | NumberFormatException e) {
				// not a time after all: the general parser says so
			}
		}
		try {
			return Instant.parse(text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$") ? text : text + "Z");
		} catch (DateTimeParseException e) {
			return Instant.EPOCH;
		}
	}
}
