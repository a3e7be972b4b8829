package rdpdoctor.report;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonWriter;

import rdpdoctor.core.Finding;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.Target;
import rdpdoctor.model.HostStatus;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.model.Severity;

/**
 * One host of the JSON result (DESIGN.md; fields may be added, never renamed), written and read back. Evidence
 * values come back as strings, numbers, booleans and lists (timestamps and bytes as their text).
 */
public final class HostJson {

	private HostJson() {
	}

	/**
	 * @param json where to write
	 * @param host the diagnosis
	 * @throws IOException when writing fails
	 */
	public static void write(JsonWriter json, HostDiagnosis host) throws IOException {
		json.beginObject();
		json.name("target").value(host.target().toString());
		json.name("address").value(host.address());
		if (!host.target().expectedAddress().isEmpty()) {
			json.name("expectedAddress").value(host.target().expectedAddress());
		}
		json.name("port").value(host.target().port());
		json.name("status").value(host.status().getLiteral());
		json.name("startedAt").value(host.started().toString());
		json.name("durationMs").value(host.finished().toEpochMilli() - host.started().toEpochMilli());
		json.name("finishedAt").value(host.finished().toString());
		json.name("findings").beginArray();
		for (Finding f : host.findings()) {
			json.beginObject();
			json.name("cause").value(f.cause());
			json.name("severity").value(f.severity().getLiteral());
			json.name("confidence").value(f.confidence());
			json.name("title").value(f.title());
			json.name("explanation").value(f.explanation());
			strings(json.name("evidence"), f.evidence());
			strings(json.name("remediations"), f.remediations());
			strings(json.name("considered"), f.considered());
			strings(json.name("causedBy"), f.causedBy());
			json.endObject();
		}
		json.endArray();
		json.name("probes").beginArray();
		for (ProbeOutcome o : host.outcomes()) {
			json.beginObject();
			json.name("id").value(o.probeId());
			json.name("status").value(o.status().getLiteral());
			json.name("durationMs").value(o.durationMs());
			json.name("message").value(o.message());
			json.name("evidence").beginObject();
			Map<String, String> types = new LinkedHashMap<>();
			for (Map.Entry<String, Object> e : o.evidence().entrySet()) {
				value(json.name(e.getKey()), e.getValue());
				String type = EvidenceTypes.of(e.getValue());
				if (type != null) {
					types.put(e.getKey(), type);
				}
			}
			json.endObject();
			if (!types.isEmpty()) { // what JSON cannot tell by itself: instants and bytes are written as text
				json.name("evidenceTypes").beginObject();
				for (Map.Entry<String, String> t : types.entrySet()) {
					json.name(t.getKey()).value(t.getValue());
				}
				json.endObject();
			}
			json.endObject();
		}
		json.endArray();
		json.endObject();
	}

	/**
	 * @param host a diagnosis
	 * @return it as one line of JSON (for checkpoint files)
	 */
	public static String line(HostDiagnosis host) {
		StringWriter text = new StringWriter();
		try {
			JsonWriter json = new JsonWriter(text);
			write(json, host);
			json.flush();
		} catch (IOException e) {
			throw new IllegalStateException("writing to a string cannot fail", e);
		}
		return text.toString();
	}

	/**
	 * @param text one host's JSON object
	 * @return the diagnosis
	 * @throws IllegalArgumentException when the text is not a host of the JSON result
	 */
	public static HostDiagnosis read(String text) {
		try {
			return read(JsonParser.parseString(text).getAsJsonObject());
		} catch (RuntimeException e) {
			throw new IllegalArgumentException("not a host of the RDP Doctor JSON result: " + e.getMessage(), e);
		}
	}

