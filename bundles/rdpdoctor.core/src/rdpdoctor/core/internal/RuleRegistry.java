package rdpdoctor.core.internal;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;

import rdpdoctor.core.IRule;
import rdpdoctor.core.engine.RuleDescriptor;
import rdpdoctor.core.registry.ContributionRegistry;

/** The rules contributed to {@code rdpdoctor.core.rules}. */
public final class RuleRegistry extends ContributionRegistry<RuleDescriptor> {

	/** The extension point's full id. */
	public static final String POINT = "rdpdoctor.core.rules";

	/**
	 * @param registry the extension registry
	 * @param problems receives one line per malformed contribution
	 */
	public RuleRegistry(IExtensionRegistry registry, Consumer<String> problems) {
		super(registry, POINT, problems);
	}

	@Override
	protected String id(RuleDescriptor descriptor) {
		return descriptor.id();
	}

	@Override
	protected RuleDescriptor read(IConfigurationElement element) {
		String id = required(element, "id");
		required(element, "class");
		return new RuleDescriptor(id, element.getAttribute("name"), factory(element, IRule.class));
	}
}
