package rdpdoctor.cli;

import java.io.PrintStream;
import java.util.Optional;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import rdpdoctor.core.codes.CodeExplanation;
import rdpdoctor.core.codes.ErrorCatalog;

/**
 * {@code rdpdoctor explain CODE [EXTENDED] [--format text|json]}: what an mstsc or FreeRDP error code means, the
 * causes to check and the evidence that tells them apart (see {@link CodeExplanation}); JSON as
 * {@code docs/schemas/explain.schema.json} describes.
 */
final class ExplainCommand {

	private final PrintStream out;

	ExplainCommand(PrintStream out) {
		this.out = out;
	}

	int run(Options options) throws UsageException {
		String[] args = options.positional.toArray(String[]::new);
		if (args.length < 1 || args.length > 2) {
			throw new UsageException("explain needs CODE and optionally EXTENDED, e.g. 'explain 0x904 0x7'");
		}
		boolean json = options.output(true, Options.TEXT_OR_JSON).equals("json");
		String extended = args.length == 2 ? args[1] : null;
		try {
			if (json) {
				JsonOutput.print(out, json(CodeExplanation.of(args[0], extended)));
			} else {
				out.print(CodeExplanation.explain(args[0], extended));
			}
			return ExitCodes.OK;
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
	}

	private static JsonObject json(CodeExplanation.Explanation explanation) {
		JsonArray codes = new JsonArray();
		for (ErrorCatalog.Code code : explanation.codes()) {
			JsonObject json = new JsonObject();
			json.addProperty("table", code.table().name().toLowerCase(java.util.Locale.ROOT));
			json.addProperty("tableTitle", code.table().title());
			json.addProperty("code", CodeExplanation.hex(code));
			json.addProperty("value", code.code());
			json.addProperty("name", code.name());
			json.addProperty("meaning", code.meaning());
			codes.add(json);
		}
		JsonArray causes = new JsonArray();
		for (String id : explanation.causes()) {
			Optional<ErrorCatalog.Cause> cause = ErrorCatalog.get().cause(id);
			JsonObject json = new JsonObject();
			json.addProperty("id", id);
			cause.ifPresent(c -> {
				json.addProperty("severity", c.severity());
				json.addProperty("description", c.description());
				json.addProperty("evidence", c.tellsApart());
			});
			causes.add(json);
		}
		JsonObject root = new JsonObject();
		root.add("codes", codes);
		root.addProperty("acceptedThenClosed", explanation.together());
		root.add("causes", causes);
		return root;
	}
}
