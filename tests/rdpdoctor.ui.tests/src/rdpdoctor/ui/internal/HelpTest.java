package rdpdoctor.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.help.IHelpResource;
import org.eclipse.help.IToc;
import org.eclipse.help.ITopic;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import rdpdoctor.core.codes.ErrorCatalog;
import rdpdoctor.ui.internal.help.HelpContent;
import rdpdoctor.ui.internal.help.HelpView;
import rdpdoctor.ui.internal.help.HtmlText;

/**
 * Help > Help Contents and F1: the user guide and the cause catalog (one page per cause of the catalog
 * {@code rdpdoctor explain} reads) in the Help view, every link of every page leading somewhere.
 */
class HelpTest {

	private IWorkbenchPage page;

	@BeforeEach
	void rdpDoctorPerspective() {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
				.findPerspectiveWithId(RdpDoctorPerspective.ID));
	}

	@Test
	void helpContentsOpensTheGuideAndACausePageShowsTheCatalogAndItsRemediation() throws Exception {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class)
				.executeCommand("org.eclipse.ui.help.helpContents", null);
		UiWait.flush();
		HelpView help = (HelpView) page.findView(HelpView.ID);
		assertTrue(help != null, "Help Contents opens the Help view");
		assertEquals("/rdpdoctor.ui/help/guide/overview.html", help.current());
		List<String> books = new ArrayList<>();
		for (IToc toc : HelpSystem.getTocs()) {
			books.add(toc.getLabel());
		}
		assertTrue(books.containsAll(List.of("RDP Doctor User Guide", "RDP Doctor Cause Catalog")), books.toString());

		PlatformUI.getWorkbench().getHelpSystem().displayHelpResource("/rdpdoctor.ui/causes/CERT_EXPIRED.html");
		UiWait.flush();
		ErrorCatalog.Cause cause = ErrorCatalog.get().cause("CERT_EXPIRED").orElseThrow();
		String shown = help.shownText().isEmpty() ? HelpContent.read(help.current()).orElseThrow()
				: help.shownText();
		assertTrue(shown.contains(cause.description()), shown);
		assertTrue(shown.contains("reset-rdp-certificate"), "the remediation contributed for it: " + shown);
	}

	@Test
	void everyCauseOfTheCatalogHasATopicAndAPage() {
		IToc catalog = book("RDP Doctor Cause Catalog");
		List<String> hrefs = new ArrayList<>();
		for (ITopic topic : catalog.getTopics()) {
			hrefs.add(topic.getHref());
		}
		for (ErrorCatalog.Cause cause : ErrorCatalog.get().causes()) {
			String href = "/rdpdoctor.ui/causes/" + cause.id() + ".html";
			assertTrue(hrefs.contains(href), cause.id() + " has no topic: " + hrefs);
			assertTrue(HelpContent.read(href).orElseThrow().contains("<h1>" + cause.id() + "</h1>"), href);
		}
		assertEquals(Optional.empty(), HelpContent.read("/rdpdoctor.ui/causes/NO_SUCH_CAUSE.html"));
	}

	@Test
	void everyLinkOfEveryPageLeadsToAPage() {
		List<String> pages = new ArrayList<>();
		for (IToc toc : HelpSystem.getTocs()) {
			pages.add(toc.getTopic(null).getHref());
			for (ITopic topic : toc.getTopics()) {
				pages.add(topic.getHref());
			}
		}
		List<String> broken = new ArrayList<>();
		for (String href : pages) {
			Optional<String> html = HelpContent.read(href);
			if (html.isEmpty()) {
				broken.add(href);
				continue;
			}
			for (String[] link : HtmlText.of(html.get()).links()) {
				HelpContent.resolve(href, link[1]).filter(t -> HelpContent.read(t).isEmpty())
						.ifPresent(t -> broken.add(href + " -> " + t));
			}
		}
		assertEquals(List.of(), broken);
		assertTrue(pages.size() > 10, pages.toString());
	}

	@Test
	void f1InAViewShowsItsContextHelpAndItsTopicsLeadOn() throws Exception {
		InventoryView inventory = (InventoryView) page.showView(InventoryView.ID);
		page.activate(inventory);
		UiWait.flush();
		// F1 as SWT sends it: to the focused control, else the nearest parent listening for help
		org.eclipse.swt.widgets.Control helped = inventory.getViewer().getControl();
		while (helped != null && !helped.isListening(SWT.Help)) {
			helped = helped.getParent();
		}
		assertTrue(helped != null, "the Inventory view has context help");
		helped.notifyListeners(SWT.Help, new org.eclipse.swt.widgets.Event());
		UiWait.flush();
		HelpView help = (HelpView) page.findView(HelpView.ID);
		assertTrue(help != null, "F1 shows the Help view");
		assertEquals(inventory, page.getActivePart(), "the user's view keeps the focus");
		IContext context = HelpSystem.getContext("rdpdoctor.ui.inventory_view");
		assertTrue(context != null && context.getText().contains("Ctrl+Enter"), "the Inventory's context");
		if (help.shownText().isEmpty()) {
			return; // a browser widget shows it (Windows, macOS, Linux with WebKitGTK): its text is not read here
		}
		assertTrue(help.shownText().contains(context.getText()), help.shownText());
		for (IHelpResource topic : context.getRelatedTopics()) {
			assertTrue(help.shownText().contains(topic.getLabel()), topic.getLabel());
			assertTrue(HelpContent.read(topic.getHref()).isPresent(), topic.getHref());
		}
	}

	@Test
	void relativeLinksResolveInsideTheBundleAndPageTextKeepsItsStructure() {
		assertEquals(Optional.of("/rdpdoctor.ui/causes/index.html"),
				HelpContent.resolve("/rdpdoctor.ui/help/guide/overview.html", "../../causes/index.html"));
		assertEquals(Optional.of("/rdpdoctor.ui/x.html"),
				HelpContent.resolve("/rdpdoctor.ui/a.html", "../../../x.html"), "never above the bundle");
		assertEquals(Optional.empty(), HelpContent.resolve("/rdpdoctor.ui/a.html", "https://example.com/"));
		HtmlText.Page text = HtmlText.of("<h1>T &amp; U</h1><p>One</p><ul><li>a</li><li><a href=\"b.html\">b</a>"
				+ "</li></ul><table><tr><td>x</td><td>y</td></tr></table>");
		assertEquals("T & U\n\nOne\n\n\u2022 a\n\u2022 b\n\nx\ty", text.text());
		assertEquals("b.html", text.links().get(0)[1]);
	}

	private static IToc book(String label) {
		for (IToc toc : HelpSystem.getTocs()) {
			if (label.equals(toc.getLabel())) {
				return toc;
			}
		}
		throw new AssertionError("no book " + label);
	}
}
