package rdpdoctor.ui.internal.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.help.IHelpContentProducer;
import org.osgi.framework.Bundle;

/**
 * Reads a help page by its href ({@code /bundle/path}, as tables of contents and contexts give them): made by the
 * bundle's content producer ({@code org.eclipse.help.contentProducer}) when it makes that page, else the bundle's
 * file. Relative hrefs are resolved against the page they appear in.
 */
public final class HelpContent {

	private static final int MAX_PAGE = 4 << 20;

	private HelpContent() {
	}

	/**
	 * @param href a page's href, {@code /bundle/path[#anchor]}
	 * @return the page's HTML, or empty when no bundle has it
	 */
	public static Optional<String> read(String href) {
		String path = href.replaceFirst("[?#].*$", "");
		if (!path.startsWith("/") || path.indexOf('/', 1) < 0) {
			return Optional.empty();
		}
		String bundleName = path.substring(1, path.indexOf('/', 1));
		String inBundle = path.substring(bundleName.length() + 2);
		if (inBundle.contains("..")) {
			return Optional.empty();
		}
		Optional<String> produced = produced(bundleName, inBundle);
		if (produced.isPresent()) {
			return produced;
		}
		Bundle bundle = Platform.getBundle(bundleName);
		URL entry = bundle == null ? null : bundle.getEntry(inBundle);
		if (entry == null) {
			return Optional.empty();
		}
		try (InputStream in = entry.openStream()) {
			return Optional.of(new String(in.readNBytes(MAX_PAGE), StandardCharsets.UTF_8));
		} catch (IOException e) {
			ILog.get().warn("Help page " + href + " cannot be read: " + e.getMessage());
			return Optional.empty();
		}
	}

	/**
	 * @param base the page a link appears in, {@code /bundle/path}
	 * @param link the link's href
	 * @return the href it leads to; empty for links out of the help (http, mailto, ...)
	 */
	public static Optional<String> resolve(String base, String link) {
		if (link == null || link.isBlank() || link.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
			return Optional.empty();
		}
		if (link.startsWith("#")) {
			return Optional.of(base.replaceFirst("#.*$", "") + link);
		}
		if (link.startsWith("/")) {
			return Optional.of(link);
		}
		String folder = base.replaceFirst("[?#].*$", "");
		folder = folder.substring(0, folder.lastIndexOf('/') + 1);
		java.util.Deque<String> parts = new java.util.ArrayDeque<>();
		for (String part : (folder + link).split("/")) {
			if (part.equals("..")) {
				if (parts.size() > 1) {
					parts.removeLast(); // never above the bundle
				}
			} else if (!part.isEmpty() && !part.equals(".")) {
				parts.addLast(part);
			}
		}
		return Optional.of("/" + String.join("/", parts));
	}

	private static Optional<String> produced(String bundleName, String inBundle) {
		for (IConfigurationElement producer : Platform.getExtensionRegistry()
				.getConfigurationElementsFor("org.eclipse.help.contentProducer")) {
			if (!producer.getContributor().getName().equals(bundleName) || producer.getAttribute("producer") == null) {
				continue;
			}
			try {
				if (producer.createExecutableExtension("producer") instanceof IHelpContentProducer p) {
					try (InputStream in = p.getInputStream(bundleName, inBundle, Locale.getDefault())) {
						if (in != null) {
							return Optional.of(new String(in.readNBytes(MAX_PAGE), StandardCharsets.UTF_8));
						}
					}
				}
			} catch (CoreException | IOException e) {
				ILog.get().error("The help content producer of " + bundleName + " failed", e);
			}
		}
		return Optional.empty();
	}
}
