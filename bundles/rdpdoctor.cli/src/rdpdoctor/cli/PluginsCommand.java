package rdpdoctor.cli;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import rdpdoctor.core.Untrusted;
import rdpdoctor.core.settings.DiagnosisSetting;
import rdpdoctor.plugins.ChangeResult;
import rdpdoctor.plugins.Feature;
import rdpdoctor.plugins.PluginException;
import rdpdoctor.plugins.PluginManager;
import rdpdoctor.plugins.RepositoryLocation;
import rdpdoctor.plugins.SiteTrust;

/**
 * {@code rdpdoctor plugins list|install|uninstall|update [--repository URL] [FEATURE...]}: the features of this
 * RDP Doctor and of update sites, installed and removed with p2 (the director's planner and engine) into the product's
 * own profile; the next start of RDP Doctor has them. With {@code --format json}, what was listed or changed as
 * {@code docs/schemas/plugins.schema.json} describes.
 */
final class PluginsCommand {

	private final PrintStream out;
	private final PrintStream err;
	private boolean json;

	PluginsCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(Options options) throws UsageException {
		List<String> words = new ArrayList<>(options.positional);
		String action = words.remove(0);
		json = options.output(true, Options.TEXT_OR_JSON).equals("json");
		List<URI> sites = new ArrayList<>();
		String site = options.named.get("--repository");
		try {
			if (site != null) {
				sites.add(RepositoryLocation.parse(site));
			}
		} catch (PluginException e) {
			throw new UsageException(e.getMessage());
		}
		switch (action) {
		case "list" -> none(words, "list");
		case "install" -> {
			if (sites.isEmpty() || words.isEmpty()) {
				throw new UsageException("install needs --repository URL and at least one FEATURE_ID");
			}
		}
		case "uninstall" -> {
			if (words.isEmpty()) {
				throw new UsageException("uninstall needs at least one FEATURE_ID");
			}
			if (!sites.isEmpty()) {
				throw new UsageException("uninstall takes no --repository");
			}
		}
		case "update" -> {
			// every installed feature when none is named; the known sites when no --repository is given
		}
		default -> throw new UsageException("unknown action '" + action + "': use list, install, uninstall or update");
		}
		Optional<Path> caFile = caFile(options);
		try {
			SiteTrust.use(caFile);
			PluginManager manager = PluginManager.ofRunningProduct(options.named.containsKey("--trust-unsigned"));
			manager.collectGarbage(); // the files of plug-ins an earlier run uninstalled (they ran in that process)
			NullProgressMonitor monitor = new NullProgressMonitor();
			return switch (action) {
			case "list" -> list(manager, sites, monitor);
			case "install" -> print(action, manager.install(sites.get(0), words, monitor));
			case "uninstall" -> print(action, manager.uninstall(words, monitor));
			default -> print(action, manager.update(sites, words, monitor));
			};
		} catch (PluginException e) {
			err.println("rdpdoctor plugins " + action + ": " + Untrusted.terminal(e.getMessage()));
			return ExitCodes.INTERNAL;
		}
	}

	/** {@code --ca-file}, else the settings file's {@code tls.caFile}; checked as the diagnosis checks it. */
	private static Optional<Path> caFile(Options options) throws UsageException {
		String text = options.named.get("--ca-file");
		if (text == null) {
			text = options.settingsFile.get(DiagnosisSetting.CA_FILE).orElse("");
		}
		if (text.isBlank()) {
			return Optional.empty();
		}
		try {
			DiagnosisSetting.CA_FILE.apply(rdpdoctor.core.DiagnosisSettings.defaults(), text);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		return Optional.of(Path.of(text.strip()));
	}

	private static void none(List<String> words, String action) throws UsageException {
		if (!words.isEmpty()) {
			throw new UsageException(action + " takes no FEATURE_ID (got " + String.join(" ", words) + ")");
		}
	}

	private int list(PluginManager manager, List<URI> sites, NullProgressMonitor monitor) throws PluginException {
		if (json) {
			JsonObject result = new JsonObject();
			if (sites.isEmpty()) {
				result.add("installed", features(manager.installed()));
				JsonArray known = new JsonArray();
				manager.known().forEach(uri -> known.add(uri.toString()));
				result.add("updateSites", known);
			} else {
				result.addProperty("repository", sites.get(0).toString());
				result.add("available", features(manager.available(sites.get(0), monitor)));
			}
			JsonOutput.print(out, result);
			return ExitCodes.OK;
		}
		if (sites.isEmpty()) {
			out.println("Installed:");
			for (Feature feature : manager.installed()) {
				out.println("  " + line(feature));
			}
			manager.known().forEach(uri -> out.println("Update site: " + Untrusted.terminal(uri.toString())));
			return ExitCodes.OK;
		}
		String category = null;
		for (Feature feature : manager.available(sites.get(0), monitor)) {
			if (!feature.category().equals(category)) {
				category = feature.category();
				out.println(category.isEmpty() ? "(no category)" : Untrusted.terminal(category));
			}
			out.println("  " + line(feature) + (feature.installed() ? "  [installed]" : ""));
		}
		return ExitCodes.OK;
	}

	private static String line(Feature feature) {
		return Untrusted.terminal(feature.id()) + " " + Untrusted.terminal(feature.version()) + "  "
				+ Untrusted.terminal(feature.name());
	}

	private static JsonArray features(Iterable<Feature> features) {
		JsonArray array = new JsonArray();
		for (Feature feature : features) {
			JsonObject json = new JsonObject();
			json.addProperty("id", feature.id());
			json.addProperty("version", feature.version());
			json.addProperty("name", feature.name());
			json.addProperty("category", feature.category());
			json.addProperty("installed", feature.installed());
			array.add(json);
		}
		return array;
	}

	private int print(String action, ChangeResult result) {
		if (json) {
			JsonObject json = new JsonObject();
			json.addProperty("action", action);
			json.addProperty("message", result.message());
			JsonArray changed = new JsonArray();
			result.changed().forEach(changed::add);
			json.add("changed", changed);
			json.addProperty("restartNeeded", result.restartNeeded());
			JsonOutput.print(out, json);
			return ExitCodes.OK;
		}
		out.println(Untrusted.terminal(result.message()) + (result.changed().isEmpty() ? "" : ":"));
		result.changed().forEach(change -> out.println("  " + Untrusted.terminal(change)));
		if (!result.changed().isEmpty()) {
			out.println("The next start of RDP Doctor has the change.");
		}
		return ExitCodes.OK;
	}
}
