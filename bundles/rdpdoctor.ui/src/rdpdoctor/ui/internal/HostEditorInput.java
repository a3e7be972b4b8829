package rdpdoctor.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import rdpdoctor.model.Host;

/** A host of the open inventory, as the Host editor's input (the same host opens the same editor). */
public record HostEditorInput(Host host) implements IEditorInput {

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter.isInstance(host) ? adapter.cast(host) : null;
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return host.getName() == null || host.getName().isBlank() ? "(no name)" : host.getName();
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return rdpdoctor.core.inventory.InventoryValidator.path(host);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof HostEditorInput input && input.host == host;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(host);
	}
}
