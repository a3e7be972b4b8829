package rdpdoctor.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import com.google.gson.stream.JsonWriter;

import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.report.IReportFormat;
import rdpdoctor.core.report.ReportInput;

/** The JSON result of DESIGN.md ({@code {"hosts":[...]}}), plus a {@code run} object; streamed host by host. */
public class JsonFormat implements IReportFormat {

	@Override
	public void write(ReportInput input, OutputStream out) throws IOException {
		JsonWriter json = new JsonWriter(new JsonTextWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
		json.setIndent(" ");
		json.beginObject();
		json.name("run").beginObject();
		json.name("title").value(input.title());
		json.name("startedAt").value(input.started().toString());
		json.name("finishedAt").value(input.finished().toString());
		json.name("planned").value(input.planned());
		for (Map.Entry<String, String> fact : input.facts().entrySet()) {
			json.name(fact.getKey()).value(fact.getValue());
		}
		json.endObject();
		json.name("hosts").beginArray();
		Optional<Iterable<String>> ready = input.hostsAsJson();
		if (ready.isPresent()) {
			for (String host : ready.get()) { // already in the schema: copied as it is, not read and written again
				json.jsonValue(host);
			}
		} else {
			for (HostDiagnosis host : input.hosts()) {
				HostJson.write(json, host);
			}
		}
		json.endArray();
		json.endObject();
		json.flush();
	}
}
