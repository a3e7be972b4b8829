package rdpdoctor.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The inventories opened or saved last, newest first (at most {@value #MAX}), for File's list of recent files; kept in
 * the workbench's instance preferences, one absolute path a line.
 */
final class RecentInventories {

	/** How many are remembered, as the Eclipse IDE's File menu remembers four to ten. */
	static final int MAX = 8;
	private static final String KEY = "recentInventories";

	private RecentInventories() {
	}

	/** @return the inventories, newest first */
	static List<Path> list() {
		String text = node().get(KEY, "");
		List<Path> paths = new ArrayList<>();
		for (String line : text.split("\n")) {
			if (!line.isBlank()) {
				try {
					paths.add(Path.of(line));
				} catch (java.nio.file.InvalidPathException e) {
					// written by another platform's workbench: not a path here
				}
			}
		}
		return paths;
	}

	/**
	 * @param file an inventory opened or saved: first from now on
	 */
	static void add(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		List<Path> paths = list();
		if (!paths.isEmpty() && paths.get(0).equals(absolute)) {
			return; // already first: nothing to write
		}
		paths.remove(absolute);
		paths.add(0, absolute);
		write(paths.subList(0, Math.min(MAX, paths.size())));
	}

	/** @param file an inventory no longer listed (it is gone) */
	static void remove(Path file) {
		List<Path> paths = list();
		if (paths.remove(file.toAbsolutePath().normalize())) {
			write(paths);
		}
	}

	private static void write(List<Path> paths) {
		IEclipsePreferences node = node();
		node.put(KEY, String.join("\n", paths.stream().map(Path::toString).toList()));
		try {
			node.flush();
		} catch (BackingStoreException e) {
			org.eclipse.core.runtime.ILog.get().warn("The list of recent inventories could not be saved: "
					+ e.getMessage());
		}
	}

	private static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(DiagnosisPreferences.NODE);
	}
}
