package rdpdoctor.probes.host.windows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * What {@link WindowsScript} printed, read: the RDP-Tcp registry values, the services, the Remote Desktop firewall
 * rules, the Remote Desktop certificates, the MachineKeys ACL, the sessions and the NICs' power management. Tolerant
 * as ConvertTo-Json is: a one-element array may come as the element itself, a missing value as null.
 */
public final class WindowsFacts {

	/** A service's state. */
	public record Service(String name, String status, String startType) {
	}

	/** A rule of the Remote Desktop firewall group. */
	public record FirewallRule(String name, boolean enabled, String direction, String action, String profile) {
	}

	/**
	 * An access rule of the MachineKeys folder, as Get-Acl gives it with SIDs: the same in every display language.
	 *
	 * @param sid    the account's SID, e.g. {@code S-1-1-0} (Everyone)
	 * @param rights FileSystemRights' enum names, e.g. {@code FullControl} or {@code Read, Write}
	 * @param type   Allow or Deny
	 */
	public record AccessRule(String sid, String rights, String type) {
	}

	/**
	 * A session from the WTS API.
	 *
	 * @param id             its session ID
	 * @param state          its WTS_CONNECTSTATE_CLASS: 0 active, 4 disconnected, 6 listening, ...
	 * @param disconnectTime when its client left (FILETIME), 0 if never
	 * @param currentTime    the host's time when it was read (FILETIME)
	 */
	public record Session(long id, int state, long disconnectTime, long currentTime) {
		/** WTSDisconnected of WTS_CONNECTSTATE_CLASS. */
		public static final int DISCONNECTED = 4;
		private static final long FILETIME_PER_MINUTE = 600_000_000L;

		/** @return minutes since the client left, when the session is disconnected and the times are known */
		public Optional<Long> disconnectedMinutes() {
			return state == DISCONNECTED && disconnectTime > 0 && currentTime >= disconnectTime
					? Optional.of((currentTime - disconnectTime) / FILETIME_PER_MINUTE) : Optional.empty();
		}
	}

	/** A certificate of the Remote Desktop store. */
	public record Certificate(String thumbprint, String subject, boolean hasPrivateKey, String notAfter) {
	}

	private final JsonObject json;

	private WindowsFacts(JsonObject json) {
		this.json = json;
	}

	/**
	 * @param output what the script printed
	 * @return the facts
	 * @throws IllegalArgumentException when it is not the JSON object the script prints
	 */
	public static WindowsFacts parse(String output) {
		String text = output.strip();
		int start = text.indexOf('{'); // a profile or banner line before the JSON is ignored
		if (start < 0) {
			throw new IllegalArgumentException("no JSON object in the output: " + text.lines().findFirst().orElse(""));
		}
		try {
			return new WindowsFacts(JsonParser.parseString(text.substring(start)).getAsJsonObject());
		} catch (JsonParseException | IllegalStateException e) {
			throw new IllegalArgumentException("the output is not the expected JSON object (" + e.getMessage() + ")");
		}
	}

	/** @return a whole-number value of the object, if present */
	public Optional<Long> number(String name) {
		JsonElement value = json.get(name);
		return value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber() ? Optional.empty()
				: Optional.of(value.getAsLong());
	}

	/** @return a text value of the object, if present */
	public Optional<String> text(String name) {
		JsonElement value = json.get(name);
		return value == null || value.isJsonNull() ? Optional.empty() : Optional.of(value.getAsString());
	}

	/** @return TermService, SessionEnv and UmRdpService as found */
	public List<Service> services() {
		return objects("Services").stream().map(o -> new Service(string(o, "Name"), string(o, "Status"),
				string(o, "StartType"))).toList();
	}

	/** @return the Remote Desktop group's firewall rules */
	public List<FirewallRule> firewallRules() {
		return objects("FirewallRules").stream().map(o -> new FirewallRule(string(o, "Name"),
				string(o, "Enabled").equalsIgnoreCase("True"), string(o, "Direction"), string(o, "Action"),
				string(o, "Profile"))).toList();
	}

	/** @return the certificates of Cert:\LocalMachine\Remote Desktop */
	public List<Certificate> certificates() {
		return objects("Certificates").stream().map(o -> new Certificate(string(o, "Thumbprint").toUpperCase(
				Locale.ROOT), string(o, "Subject"), o.has("HasPrivateKey") && o.get("HasPrivateKey").getAsBoolean(),
				string(o, "NotAfter"))).toList();
	}

	/** quser's IDLE TIME: [DAYS+][HOURS:]MINUTES. */
	private static final java.util.regex.Pattern IDLE = java.util.regex.Pattern.compile(
			"(?:(\\d{1,5})\\+)?(?:(\\d{1,2}):)?(\\d{1,4})");

	/** @return icacls's lines for the MachineKeys folder */
	public List<String> machineKeysAcl() {
		return strings("MachineKeysAcl");
	}

