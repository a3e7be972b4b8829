package rdpdoctor.plugins;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns what an administrator types for {@code --repository} (a URL, a folder, a zipped site) into p2's URI. */
public final class RepositoryLocation {

	private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

	private RepositoryLocation() {
	}

	/**
	 * @param text {@code https://...}, {@code file:/...}, {@code jar:file:/...!/}, a folder holding an update site
	 *             ({@code content.jar} or {@code content.xml}, or the composite ones) or a zipped update site
	 * @return the URI p2 loads
	 * @throws PluginException naming the text when it is neither a URL nor an update site on this machine
	 */
	public static URI parse(String text) throws PluginException {
		String trimmed = text.strip();
		if (trimmed.isEmpty()) {
			throw new PluginException("--repository is empty: give the update site's URL or folder");
		}
		if (SCHEME.matcher(trimmed).matches()) { // a one-letter "scheme" is a Windows drive: a path
			try {
				URI uri = new URI(trimmed);
				String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
				if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("file") && !scheme.equals("jar")) {
					throw new PluginException("--repository " + trimmed + ": only http, https, file and jar URLs name "
							+ "an update site");
				}
				return uri;
			} catch (URISyntaxException e) {
				throw new PluginException("--repository " + trimmed + " is not a URL: " + e.getMessage());
			}
		}
		Path path = Path.of(trimmed).toAbsolutePath().normalize();
		if (Files.isDirectory(path)) {
			if (!isSite(path)) {
				throw new PluginException("--repository " + path + " is a folder without an update site (no content.jar, "
						+ "content.xml, content.xml.xz or compositeContent.jar/.xml in it)");
			}
			return path.toUri();
		}
		if (Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
			return URI.create("jar:" + path.toUri() + "!/");
		}
		throw new PluginException("--repository " + path + " does not exist" + (Files.exists(path) ? " as a folder or "
				+ ".zip update site" : ""));
	}

	private static boolean isSite(Path folder) {
		for (String name : new String[] { "content.jar", "content.xml", "content.xml.xz", "compositeContent.jar",
				"compositeContent.xml", "p2.index" }) {
			if (Files.isRegularFile(folder.resolve(name))) {
				return true;
			}
		}
		return false;
	}
}