	/**
	 * @param o one host's JSON object
	 * @return the diagnosis
	 * @throws IllegalArgumentException when the object is not a host of the JSON result
	 */
	public static HostDiagnosis read(JsonObject o) {
		try {
			Target parsed = Target.parse(o.get("target").getAsString(), Target.DEFAULT_RDP_PORT);
			Target target = new Target(parsed.host(), parsed.port(),
					o.has("expectedAddress") ? o.get("expectedAddress").getAsString() : "");
			Instant started = Instant.parse(o.get("startedAt").getAsString());
			List<Finding> findings = new ArrayList<>();
			for (JsonElement e : o.getAsJsonArray("findings")) {
				JsonObject f = e.getAsJsonObject();
				findings.add(new Finding(f.get("cause").getAsString(), Severity.get(f.get("severity").getAsString()),
						f.get("confidence").getAsDouble(), f.get("title").getAsString(),
						f.get("explanation").getAsString(), strings(f, "evidence"), strings(f, "remediations"),
						strings(f, "considered"), f.has("causedBy") ? strings(f, "causedBy") : List.of()));
			}
			List<ProbeOutcome> outcomes = new ArrayList<>();
			for (JsonElement e : o.getAsJsonArray("probes")) {
				JsonObject p = e.getAsJsonObject();
				Map<String, Object> evidence = new LinkedHashMap<>();
				JsonObject types = p.has("evidenceTypes") ? p.getAsJsonObject("evidenceTypes") : new JsonObject();
				p.getAsJsonObject("evidence").entrySet().forEach(en -> evidence.put(en.getKey(), EvidenceTypes.read(
						plain(en.getValue()), types.has(en.getKey()) ? types.get(en.getKey()).getAsString() : null)));
				outcomes.add(new ProbeOutcome(p.get("id").getAsString(), ProbeStatus.get(p.get("status").getAsString()),
						p.get("durationMs").getAsLong(), p.get("message").getAsString(), evidence));
			}
			Instant finished = o.has("finishedAt") ? Instant.parse(o.get("finishedAt").getAsString())
					: started.plusMillis(o.get("durationMs").getAsLong());
			return new HostDiagnosis(target, o.get("address").getAsString(),
					HostStatus.get(o.get("status").getAsString()), findings, outcomes, started, finished);
		} catch (RuntimeException e) {
			throw new IllegalArgumentException("not a host of the RDP Doctor JSON result: " + e.getMessage(), e);
		}
	}

	private static List<String> strings(JsonObject o, String name) {
		List<String> values = new ArrayList<>();
		JsonArray array = o.has(name) ? o.getAsJsonArray(name) : new JsonArray();
		array.forEach(v -> values.add(v.getAsString()));
		return values;
	}

	private static Object plain(JsonElement e) {
		if (e.isJsonArray()) {
			List<Object> list = new ArrayList<>();
			e.getAsJsonArray().forEach(v -> list.add(plain(v)));
			return list;
		}
		if (e.isJsonPrimitive()) {
			JsonPrimitive p = e.getAsJsonPrimitive();
			if (p.isBoolean()) {
				return p.getAsBoolean();
			}
			if (p.isNumber()) { // as written: a whole number without a point is a Long, anything else a Double
				String literal = p.getAsString();
				return literal.matches("-?\\d+") ? (Object) Long.parseLong(literal) : (Object) p.getAsDouble();
			}
			return p.getAsString();
		}
		return String.valueOf(e);
	}

	private static void strings(JsonWriter json, List<String> values) throws IOException {
		json.beginArray();
		for (String v : values) {
			json.value(v);
		}
		json.endArray();
	}

	private static void value(JsonWriter json, Object value) throws IOException {
		if (value instanceof Number n) {
			json.value(n);
		} else if (value instanceof Boolean b) {
			json.value(b);
		} else if (value instanceof byte[] bytes) {
			json.value(HexFormat.of().formatHex(bytes));
		} else if (value instanceof Instant instant) {
			json.value(instant.toString());
		} else if (value instanceof List<?> list) {
			json.beginArray();
			for (Object item : list) {
				value(json, item);
			}
			json.endArray();
		} else {
			json.value(String.valueOf(value));
		}
	}
}
