package rdpdoctor.ui.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.util.LocalSelectionTransfer;
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
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;

import rdpdoctor.model.Group;
import rdpdoctor.model.Host;
import rdpdoctor.model.Inventory;

/**
 * The Inventory navigator: nested groups and hosts with a status dot each, a filter box, drag and drop between
 * groups, a context menu, undo/redo and Save (the view saves the inventory it shows).
 */
public class InventoryView extends ViewPart implements InventorySaving, InventoryDocument.Listener {

	/** The view's id. */
	public static final String ID = "rdpdoctor.ui.inventory";
	/** Filtering expands the tree when at most this many hosts match (expanding 1,000 takes about 250 ms on GTK). */
	private static final int EXPAND_LIMIT = 300;
	/** Groups opened per UI event by {@link #expandAllGroups()}: about 25 ms with every group open at 10,000 hosts. */
	private static final int EXPAND_BATCH = 40;

	private final InventoryFilter filter = new InventoryFilter();
	private InventoryTreeContent content;
	private final TreeChanges changes = new TreeChanges();
	private InventoryDocument document;
	private TreeViewer viewer;
	private Text filterText;
	private UndoRedoActions undoRedo;

	@Override
	public void createPartControl(Composite parent) {
		org.eclipse.ui.PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, "rdpdoctor.ui.inventory_view"); // F1
		document = getSite().getService(InventoryDocument.class);
		parent.setLayout(new GridLayout(1, false));
		filterText = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filterText.setMessage("Filter: name, address, tag, status or cause");
		filterText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		filterText.addModifyListener(e -> applyFilter());

		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.VIRTUAL);
		viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setUseHashlookup(true);
		content = new InventoryTreeContent(viewer, filter);
		viewer.setContentProvider(content);
		viewer.setLabelProvider(new InventoryLabelProvider());
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
		follow(document.inventory());
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
			refresh();
			long matching = filter.isActive() // counted only as far as the limit: a broad filter stops early
					? rdpdoctor.core.inventory.InventoryWalk.hosts(document.inventory()).filter(filter::matches)
							.limit(EXPAND_LIMIT + 1).count()
					: 0;
			if (filter.isActive() && matching <= EXPAND_LIMIT) {
				expandAllGroups();
			}
		} finally {
			viewer.getControl().setRedraw(true);
		}
	}

	/**
	 * Opens every group the filter keeps, {@value #EXPAND_BATCH} groups per UI event so that the window stays
	 * responsive with thousands. The rows are opened directly (groups are the first children at each level): asking the
	 * viewer to expand elements would make every row of the virtual tree.
	 */
	public void expandAllGroups() {
		Deque<Opening> queue = new ArrayDeque<>();
		queueGroups(viewer.getInput(), viewer.getTree().getItemCount(), viewer.getTree()::getItem, queue);
		expandSome(viewer.getInput(), queue);
	}

	/** A group row to open: its parent element, its index there, its row. */
	private record Opening(Object parent, int index, Group group, TreeItem row) {
	}

	private void queueGroups(Object parent, int rows, IntFunction<TreeItem> row, Deque<Opening> queue) {
		Object[] children = content.children(parent);
		for (int i = 0; i < Math.min(rows, children.length) && children[i] instanceof Group group; i++) {
			queue.add(new Opening(parent, i, group, row.apply(i)));
		}
	}

	private void expandSome(Object input, Deque<Opening> queue) {
		if (viewer.getControl().isDisposed() || viewer.getInput() != input) {
			return; // another inventory was opened meanwhile
		}
		for (int n = 0; n < EXPAND_BATCH && !queue.isEmpty(); n++) {
			Opening next = queue.poll();
			if (next.row().isDisposed()) {
				continue;
			}
			viewer.replace(next.parent(), next.index(), next.group()); // the row knows its group for later changes
			int count = content.children(next.group()).length;
			if (count > 0) {
				viewer.setChildCount(next.group(), count);
				next.row().setExpanded(true);
				queueGroups(next.group(), count, next.row()::getItem, queue);
			}
		}
		if (!queue.isEmpty()) {
			viewer.getControl().getDisplay().asyncExec(() -> expandSome(input, queue));
		}
	}

	private void refresh() {
		changes.clear();
		content.forget();
		viewer.refresh();
	}

	/**
	 * Redraws what changed since the last redraw: rows added at the end of a container, containers whose children
	 * changed otherwise, the labels of the groups and hosts that changed and of the groups above them. With a filter
	 * set, any change may change what it keeps, so everything is redrawn; likewise when the top level was rearranged.
	 */
	private void redrawChanges() {
		if (filter.isActive() || changes.restructured().contains(document.inventory())) {
			refresh();
			return;
		}
		Set<Object> labels = new LinkedHashSet<>();
		for (Object changed : changes.labels()) {
			labelsUpTo(changed, labels);
		}
		changes.appended().forEach((container, added) -> {
			content.forget(container);
			viewer.add(container, added.toArray()); // a virtual tree: the count grows, the rows shown are asked again
			labelsUpTo(container, labels);
		});
		for (Object container : changes.restructured()) {
			content.forget(container);
			viewer.setChildCount(container, content.children(container).length); // a closed group too
			viewer.refresh(container);
			labelsUpTo(container, labels); // its count of hosts, and those of the groups above
		}
		viewer.update(labels.toArray(), null);
		changes.clear();
	}

	private static void labelsUpTo(Object changed, Set<Object> labels) {
		for (EObject e = (EObject) changed; e != null && !(e instanceof Inventory); e = e.eContainer()) {
			labels.add(e);
		}
	}

	private void follow(Inventory inventory) {
		if (viewer.getInput() instanceof Inventory previous) {
			previous.eAdapters().remove(changes);
		}
		changes.clear();
		inventory.eAdapters().add(changes);
		viewer.setInput(inventory);
	}

	@Override
	public void inventoryChanged() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		if (viewer.getInput() != document.inventory()) {
			follow(document.inventory());
		} else {
			redrawChanges();
		}
		undoRedo.update();
		updateTitle();
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public void hostsDiagnosed(List<Host> hosts) {
		if (!viewer.getControl().isDisposed()) {
			redrawChanges(); // statuses and causes changed: labels, and what a filter keeps
			firePropertyChange(PROP_DIRTY);
		}
	}

	@Override
	public void dirtyStateChanged() {
		if (!viewer.getControl().isDisposed()) {
			updateTitle(); // Save As may have named another file
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
	public InventoryDocument inventory() {
		return document;
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
		if (viewer != null && viewer.getInput() instanceof Inventory shown) {
			shown.eAdapters().remove(changes);
		}
		super.dispose();
	}
}
