package rdpdoctor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import rdpdoctor.inventory.io.CsvExporter;
import rdpdoctor.model.persistence.InventoryStore;

/** {@code rdpdoctor export INVENTORY --to FILE.csv}: the inventory as CSV, in the columns the CSV import reads. */
final class ExportCommand {

	private final PrintStream out;

	ExportCommand(PrintStream out) {
		this.out = out;
	}

	int run(String[] args) throws UsageException {
		Options options = new Options(args, Set.of("--to"));
		if (options.positional.size() != 1 || options.named.get("--to") == null) {
			throw new UsageException("export needs INVENTORY and --to FILE.csv");
		}
		Path target = Path.of(options.named.get("--to"));
		try (Writer csv = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
			CsvExporter.write(InventoryStore.load(Path.of(options.positional.get(0))), csv);
		} catch (IOException e) {
			throw new UsageException(e.getMessage());
		}
		out.println("rdpdoctor export: " + target);
		return ExitCodes.OK;
	}
}
