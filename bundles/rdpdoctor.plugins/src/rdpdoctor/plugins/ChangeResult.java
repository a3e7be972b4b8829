package rdpdoctor.plugins;

import java.util.List;

/**
 * What an install, uninstall or update changed.
 *
 * @param changed  the features added, removed or moved to a new version ({@code id version}, or {@code id old -> new})
 * @param message  a sentence saying what happened (nothing to do, done)
 * @param restartNeeded whether a running workbench must start again before every change takes effect (false once
 *                 {@link PluginManager#applyToRunningSystem()} applied them)
 */
public record ChangeResult(List<String> changed, String message, boolean restartNeeded) {

	/** Copies the list. */
	public ChangeResult {
		changed = List.copyOf(changed);
	}
}
