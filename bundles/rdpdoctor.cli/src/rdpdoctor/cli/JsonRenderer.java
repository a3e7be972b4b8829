package rdpdoctor.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import com.google.gson.stream.JsonWriter;

import rdpdoctor.core.Finding;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.ProbeOutcome;

/** The JSON result of DESIGN.md (a stable API: fields may be added, never renamed). */
final class JsonRenderer {

	void render(List<HostDiagnosis> results, PrintStream out) {
		try {
			JsonWriter json = new JsonWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			json.setIndent("  ");
			json.beginObject().name("hosts").beginArray();
			for (HostDiagnosis host : results) {
				host(json, host);
			}
			json.endArray().endObject();
			json.flush();
			out.println();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void host(JsonWriter json, HostDiagnosis host) throws IOException {
		json.beginObject();
		json.name("target").value(host.target().toString());
		json.name("address").value(host.address());
		json.name("port").value(host.target().port());
		json.name("status").value(host.status().getLiteral());
		json.name("startedAt").value(host.started().toString());
		json.name("durationMs").value(host.finished().toEpochMilli() - host.started().toEpochMilli());
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
			for (Map.Entry<String, Object> e : o.evidence().entrySet()) {
				value(json.name(e.getKey()), e.getValue());
			}
			json.endObject();
			json.endObject();
		}
		json.endArray();
		json.endObject();
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
