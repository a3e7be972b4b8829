package rdpdoctor.ui.internal.help;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.eclipse.help.IHelpContentProducer;

import rdpdoctor.core.Untrusted;
import rdpdoctor.core.codes.ErrorCatalog;

/**
 * The cause catalog's help pages, made from the same catalog {@code rdpdoctor explain} reads ({@link ErrorCatalog}):
 * {@code causes/index.html} lists every cause, {@code causes/ID.html} says what the cause is, its severity, the
 * evidence that tells it apart, the error codes that point to it and the remediations contributed for it.
 */
public final class CausePages implements IHelpContentProducer {

	/** The folder of the pages, under the bundle's help name space. */
	public static final String FOLDER = "causes/";
	private static final String REMEDIATIONS = "rdpdoctor.remediation.remediations";

	@Override
	public InputStream getInputStream(String pluginID, String href, Locale locale) {
		return page(href, Platform.getExtensionRegistry())
				.map(html -> new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))).orElse(null);
	}

	/**
	 * @param href     the page's path in the bundle, e.g. {@code causes/CERT_EXPIRED.html}
	 * @param registry where remediations are contributed
	 * @return the page, or empty when the path names no cause
	 */
	public static Optional<String> page(String href, IExtensionRegistry registry) {
		String path = href.replaceFirst("[?#].*$", "");
		if (!path.startsWith(FOLDER) || !path.endsWith(".html")) {
			return Optional.empty();
		}
		String name = path.substring(FOLDER.length(), path.length() - ".html".length());
		if (name.equals("index")) {
			return Optional.of(index());
		}
		return ErrorCatalog.get().cause(name).map(cause -> causePage(cause, registry));
	}

	private static String index() {
		StringBuilder html = head("The cause catalog");
		html.append("<h1>The cause catalog</h1>\n<p>Every cause RDP Doctor can name, as <code>rdpdoctor explain"
				+ "</code> and the findings use them.</p>\n<table>\n<tr><th>Cause</th><th>Severity</th><th>What it is"
				+ "</th></tr>\n");
		for (ErrorCatalog.Cause cause : ErrorCatalog.get().causes()) {
			html.append("<tr><td><a href=\"").append(esc(cause.id())).append(".html\">").append(esc(cause.id()))
					.append("</a></td><td>").append(esc(cause.severity())).append("</td><td>")
					.append(esc(cause.description())).append("</td></tr>\n");
		}
		return html.append("</table>\n</body></html>\n").toString();
	}

	private static String causePage(ErrorCatalog.Cause cause, IExtensionRegistry registry) {
		StringBuilder html = head(cause.id());
		html.append("<h1>").append(esc(cause.id())).append("</h1>\n");
		html.append("<p><b>Severity:</b> ").append(esc(cause.severity())).append("</p>\n");
		html.append("<p><b>What it is:</b> ").append(esc(cause.description())).append("</p>\n");
		html.append("<p><b>What tells it apart:</b> ").append(esc(cause.tellsApart())).append("</p>\n");
		List<String> codes = new ArrayList<>();
		for (ErrorCatalog.Table table : ErrorCatalog.Table.values()) {
			for (ErrorCatalog.Code code : ErrorCatalog.get().codes(table)) {
				if (code.causes().contains(cause.id())) {
					codes.add("<li>" + esc(table.title()) + " " + String.format("0x%X", code.code()) + " "
							+ esc(code.name()) + ": " + esc(code.meaning()) + "</li>");
				}
			}
		}
		html.append("<h2>Error codes that point to it</h2>\n");
		html.append(codes.isEmpty() ? "<p>None: only the evidence shows it.</p>\n"
				: "<ul>\n" + String.join("\n", codes) + "\n</ul>\n");
		List<String> fixes = new ArrayList<>();
		if (registry != null) {
			for (IConfigurationElement element : registry.getConfigurationElementsFor(REMEDIATIONS)) {
				String causes = element.getAttribute("causes");
				if (causes != null && Arrays.stream(causes.split(",")).map(String::trim).anyMatch(cause.id()::equals)) {
					fixes.add("<li>" + esc(element.getAttribute("name")) + " (<code>" + esc(element.getAttribute("id"))
							+ "</code>, " + esc(element.getAttribute("system")) + ", from "
							+ esc(element.getContributor().getName()) + ")</li>");
				}
			}
		}
		html.append("<h2>Remediations</h2>\n");
		html.append(fixes.isEmpty() ? "<p>None is installed: fix it by hand from the evidence.</p>\n"
				: "<p>Fix... on a finding of this cause plans one of these, shows it, and verifies it after:</p>\n"
						+ "<ul>\n" + String.join("\n", fixes) + "\n</ul>\n");
		html.append("<p><a href=\"index.html\">All causes</a></p>\n");
		return html.append("</body></html>\n").toString();
	}

	private static StringBuilder head(String title) {
		return new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"><title>")
				.append(esc(title)).append("</title><link rel=\"stylesheet\" href=\"../help/guide/style.css\">"
						+ "</head>\n<body>\n");
	}

	private static String esc(String text) {
		return Untrusted.xml(text);
	}
}
