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
	 * @param out where JSON text goes
	 * @return a writer that writes the characters a terminal would obey and JSON writers leave raw (C1 controls, bidi
	 *         overrides, other format characters, line and paragraph separators) as JSON escapes: the same JSON,
	 *         safe to print
	 */
	public static java.io.Writer terminalSafe(java.io.Writer out) {
		return new JsonTextWriter(out);
	}

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
