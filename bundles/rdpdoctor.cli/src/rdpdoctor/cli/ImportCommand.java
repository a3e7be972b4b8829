package rdpdoctor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
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

	/** The environment variable a directory's bind password may come from. */
	static final String PASSWORD_VARIABLE = "RDPDOCTOR_BIND_PASSWORD";
	private static final java.time.Duration DIRECTORY_TIMEOUT = java.time.Duration.ofSeconds(30);

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
		boolean json = options.output(false, Options.TEXT_OR_JSON).equals("json");
		Path inventoryFile = Path.of(to);
		List<String> urls = options.positional.stream().filter(ImportCommand::isDirectoryUrl).toList();
		List<Path> files = options.positional.stream().filter(a -> !isDirectoryUrl(a)).map(Path::of).toList();
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
		JsonArray perFile = new JsonArray();
		for (String url : urls) {
			int[] counts = directory(options, url, merger, perFile);
			read += counts[0];
			skipped += counts[1];
		}
		for (Path file : files) {
			if (!Files.exists(file)) {
				throw new UsageException(file + ": no such file or folder");
			}
			InstalledImporter importer = pick(importers, file, options.named.get("--format"));
			int[] counts = new int[2]; // hosts, entries skipped
			JsonArray reasons = new JsonArray();
			try {
				importer.importer().read(file, host -> {
					merger.add(host);
					counts[0]++;
				}, message -> {
					if (++counts[1] <= MAX_LISTED || options.verbose()) {
						note(options, "  skipped: " + message);
						reasons.add(message);
					}
				});
			} catch (IOException | UncheckedIOException e) {
				say(e.getMessage());
				reasons.add(String.valueOf(e.getMessage()));
				counts[1]++;
			}
			JsonObject fileJson = new JsonObject();
			fileJson.addProperty("file", file.toString());
			fileJson.addProperty("importer", importer.id());
			fileJson.addProperty("hosts", counts[0]);
			fileJson.addProperty("skipped", counts[1]);
			fileJson.add("skippedReasons", reasons);
			perFile.add(fileJson);
			if (counts[1] > MAX_LISTED && !options.verbose()) {
				note(options, "  ... and " + (counts[1] - MAX_LISTED) + " more entries skipped (-v lists them)");
			}
			note(options, file + " (" + importer.name() + "): " + counts[0] + " hosts"
					+ (counts[1] == 0 ? "" : ", " + counts[1] + " entries skipped"));
			read += counts[0];
			skipped += counts[1];
		}
		if (read == 0) {
			say("nothing was imported: no usable host in " + options.positional.size()
					+ (options.positional.size() == 1 ? " source" : " sources")
					+ "; " + inventoryFile + " is left as it was");
			printJson(json, inventoryFile, 0, 0, false, perFile);
			return ExitCodes.USAGE;
		}
		InventoryMerge.Result result = merger.result();
		try {
			if (result.added() > 0 || !Files.exists(inventoryFile)) {
				InventoryStore.save(inventory, inventoryFile);
			}
		} catch (IOException e) {
			say(e.getMessage());
			printJson(json, inventoryFile, 0, 0, false, perFile);
			return ExitCodes.USAGE;
		}
		if (json) {
			printJson(true, inventoryFile, result.added(), result.skipped(), true, perFile);
			return ExitCodes.OK;
		}
		out.println("rdpdoctor import: " + Untrusted.terminal(result.added() + " hosts added to " + inventoryFile
				+ ", " + result.skipped() + " already there"
				+ (skipped == 0 ? "" : "; " + skipped + " entries or files skipped with warnings (above)")));
		return ExitCodes.OK;
	}

	private static boolean isDirectoryUrl(String argument) {
		String lower = argument.toLowerCase(java.util.Locale.ROOT);
		return lower.startsWith("ldap://") || lower.startsWith("ldaps://");
	}

	/** Reads a directory's computers into the merger; {@return hosts read and entries skipped} */
	private int[] directory(Options options, String url, InventoryMerge.Merger merger, JsonArray perFile)
			throws UsageException {
		rdpdoctor.inventory.io.DirectoryImport.Source source;
		try {
			source = rdpdoctor.inventory.io.DirectoryImport.Source.of(url, options.named.get("--base"),
					options.named.get("--bind-dn"), java.util.Optional.ofNullable(options.named.get("--ca-file"))
							.map(Path::of), options.named.containsKey("--follow-referrals"), DIRECTORY_TIMEOUT);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage() + " (import ldaps://HOST --base DN --bind-dn USER ...)");
		}
		if (options.named.containsKey("--kerberos")) {
			source = source.withKerberos(new rdpdoctor.inventory.io.DirectoryImport.Kerberos(
					path(options, "--ticket-cache", "KRB5CCNAME"), path(options, "--krb5-conf", "KRB5_CONFIG"),
					java.util.Optional.ofNullable(options.named.get("--kerberos-host"))));
		}
		char[] password = source.kerberos().isPresent() ? new char[0] : password(options);
		JsonArray reasons = new JsonArray();
		JsonObject json = new JsonObject();
		json.addProperty("file", source.url());
		json.addProperty("importer", "ldap");
		int[] counts = new int[2];
		try {
			rdpdoctor.inventory.io.DirectoryImport.Counts found = rdpdoctor.inventory.io.DirectoryImport.read(source,
					password, host -> {
						merger.add(host);
						counts[0]++;
					}, message -> {
						if (reasons.size() < MAX_LISTED || options.verbose()) {
							note(options, "  skipped: " + message);
							reasons.add(message);
						}
					});
			counts[1] = found.skipped();
			json.addProperty("disabled", found.disabled());
			json.addProperty("referrals", found.referrals());
			note(options, source.url() + " (" + source.baseDn() + "): " + found.hosts() + " computers in "
					+ found.pages() + (found.pages() == 1 ? " page" : " pages") + ", " + found.disabled()
					+ " disabled accounts skipped" + (found.skipped() == 0 ? "" : ", " + found.skipped()
							+ " entries skipped") + (found.referrals() == 0 ? "" : ", " + found.referrals()
									+ " referrals not followed (--follow-referrals)"));
		} catch (IOException e) {
			say(e.getMessage());
			reasons.add(String.valueOf(e.getMessage()));
			counts[1]++;
		} finally {
			java.util.Arrays.fill(password, '\0');
		}
		json.addProperty("hosts", counts[0]);
		json.addProperty("skipped", counts[1]);
		json.add("skippedReasons", reasons);
		perFile.add(json);
		return counts;
	}

	/** @return the option's file, else the environment variable's ({@code FILE:} prefix dropped), else empty */
	private static java.util.Optional<Path> path(Options options, String option, String variable) {
		String value = options.named.getOrDefault(option, System.getenv(variable));
		if (value == null || value.isBlank()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(Path.of(value.startsWith("FILE:") ? value.substring(5) : value));
	}

	/** The bind password: from --bind-password-file, the environment, or the terminal. */
	private static char[] password(Options options) throws UsageException {
		String file = options.named.get("--bind-password-file");
		if (file != null) {
			try {
				String text = Files.readString(Path.of(file), java.nio.charset.StandardCharsets.UTF_8);
				return text.replaceFirst("\\r?\\n$", "").toCharArray(); // one trailing line end, as echo writes it
			} catch (IOException e) {
				throw new UsageException("--bind-password-file " + file + ": cannot be read: " + e.getMessage());
			}
		}
		String variable = System.getenv(PASSWORD_VARIABLE);
		if (variable != null) {
			return variable.toCharArray();
		}
		java.io.Console console = System.console();
		if (console != null) {
			char[] typed = console.readPassword("Password for %s: ", options.named.get("--bind-dn"));
			if (typed != null) {
				return typed;
			}
		}
		throw new UsageException("no bind password: give --bind-password-file FILE or set " + PASSWORD_VARIABLE);
	}

	/** What was imported, as {@code docs/schemas/import.schema.json} describes; nothing when text is asked for. */
	private void printJson(boolean json, Path inventoryFile, int added, int alreadyThere, boolean written,
			JsonArray files) {
		if (!json) {
			return;
		}
		JsonObject result = new JsonObject();
		result.addProperty("inventory", inventoryFile.toString());
		result.addProperty("written", written);
		result.addProperty("added", added);
		result.addProperty("alreadyThere", alreadyThere);
		result.add("files", files);
		JsonOutput.print(out, result);
	}

	/** A note for people, left out with {@code -q}. */
	private void note(Options options, String message) {
		if (!options.quiet()) {
			say(message);
		}
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
