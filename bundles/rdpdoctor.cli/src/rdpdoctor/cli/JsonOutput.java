package rdpdoctor.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import com.google.gson.JsonElement;

import rdpdoctor.report.JsonRenderer;

/**
 * A command's JSON result on standard output, one document a line, written so a terminal shows what a host or file
 * put in it (C1 controls, bidi overrides) instead of obeying it ({@link JsonRenderer#terminalSafe}).
 */
final class JsonOutput {

	private JsonOutput() {
	}

	/**
	 * @param out  standard output
	 * @param json the result
	 */
	static void print(PrintStream out, JsonElement json) {
		try {
			Writer writer = JsonRenderer.terminalSafe(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			writer.write(json.toString());
			writer.write('\n');
			writer.flush();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
