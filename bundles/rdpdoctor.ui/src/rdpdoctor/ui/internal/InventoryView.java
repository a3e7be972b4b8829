package rdpdoctor.ui.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.jface.viewers.DoubleClickEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISaveablePart;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;

import rdpdoctor.model.Group;
import rdpdoctor.model.Host;

/**
 * The Inventory navigator: nested groups and hosts with a status dot each, a filter box, drag and drop between
 * groups, a context menu, undo/redo and Save (the view saves the inventory it shows).
 */
public class InventoryView extends ViewPart implements ISaveablePart, InventoryDocument.Listener {

	/** The view's id. */
	public static final String ID = "rdpdoctor.ui.inventory";
	/** Filtering expands the tree when at most this many hosts match (expanding 1,000 takes about 250 ms on GTK). */
	private static final int EXPAND_LIMIT = 300;

	private final InventoryFilter filter = new InventoryFilter();
	private InventoryDocument document;
	private TreeViewer viewer;
	private Text filterText;
	private UndoRedoActions undoRedo;

	@Override
	public void createPartControl(Composite parent) {
		document = getSite().getService(InventoryDocument.class);
		parent.setLayout(new GridLayout(1, false));
		filterText = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filterText.setMessage("Filter: name, address, tag, status or cause");
		filterText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		filterText.addModifyListener(e -> applyFilter());

		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new InventoryContentProvider());
		viewer.setLabelProvider(new InventoryLabelProvider());
		viewer.setFilters(filter);
		viewer.addDoubleClickListener(this::open);
		dragAndDrop();
		contextMenu();
		getSite().setSelectionProvider(viewer);

		undoRedo = new UndoRedoActions(document, getViewSite().getActionBars());
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), new Action() {
			@Override
			public void run() {
				document.execute(InventoryEdits.delete(document.domain(), viewer.getStructuredSelection().toList()));
			}
		});
		document.addListener(this);
		viewer.setInput(document.inventory());
		updateTitle();
	}

	private void dragAndDrop() {
		Transfer[] local = { LocalSelectionTransfer.getTransfer() };
		viewer.addDragSupport(DND.DROP_MOVE, local, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				LocalSelectionTransfer.getTransfer().setSelection(viewer.getStructuredSelection());
			}

			@Override
			public void dragFinished(DragSourceEvent event) {
				LocalSelectionTransfer.getTransfer().setSelection(null);
			}
		});
		viewer.addDropSupport(DND.DROP_MOVE, local, new InventoryDropAdapter(viewer, document));
	}

	private void contextMenu() {
		MenuManager menu = new MenuManager();
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
	}

	private void open(DoubleClickEvent event) {
		Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
		if (element instanceof Host host) {
			HostEditor.open(getSite().getPage(), host);
		} else if (element instanceof Group) {
			viewer.setExpandedState(element, !viewer.getExpandedState(element));
		}
	}

	private void applyFilter() {
		filter.setText(filterText.getText());
		viewer.getControl().setRedraw(false);
		try {
			viewer.refresh();
			long matching = filter.isActive()
					? rdpdoctor.core.inventory.InventoryWalk.hosts(document.inventory()).filter(filter::matches).count()
					: 0;
			if (filter.isActive() && matching <= EXPAND_LIMIT) {
				viewer.expandToLevel(AbstractTreeViewer.ALL_LEVELS);
			}
		} finally {
			viewer.getControl().setRedraw(true);
		}
	}

	@Override
	public void inventoryChanged() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		if (viewer.getInput() != document.inventory()) {
			viewer.setInput(document.inventory());
		} else {
			viewer.refresh();
		}
		undoRedo.update();
		updateTitle();
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public void hostsDiagnosed(List<Host> hosts) {
		if (!viewer.getControl().isDisposed()) {
			viewer.refresh();
			firePropertyChange(PROP_DIRTY);
		}
	}

	private void updateTitle() {
		if (document.inventory().getGroups().isEmpty() && document.inventory().getHosts().isEmpty()) {
			setContentDescription("Empty: Edit > New Host (Ctrl+Shift+H), File > Import Hosts, or File > Open Sample");
		} else {
			setContentDescription(document.file() == null ? "New inventory (not saved yet)" : document.file().toString());
		}
	}

	/** @return the tree viewer, for tests */
	public TreeViewer getViewer() {
		return viewer;
	}

	/** @return the filter box, for tests */
	public Text getFilterText() {
		return filterText;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		InventoryFiles.save(getSite().getShell(), document, false);
	}

	@Override
	public void doSaveAs() {
		InventoryFiles.save(getSite().getShell(), document, true);
	}

	@Override
	public boolean isDirty() {
		return document.isDirty();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return true;
	}

	@Override
	public boolean isSaveOnCloseNeeded() {
		return false; // the inventory outlives the view; the workbench asks once before it closes
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (document != null) {
			document.removeListener(this);
		}
		super.dispose();
	}
}
