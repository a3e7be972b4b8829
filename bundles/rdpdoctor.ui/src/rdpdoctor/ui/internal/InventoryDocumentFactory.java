package rdpdoctor.ui.internal;

import org.eclipse.ui.services.AbstractServiceFactory;
import org.eclipse.ui.services.IServiceLocator;

/** Makes the workbench's one {@link InventoryDocument} (extension point org.eclipse.ui.services). */
public class InventoryDocumentFactory extends AbstractServiceFactory {

	private InventoryDocument document;

	@Override
	public synchronized Object create(@SuppressWarnings("rawtypes") Class serviceInterface,
			IServiceLocator parentLocator, IServiceLocator locator) {
		if (serviceInterface != InventoryDocument.class) {
			return null;
		}
		if (document == null) {
			document = new InventoryDocument();
		}
		return document;
	}
}
