package rdpdoctor.ui.internal.help;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a help page, for platforms without a browser widget (Linux without WebKitGTK): block elements become
 * lines, list items bullets, table cells tab-separated, entities decoded; links are collected so the Help view can
 * list them. Made for the help's own pages, not for HTML at large.
 */
public final class HtmlText {

	private static final Pattern LINK = Pattern.compile("<a\\s[^>]*href=\"([^\"]*)\"[^>]*>(.*?)</a>",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	/**
	 * @param text  the page's text
	 * @param links the page's links: label and href
	 */
	public record Page(String text, List<String[]> links) {
	}

	private HtmlText() {
	}

	/**
	 * @param html a help page
	 * @return its text and links
	 */
	public static Page of(String html) {
		List<String[]> links = new ArrayList<>();
		Matcher m = LINK.matcher(html);
		while (m.find()) {
			links.add(new String[] { decode(m.group(2).replaceAll("<[^>]*>", "")).strip(), m.group(1) });
		}
		String body = html.replaceAll("(?is)<head>.*?</head>", "").replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "");
		body = body.replaceAll("\\s+", " ");
		body = body.replaceAll("(?i)<li[^>]*>", "\n\u2022 ");
		body = body.replaceAll("(?i)</t[dh]>\\s*<t[dh][^>]*>", "\t");
		body = body.replaceAll("(?i)<(br|tr)[^>]*>", "\n");
		body = body.replaceAll("(?i)<(h[1-6])[^>]*>", "\n\n");
		body = body.replaceAll("(?i)</(h[1-6])>", "\n");
		body = body.replaceAll("(?i)<(p|ul|ol|table|div)[^>]*>", "\n\n");
		body = body.replaceAll("<[^>]*>", "");
		body = decode(body).replaceAll(" *\n *", "\n").replaceAll("\n{3,}", "\n\n").strip();
		return new Page(body, links);
	}

	private static String decode(String text) {
		return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
				.replace("&apos;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
	}
}
