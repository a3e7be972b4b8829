package rdpdoctor.report;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.google.gson.stream.JsonWriter;

import rdpdoctor.core.HostDiagnosis;

/** The JSON result of DESIGN.md for {@code rdpdoctor diagnose --format json}. */
public final class JsonRenderer {

	/**
	 * @param results the diagnoses
	 * @param out     where the JSON goes
	 */
	public void render(List<HostDiagnosis> results, PrintStream out) {
		try {
			JsonWriter json = new JsonWriter(new JsonTextWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
			json.setIndent("  ");
			json.beginObject().name("hosts").beginArray();
			for (HostDiagnosis host : results) {
				HostJson.write(json, host);
			}
			json.endArray().endObject();
			json.flush();
			out.println();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
