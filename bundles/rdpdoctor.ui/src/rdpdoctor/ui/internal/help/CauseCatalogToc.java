package rdpdoctor.ui.internal.help;

import java.util.List;

import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.help.AbstractTocProvider;
import org.eclipse.help.IToc;
import org.eclipse.help.ITocContribution;
import org.eclipse.help.ITopic;
import org.eclipse.help.IUAElement;

import rdpdoctor.core.codes.ErrorCatalog;

/**
 * The cause catalog as a book of Help Contents: one topic per cause of {@link ErrorCatalog}, its page made by
 * {@link CausePages}.
 */
public final class CauseCatalogToc extends AbstractTocProvider {

	private static final String BUNDLE = "/rdpdoctor.ui/";

	@Override
	public ITocContribution[] getTocContributions(String locale) {
		List<ITopic> topics = ErrorCatalog.get().causes().stream()
				.map(c -> (ITopic) new Topic(c.id() + ": " + c.description(), href(c.id() + ".html"))).toList();
		Toc toc = new Toc("RDP Doctor Cause Catalog", href("index.html"), topics.toArray(ITopic[]::new));
		return new ITocContribution[] { new Contribution(toc, locale) };
	}

	private static String href(String page) {
		return BUNDLE + CausePages.FOLDER + page;
	}

	private record Topic(String getLabel, String getHref) implements ITopic {
		@Override
		public ITopic[] getSubtopics() {
			return new ITopic[0];
		}

		@Override
		public boolean isEnabled(IEvaluationContext context) {
			return true;
		}

		@Override
		public IUAElement[] getChildren() {
			return new IUAElement[0];
		}
	}

	private record Toc(String getLabel, String getHref, ITopic[] getTopics) implements IToc {
		@Override
		public ITopic getTopic(String href) {
			if (href == null) {
				return new Topic(getLabel, getHref);
			}
			for (ITopic topic : getTopics) {
				if (topic.getHref().equals(href)) {
					return topic;
				}
			}
			return null;
		}

		@Override
		public boolean isEnabled(IEvaluationContext context) {
			return true;
		}

		@Override
		public IUAElement[] getChildren() {
			return getTopics.clone();
		}
	}

	private record Contribution(IToc getToc, String getLocale) implements ITocContribution {
		@Override
		public String getCategoryId() {
			return null;
		}

		@Override
		public String getContributorId() {
			return "rdpdoctor.ui";
		}

		@Override
		public String[] getExtraDocuments() {
			return new String[0];
		}

		@Override
		public String getId() {
			return BUNDLE + CausePages.FOLDER + "toc.xml";
		}

		@Override
		public String getLinkTo() {
			return null;
		}

		@Override
		public boolean isPrimary() {
			return true;
		}
	}
}
