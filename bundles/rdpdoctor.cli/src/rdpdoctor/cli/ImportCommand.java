package rdpdoctor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IExtensionRegistry;

import rdpdoctor.core.Installed;
import rdpdoctor.core.Untrusted;
import rdpdoctor.core.inventory.ImportedHost;
import rdpdoctor.core.inventory.InstalledImporter;
import rdpdoctor.core.inventory.InventoryMerge;
import rdpdoctor.model.Inventory;
import rdpdoctor.model.ModelFactory;
import rdpdoctor.model.persistence.InventoryStore;

/**
 * {@code rdpdoctor import FILE... --to INVENTORY [--format ID]}: reads each file with the importer that recognises
 * it (or the one named), then merges everything into the inventory (created if missing) and saves it atomically.
 * A malformed file stops the import before the inventory is touched.
 */
final class ImportCommand {

	private static final Set<String> OPTIONS = Set.of("--to", "--format");

	private final PrintStream out;
	private final PrintStream err;
	private final IExtensionRegistry registry;

	ImportCommand(PrintStream out, PrintStream err, IExtensionRegistry registry) {
		this.out = out;
		this.err = err;
		this.registry = registry;
	}

	int run(String[] args) throws UsageException {
		Options options = new Options(args, OPTIONS);
		String to = options.named.get("--to");
		if (to == null || options.positional.isEmpty()) {
			throw new UsageException("import needs FILE... and --to INVENTORY");
		}
		Path inventoryFile = Path.of(to);
		List<ImportedHost> hosts = new java.util.ArrayList<>();
		List<InstalledImporter> importers = Installed.importers(registry,
				p -> err.println("rdpdoctor: warning: " + Untrusted.terminal(p)));
		for (String name : options.positional) {
			Path file = Path.of(name);
			if (!Files.exists(file)) {
				throw new UsageException(file + ": no such file or folder");
			}
			InstalledImporter importer = pick(importers, file, options.named.get("--format"));
			try {
				List<ImportedHost> read = importer.importer().read(file);
				err.println("rdpdoctor import: " + Untrusted.terminal(file + " (" + importer.name() + "): " + read.size()
						+ " hosts"));
				hosts.addAll(read);
			} catch (IOException e) {
				err.println("rdpdoctor import: " + Untrusted.terminal(e.getMessage()));
				err.println("rdpdoctor import: nothing was imported");
				return ExitCodes.USAGE;
			}
		}
		try {
			Inventory inventory = Files.exists(inventoryFile) ? InventoryStore.load(inventoryFile)
					: ModelFactory.eINSTANCE.createInventory();
			InventoryMerge.Result result = InventoryMerge.merge(inventory, hosts);
			InventoryStore.save(inventory, inventoryFile);
			out.println("rdpdoctor import: " + result.added() + " hosts added to " + inventoryFile + ", "
					+ result.skipped() + " already there");
			return ExitCodes.OK;
		} catch (IOException e) {
			err.println("rdpdoctor import: " + Untrusted.terminal(e.getMessage()));
			return ExitCodes.USAGE;
		}
	}

	private static InstalledImporter pick(List<InstalledImporter> all, Path file, String id)
			throws UsageException {
		if (id != null) {
			return all.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow(() -> new UsageException(
					"--format '" + id + "' is not an importer; installed: " + ids(all)));
		}
		return all.stream().filter(d -> d.importer().accepts(file)).findFirst().orElseThrow(() -> new UsageException(
				file + ": no importer recognises this file; name one with --format (" + ids(all) + ")"));
	}

	private static String ids(List<InstalledImporter> all) {
		return all.stream().map(InstalledImporter::id).collect(Collectors.joining(", "));
	}
}
