package rdpdoctor.cli;

import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;

import rdpdoctor.core.Untrusted;
import rdpdoctor.plugins.ChangeResult;
import rdpdoctor.plugins.Feature;
import rdpdoctor.plugins.PluginException;
import rdpdoctor.plugins.PluginManager;
import rdpdoctor.plugins.RepositoryLocation;

/**
 * {@code rdpdoctor plugins list|install|uninstall|update [--repository URL] [FEATURE...]}: the features of this
 * RDP Doctor and of update sites, installed and removed with p2 (the director's planner and engine) into the product's
 * own profile; the next start of RDP Doctor has them.
 */
final class PluginsCommand {

	private final PrintStream out;
	private final PrintStream err;

	PluginsCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(Options options) throws UsageException {
		List<String> words = new ArrayList<>(options.positional);
		String action = words.remove(0);
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
		try {
			PluginManager manager = PluginManager.ofRunningProduct();
			manager.collectGarbage(); // the files of plug-ins an earlier run uninstalled (they ran in that process)
			NullProgressMonitor monitor = new NullProgressMonitor();
			return switch (action) {
			case "list" -> list(manager, sites, monitor);
			case "install" -> print(manager.install(sites.get(0), words, monitor));
			case "uninstall" -> print(manager.uninstall(words, monitor));
			default -> print(manager.update(sites, words, monitor));
			};
		} catch (PluginException e) {
			err.println("rdpdoctor plugins " + action + ": " + Untrusted.terminal(e.getMessage()));
			return ExitCodes.INTERNAL;
		}
	}

	private static void none(List<String> words, String action) throws UsageException {
		if (!words.isEmpty()) {
			throw new UsageException(action + " takes no FEATURE_ID (got " + String.join(" ", words) + ")");
		}
	}

	private int list(PluginManager manager, List<URI> sites, NullProgressMonitor monitor) throws PluginException {
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

	private int print(ChangeResult result) {
		out.println(Untrusted.terminal(result.message()) + (result.changed().isEmpty() ? "" : ":"));
		result.changed().forEach(change -> out.println("  " + Untrusted.terminal(change)));
		if (!result.changed().isEmpty()) {
			out.println("The next start of RDP Doctor has the change.");
		}
		return ExitCodes.OK;
	}
}
