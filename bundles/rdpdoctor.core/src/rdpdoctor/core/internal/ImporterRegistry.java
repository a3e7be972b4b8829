package rdpdoctor.core.internal;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;

import rdpdoctor.core.inventory.IInventoryImporter;
import rdpdoctor.core.inventory.InstalledImporter;
import rdpdoctor.core.registry.ContributionRegistry;

/** The importers contributed to {@code rdpdoctor.core.importers}. */
public final class ImporterRegistry extends ContributionRegistry<InstalledImporter> {

	/** The extension point's full id. */
	public static final String POINT = "rdpdoctor.core.importers";

	/**
	 * @param registry the extension registry
	 * @param problems receives one line per malformed contribution
	 */
	public ImporterRegistry(IExtensionRegistry registry, Consumer<String> problems) {
		super(registry, POINT, problems);
	}

	@Override
	protected String id(InstalledImporter descriptor) {
		return descriptor.id();
	}

	@Override
	protected InstalledImporter read(IConfigurationElement element) {
		String id = required(element, "id");
		required(element, "class");
		String name = element.getAttribute("name");
		return new InstalledImporter(id, name == null ? id : name, create(element, IInventoryImporter.class));
	}
}
