package rdpdoctor.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import rdpdoctor.inventory.io.CsvExporter;
import rdpdoctor.model.Inventory;
import rdpdoctor.model.persistence.InventoryStore;
import rdpdoctor.model.persistence.SafeFiles;

/**
 * {@code rdpdoctor export INVENTORY --to FILE.csv}: the inventory as CSV, in the columns the CSV import reads. The
 * inventory is read whole before the CSV is replaced atomically; the CSV may not be the inventory itself. With
 * {@code --format json}, what was written as {@code docs/schemas/export.schema.json} describes.
 */
final class ExportCommand {

	private final PrintStream out;

	ExportCommand(PrintStream out) {
		this.out = out;
	}

	int run(Options options) throws UsageException {
		if (options.positional.size() != 1 || options.named.get("--to") == null) {
			throw new UsageException("export needs INVENTORY and --to FILE.csv");
		}
		boolean json = options.output(true, Options.TEXT_OR_JSON).equals("json");
		Path source = Path.of(options.positional.get(0));
		int[] hosts = new int[1];
		Path target = Path.of(options.named.get("--to"));
		try {
			SafeFiles.checkOutput(target, "--to", source);
			Inventory inventory = InventoryStore.load(source); // read whole before anything is written
			hosts[0] = rdpdoctor.core.inventory.InventoryWalk.entries(inventory).size();
			SafeFiles.replace(target, stream -> {
				Writer csv = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
				CsvExporter.write(inventory, csv);
				csv.flush();
			});
		} catch (IOException e) {
			throw new UsageException(e.getMessage());
		}
		if (json) {
			com.google.gson.JsonObject result = new com.google.gson.JsonObject();
			result.addProperty("inventory", source.toString());
			result.addProperty("written", target.toString());
			result.addProperty("format", "csv");
			result.addProperty("hosts", hosts[0]);
			JsonOutput.print(out, result);
		} else {
			out.println("rdpdoctor export: " + target);
		}
		return ExitCodes.OK;
	}
}
