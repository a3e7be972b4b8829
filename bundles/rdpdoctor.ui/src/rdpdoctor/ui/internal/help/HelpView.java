package rdpdoctor.ui.internal.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.LocationAdapter;
import org.eclipse.swt.browser.LocationEvent;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import rdpdoctor.core.Untrusted;

/**
 * Help Contents and F1: the books of {@link HelpSystem#getTocs()} (the user guide, the cause catalog) beside the page
 * chosen, shown in a browser widget, or as text with its links listed where the platform has no browser engine
 * (Linux without WebKitGTK). F1 in a view shows that view's context help here, with its related topics.
 */
public final class HelpView extends ViewPart {

	/** The view's ID. */
	public static final String ID = "rdpdoctor.ui.help";
	private static final String SCHEME = "rdpdoctor-help:";
	/** The page Help Contents opens on: the user guide's first page. */
	public static final String HOME = "/rdpdoctor.ui/help/guide/overview.html";
	private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
	private static final Pattern STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]*)\">");

	private TreeViewer contents;
	private Label title;
	private Browser browser;
	private StyledText text;
	private org.eclipse.swt.widgets.List links;
	private final List<String> linkTargets = new ArrayList<>();
	private String current = "";

	@Override
	public void createPartControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		contents = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		contents.setContentProvider(new TocContent());
		contents.setLabelProvider(LabelProvider.createTextProvider(e -> ((IHelpResource) e).getLabel()));
		contents.setInput(books());
		contents.addSelectionChangedListener(e -> {
			String href = page(contents.getStructuredSelection().getFirstElement());
			if (href != null && !href.isBlank()) {
				show(href);
			}
		});
		Composite page = new Composite(sash, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		title = new Label(page, SWT.NONE);
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		try {
			browser = new Browser(page, SWT.NONE);
			browser.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			browser.addLocationListener(new LocationAdapter() {
				@Override
				public void changing(LocationEvent event) {
					if (event.location.startsWith(SCHEME)) {
						event.doit = false;
						show(event.location.substring(SCHEME.length()));
					}
				}
			});
		} catch (SWTError noEngine) {
			browser = null;
			text = new StyledText(page, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
			text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
			text.setMargins(8, 8, 8, 8);
			new Label(page, SWT.NONE).setText("Links (double click to open):");
			links = new org.eclipse.swt.widgets.List(page, SWT.SINGLE | SWT.V_SCROLL | SWT.BORDER);
			GridData linksLayout = new GridData(SWT.FILL, SWT.BOTTOM, true, false);
			linksLayout.heightHint = 90;
			links.setLayoutData(linksLayout);
			links.addListener(SWT.DefaultSelection, e -> {
				int index = links.getSelectionIndex();
				if (index >= 0) {
					show(linkTargets.get(index));
				}
			});
		}
		sash.setWeights(30, 70);
		PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, "rdpdoctor.ui.help_view");
		showContents();
	}

	/** Shows the user guide's first page, the guide's book first, every book expanded one level. */
	public void showContents() {
		IToc[] tocs = books();
		contents.setInput(tocs);
		contents.expandToLevel(2);
		show(HOME);
	}

	/** @return the installed books, the one holding the user guide's first page first */
	private static IToc[] books() {
		return java.util.Arrays.stream(HelpSystem.getTocs())
				.sorted(java.util.Comparator.comparing(toc -> toc.getTopic(HOME) == null)).toArray(IToc[]::new);
	}

	/**
	 * @param element a book or a topic
	 * @return its page: a book's is its {@code topic}
	 */
	private static String page(Object element) {
		if (element instanceof IToc toc) {
			ITopic book = toc.getTopic(null);
			return book == null ? null : book.getHref();
		}
		return element instanceof IHelpResource r ? r.getHref() : null;
	}

	/**
	 * @param href the page, {@code /bundle/path[#anchor]}
	 */
	public void show(String href) {
		Optional<String> html = HelpContent.read(href);
		current = href;
		render(html.orElse("<html><body><h1>Not found</h1><p>No installed help has the page "
				+ Untrusted.xml(href) + ".</p></body></html>"));
	}

	/**
	 * @param context the context help of the view F1 was pressed in
	 */
	public void showContext(IContext context) {
		current = "/rdpdoctor.ui/help/context.html";
		StringBuilder html = new StringBuilder("<html><body><h1>");
		String heading = context instanceof org.eclipse.help.IContext2 c2 && c2.getTitle() != null ? c2.getTitle()
				: "Help";
		html.append(Untrusted.xml(heading)).append("</h1><p>").append(Untrusted.xml(context.getText()))
				.append("</p><h2>Related topics</h2><ul>");
		IHelpResource[] related = context.getRelatedTopics();
		for (IHelpResource topic : related == null ? new IHelpResource[0] : related) {
			html.append("<li><a href=\"").append(Untrusted.xml(topic.getHref())).append("\">")
					.append(Untrusted.xml(topic.getLabel())).append("</a></li>");
		}
		render(html.append("</ul></body></html>").toString());
	}

	private void render(String html) {
		String base = current;
		Matcher heading = Pattern.compile("<title>(.*?)</title>|<h1>(.*?)</h1>").matcher(html);
		title.setText(heading.find() ? HtmlText.of(heading.group(0)).text() : "");
		if (browser != null) {
			browser.setText(forBrowser(html, base));
			return;
		}
		HtmlText.Page page = HtmlText.of(html);
		text.setText(page.text());
		links.removeAll();
		linkTargets.clear();
		for (String[] link : page.links()) {
			HelpContent.resolve(base, link[1]).ifPresent(target -> {
				links.add(link[0]);
				linkTargets.add(target);
			});
		}
	}

	/** Links made absolute in the help's own scheme, the stylesheet inlined: a page given as text has no base. */
	private static String forBrowser(String html, String base) {
		Matcher css = STYLESHEET.matcher(html);
		String styled = css.find() ? css.replaceFirst(Matcher.quoteReplacement("<style>" + HelpContent
				.read(HelpContent.resolve(base, css.group(1)).orElse("")).orElse("") + "</style>")) : html;
		Matcher m = HREF.matcher(styled);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String target = HelpContent.resolve(base, m.group(1)).map(t -> SCHEME + t).orElse(m.group(1));
			m.appendReplacement(out, Matcher.quoteReplacement("href=\"" + target + "\""));
		}
		return m.appendTail(out).toString();
	}

	/** @return the page shown, as its href (for tests) */
	public String current() {
		return current;
	}

	/** @return the page's text as shown without a browser, or empty with one (for tests) */
	public String shownText() {
		return text == null ? "" : text.getText();
	}

	@Override
	public void setFocus() {
		contents.getControl().setFocus();
	}

	private static final class TocContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return (Object[]) input;
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof IToc toc ? toc.getTopics()
					: parent instanceof ITopic topic ? topic.getSubtopics() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return getChildren(element).length > 0;
		}
	}
}
