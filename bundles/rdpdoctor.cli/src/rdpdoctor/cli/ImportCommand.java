package rdpdoctor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IExtensionRegistry;

import rdpdoctor.core.Installed;
import rdpdoctor.core.Untrusted;
import rdpdoctor.core.inventory.InstalledImporter;
import rdpdoctor.core.inventory.InventoryMerge;
import rdpdoctor.model.Inventory;
import rdpdoctor.model.ModelFactory;
import rdpdoctor.model.persistence.InventoryStore;
import rdpdoctor.model.persistence.SafeFiles;

/**
 * {@code rdpdoctor import FILE... --to INVENTORY [--format ID]}: reads each file with the importer that recognises
 * it (or the one named), then merges everything into the inventory (created if missing) and saves it atomically.
 * Entries that cannot be imported, and files that cannot be read at all, are listed with their place and reason and
 * the rest is imported (exit 0); only when nothing usable was found is the inventory left alone (exit 2).
 */
final class ImportCommand {


	/** Skipped entries listed per file; the rest are counted. */
	private static final int MAX_LISTED = 50;

	private final PrintStream out;
	private final PrintStream err;
	private final IExtensionRegistry registry;

	ImportCommand(PrintStream out, PrintStream err, IExtensionRegistry registry) {
		this.out = out;
		this.err = err;
		this.registry = registry;
	}

	int run(Options options) throws UsageException {
		String to = options.named.get("--to");
		if (to == null || options.positional.isEmpty()) {
			throw new UsageException("import needs FILE... and --to INVENTORY");
		}
		Path inventoryFile = Path.of(to);
		List<Path> files = options.positional.stream().map(Path::of).toList();
		try {
			SafeFiles.checkOutput(inventoryFile, "--to", files.toArray(Path[]::new));
		} catch (IOException e) {
			throw new UsageException(e.getMessage());
		}
		Inventory inventory;
		try {
			inventory = Files.exists(inventoryFile) ? InventoryStore.load(inventoryFile)
					: ModelFactory.eINSTANCE.createInventory();
		} catch (IOException e) {
			throw new UsageException(e.getMessage());
		}
		InventoryMerge.Merger merger = InventoryMerge.into(inventory); // hosts join as they are read: no file is held
		List<InstalledImporter> importers = Installed.importers(registry,
				p -> err.println("rdpdoctor: warning: " + Untrusted.terminal(p)));
		int read = 0;
		int skipped = 0;
		for (Path file : files) {
			if (!Files.exists(file)) {
				throw new UsageException(file + ": no such file or folder");
			}
			InstalledImporter importer = pick(importers, file, options.named.get("--format"));
			int[] counts = new int[2]; // hosts, entries skipped
			try {
				importer.importer().read(file, host -> {
					merger.add(host);
					counts[0]++;
				}, message -> {
					if (++counts[1] <= MAX_LISTED) {
						say("  skipped: " + message);
					}
				});
			} catch (IOException | UncheckedIOException e) {
				say(e.getMessage());
				counts[1]++;
			}
			if (counts[1] > MAX_LISTED) {
				say("  ... and " + (counts[1] - MAX_LISTED) + " more entries skipped");
			}
			say(file + " (" + importer.name() + "): " + counts[0] + " hosts"
					+ (counts[1] == 0 ? "" : ", " + counts[1] + " entries skipped"));
			read += counts[0];
			skipped += counts[1];
		}
		if (read == 0) {
			say("nothing was imported: no usable host in " + files.size() + (files.size() == 1 ? " file" : " files")
					+ "; " + inventoryFile + " is left as it was");
			return ExitCodes.USAGE;
		}
		InventoryMerge.Result result = merger.result();
		try {
			if (result.added() > 0 || !Files.exists(inventoryFile)) {
				InventoryStore.save(inventory, inventoryFile);
			}
		} catch (IOException e) {
			say(e.getMessage());
			return ExitCodes.USAGE;
		}
		out.println("rdpdoctor import: " + Untrusted.terminal(result.added() + " hosts added to " + inventoryFile
				+ ", " + result.skipped() + " already there"
				+ (skipped == 0 ? "" : "; " + skipped + " entries or files skipped with warnings (above)")));
		return ExitCodes.OK;
	}

	private void say(String message) {
		err.println("rdpdoctor import: " + Untrusted.terminal(message));
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