	/**
	 * @return the MachineKeys folder's access rules by SID; empty when the script could not read them (an old
	 *         script, or Get-Acl failed: then {@link #machineKeysError()})
	 */
	public Optional<List<AccessRule>> machineKeysAccess() {
		List<JsonObject> rules = objects("MachineKeysAccess");
		if (rules.isEmpty() && !json.has("MachineKeysAccess") || rules.stream().anyMatch(o -> o.has("Error"))) {
			return Optional.empty();
		}
		return Optional.of(rules.stream().map(o -> new AccessRule(string(o, "Sid"), string(o, "Rights"),
				string(o, "Type"))).toList());
	}

	/** @return the .NET exception Get-Acl met on the MachineKeys folder, e.g. UnauthorizedAccessException */
	public Optional<String> machineKeysError() {
		return objects("MachineKeysAccess").stream().filter(o -> o.has("Error")).map(o -> string(o, "Error"))
				.findFirst();
	}

	/** @return the sessions from the WTS API; empty when the script could not use it */
	public Optional<List<Session>> wtsSessions() {
		JsonElement value = json.get("WtsSessions");
		if (value == null || value.isJsonNull()) {
			return Optional.empty();
		}
		return Optional.of(objects("WtsSessions").stream().map(o -> new Session(longOf(o, "Id"), (int) longOf(o,
				"State"), longOf(o, "DisconnectTime"), longOf(o, "CurrentTime"))).toList());
	}

	private static long longOf(JsonObject object, String name) {
		JsonElement value = object.get(name);
		return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber() ? value.getAsLong()
				: 0;
	}

	/** @return qwinsta's lines (for people: their words depend on the display language) */
	public List<String> sessions() {
		return strings("Sessions");
	}

	/**
	 * @return how long each disconnected session has been left, in minutes: from the WTS API's DisconnectTime, else
	 *         (an old script) from English quser's IDLE TIME column ({@code .} or {@code none}, {@code MINUTES},
	 *         {@code HOURS:MINUTES}, {@code DAYS+HOURS:MINUTES})
	 */
	public List<Long> disconnectedIdleMinutes() {
		Optional<List<Session>> wts = wtsSessions();
		if (wts.isPresent()) {
			return wts.get().stream().flatMap(w -> w.disconnectedMinutes().stream()).toList();
		}
		List<Long> minutes = new ArrayList<>();
		for (String line : strings("Users")) {
			List<String> columns = List.of(line.strip().split("\\s+"));
			int state = columns.indexOf("Disc");
			if (state > 0 && state + 1 < columns.size()) {
				idleMinutes(columns.get(state + 1)).ifPresent(minutes::add);
			}
		}
		return minutes;
	}

	/**
	 * @param idle quser's IDLE TIME
	 * @return it in minutes, empty when it is none of quser's forms
	 */
	static java.util.Optional<Long> idleMinutes(String idle) {
		java.util.regex.Matcher m = IDLE.matcher(idle);
		if (idle.equals(".") || idle.equalsIgnoreCase("none")) {
			return java.util.Optional.of(0L);
		}
		if (!m.matches()) {
			return java.util.Optional.empty();
		}
		long days = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
		long hours = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
		return java.util.Optional.of(days * 1440 + hours * 60 + Long.parseLong(m.group(3)));
	}

	/** @return the names of the adapters Windows may turn off to save power */
	public List<String> adaptersAllowedToSleep() {
		return objects("NicPower").stream().filter(o -> string(o, "AllowComputerToTurnOffDevice")
				.equalsIgnoreCase("Enabled")).map(o -> string(o, "Name")).toList();
	}

	/**
	 * @return the disconnected sessions: from the WTS API, else (an old script) those English qwinsta lists as Disc
	 */
	public long disconnectedSessions() {
		Optional<List<Session>> wts = wtsSessions();
		if (wts.isPresent()) {
			return wts.get().stream().filter(w -> w.state() == Session.DISCONNECTED && w.id() != 0).count();
		}
		return sessions().stream().filter(line -> line.matches(".*\\s+\\d+\\s+Disc(\\s.*)?")).count();
	}

	private List<JsonObject> objects(String name) {
		List<JsonObject> objects = new ArrayList<>();
		elements(name).forEach(e -> {
			if (e.isJsonObject()) {
				objects.add(e.getAsJsonObject());
			}
		});
		return objects;
	}

	private List<String> strings(String name) {
		List<String> strings = new ArrayList<>();
		elements(name).forEach(e -> {
			if (e.isJsonPrimitive()) {
				strings.add(e.getAsString());
			}
		});
		return strings;
	}

	private List<JsonElement> elements(String name) {
		JsonElement value = json.get(name);
		if (value == null || value.isJsonNull()) {
			return List.of();
		}
		if (value instanceof JsonArray array) {
			return array.asList();
		}
		return List.of(value); // ConvertTo-Json wrote a one-element array as the element
	}

	private static String string(JsonObject object, String name) {
		JsonElement value = object.get(name);
		return value == null || value.isJsonNull() ? "" : value.getAsString();
	}
}
