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
 * inventory is read whole before the CSV is replaced atomically; the CSV may not be the inventory itself.
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
		Path source = Path.of(options.positional.get(0));
		Path target = Path.of(options.named.get("--to"));
		try {
			SafeFiles.checkOutput(target, "--to", source);
			Inventory inventory = InventoryStore.load(source); // read whole before anything is written
			SafeFiles.replace(target, stream -> {
				Writer csv = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
				CsvExporter.write(inventory, csv);
				csv.flush();
			});
		} catch (IOException e) {
			throw new UsageException(e.getMessage());
		}
		out.println("rdpdoctor export: " + target);
		return ExitCodes.OK;
	}
}
