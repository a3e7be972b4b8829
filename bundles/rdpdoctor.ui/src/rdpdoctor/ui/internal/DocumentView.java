package rdpdoctor.ui.internal;

import java.util.List;

import org.eclipse.ui.part.ViewPart;

import rdpdoctor.model.Host;

/**
 * A view drawn from the inventory document: it redraws on every change or new diagnosis, but only while visible
 * (see {@link RefreshWhenVisible}).
 */
abstract class DocumentView extends ViewPart implements InventoryDocument.Listener {

	private InventoryDocument document;
	private RefreshWhenVisible refresher;

	/** @return the workbench's inventory document */
	protected InventoryDocument document() {
		if (document == null) {
			document = getSite().getService(InventoryDocument.class);
		}
		return document;
	}

	/** Starts following the document and draws once: the last step of {@code createPartControl}. */
	protected void follow() {
		refresher = new RefreshWhenVisible(this, this::refresh);
		document().addListener(this);
		refresh();
	}

	/** Draws the view from the document as it is now. */
	protected abstract void refresh();

	@Override
	public void inventoryChanged() {
		refresher.request();
	}

	@Override
	public void hostsDiagnosed(List<Host> hosts) {
		refresher.request();
	}

	@Override
	public void dispose() {
		if (document != null) {
			document.removeListener(this);
		}
		if (refresher != null) {
			refresher.dispose();
		}
		super.dispose();
	}
}
