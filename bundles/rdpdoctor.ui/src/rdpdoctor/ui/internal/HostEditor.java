package rdpdoctor.ui.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

import rdpdoctor.core.inventory.InventoryValidator;
import rdpdoctor.model.Host;
import rdpdoctor.model.HostPlatform;
import rdpdoctor.model.ModelPackage;

/**
 * The Host editor: the host's address, ports, RDP user, domain and gateway, platform, SSH user, tags and notes (each
 * change one undoable command, problems shown beside the field), then its last diagnosis. Saving saves the inventory.
 */
public class HostEditor extends EditorPart implements InventorySaving, InventoryDocument.Listener {

	/** The editor's id. */
	public static final String ID = "rdpdoctor.ui.hostEditor";
	private static final ModelPackage MODEL = ModelPackage.eINSTANCE;
	private static final int FIELD_WIDTH = 120;

	private final Map<EAttribute, Text> texts = new LinkedHashMap<>();
	private final Map<EAttribute, ControlDecoration> decorations = new LinkedHashMap<>();
	private InventoryDocument document;
	private Host host;
	private Combo platform;
	private RunPanel run;
	private UndoRedoActions undoRedo;

	/**
	 * Opens (or brings forward) the editor of a host.
	 *
	 * @param page the workbench page
	 * @param host the host
	 */
	public static void open(IWorkbenchPage page, Host host) {
		try {
			page.openEditor(new HostEditorInput(host), ID);
		} catch (PartInitException e) {
			org.eclipse.jface.dialogs.ErrorDialog.openError(page.getWorkbenchWindow().getShell(), "Host editor",
					"Cannot open the host", e.getStatus());
		}
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof HostEditorInput hostInput)) {
			throw new PartInitException("The Host editor opens hosts of the inventory, not " + input.getName());
		}
		setSite(site);
		setInput(input);
		host = hostInput.host();
		document = site.getService(InventoryDocument.class);
		setPartName(input.getName());
	}

	@Override
	public void createPartControl(Composite parent) {
		org.eclipse.ui.PlatformUI.getWorkbench().getHelpSystem().setHelp(parent, "rdpdoctor.ui.host_editor"); // F1
		parent.setLayout(new GridLayout(1, false));
		Group fields = new Group(parent, SWT.NONE);
		fields.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		fields.setText("Host");
		fields.setLayout(new GridLayout(6, false));
		text(fields, "Name (as dialled):", MODEL.getHost_Name());
		text(fields, "Expected address:", MODEL.getHost_Address());
		text(fields, "RDP port:", MODEL.getHost_RdpPort());
		text(fields, "RDP user:", MODEL.getHost_RdpUser()).setToolTipText("The user Connect logs on as, e.g. alice, "
				+ "CORP\\alice or alice@corp.example; never a password");
		text(fields, "RDP domain:", MODEL.getHost_RdpDomain());
		text(fields, "RD Gateway:", MODEL.getHost_RdpGateway()).setToolTipText("Empty for a direct connection");
		text(fields, "SSH user:", MODEL.getHost_SshUser());
		text(fields, "SSH port:", MODEL.getHost_SshPort());
		new Label(fields, SWT.NONE).setText("Platform:");
		platform = new Combo(fields, SWT.READ_ONLY);
		platform.setItems(HostPlatform.VALUES.stream().map(HostPlatform::getName).toArray(String[]::new));
		platform.addListener(SWT.Selection, e -> commit(MODEL.getHost_Platform(),
				HostPlatform.get(platform.getSelectionIndex())));
		text(fields, "Tags:", MODEL.getHost_Tags()).setToolTipText("Comma separated, e.g. prod, rds");
		new Label(fields, SWT.NONE).setText("Notes:");
		Text notes = new Text(fields, SWT.BORDER);
		GridData notesLayout = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
		notesLayout.widthHint = FIELD_WIDTH;
		notes.setLayoutData(notesLayout);
		bind(notes, MODEL.getHost_Notes());
		Button diagnose = new Button(fields, SWT.PUSH);
		diagnose.setText("Diagnose");
		diagnose.setToolTipText("Probe this host now (Ctrl+R)");
		diagnose.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
		diagnose.addListener(SWT.Selection, e -> new DiagnoseJob(document, List.of(host)).schedule());
		run = new RunPanel(parent);
		undoRedo = new UndoRedoActions(document, getEditorSite().getActionBars());
		document.addListener(this);
		refresh();
	}

	private Text text(Composite parent, String label, EAttribute attribute) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER);
		GridData layout = new GridData(SWT.FILL, SWT.CENTER, true, false);
		layout.widthHint = FIELD_WIDTH; // not the content's width: long values must not squeeze the other columns
		text.setLayoutData(layout);
		bind(text, attribute);
		return text;
	}

	private void bind(Text text, EAttribute attribute) {
		texts.put(attribute, text);
		ControlDecoration decoration = new ControlDecoration(text, SWT.LEFT | SWT.TOP);
		decoration.setImage(FieldDecorationRegistry.getDefault()
				.getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
		decoration.hide();
		decorations.put(attribute, decoration);
		text.addListener(SWT.FocusOut, e -> commit(attribute, text));
		text.addListener(SWT.DefaultSelection, e -> commit(attribute, text));
	}

	private void commit(EAttribute attribute, Text text) {
		String value = text.getText().trim();
		if (attribute == MODEL.getHost_Tags()) {
			List<String> tags = Arrays.stream(value.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
			if (!tags.equals(host.getTags())) {
				commit(attribute, tags);
			}
			return;
		}
		if (attribute.getEType().getInstanceClass() == int.class) {
			try {
				commit(attribute, Integer.parseInt(value));
			} catch (NumberFormatException e) {
				show(attribute, "'" + value + "' is not a port number (1..65535)");
			}
			return;
		}
		commit(attribute, (Object) value);
	}

	private void commit(EAttribute attribute, Object value) {
		document.execute(InventoryEdits.set(document.domain(), host, attribute, value));
	}

	/** Shows the host's values and problems as the model has them now (after an edit, undo or redo). */
	private void refresh() {
		for (Map.Entry<EAttribute, Text> entry : texts.entrySet()) {
			Object value = host.eGet(entry.getKey());
			String shown = value instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
					: value == null ? "" : String.valueOf(value);
			if (!entry.getValue().getText().equals(shown)) {
				entry.getValue().setText(shown);
			}
		}
		platform.select(host.getPlatform().getValue());
		decorations.values().forEach(ControlDecoration::hide);
		for (InventoryValidator.Problem problem : InventoryValidator.validate(host)) {
			show(field(problem.message()), problem.message().substring(problem.message().indexOf(": ") + 2));
		}
		setPartName(getEditorInput().getName());
		run.show(host);
		undoRedo.update();
		firePropertyChange(IWorkbenchPartConstants.PROP_DIRTY);
	}

	private EAttribute field(String message) {
		if (message.contains("RDP port")) {
			return MODEL.getHost_RdpPort();
		}
		if (message.contains("SSH port")) {
			return MODEL.getHost_SshPort();
		}
		return message.contains("expected address") ? MODEL.getHost_Address() : MODEL.getHost_Name();
	}

	private void show(EAttribute attribute, String message) {
		ControlDecoration decoration = decorations.get(attribute);
		decoration.setDescriptionText(message);
		decoration.show();
	}

	@Override
	public void inventoryChanged() {
		if (platform.isDisposed()) {
			return;
		}
		if (!EcoreUtil.isAncestor(document.inventory(), host)) {
			getSite().getPage().closeEditor(this, false); // deleted, or another inventory was opened
			return;
		}
		refresh();
	}

	@Override
	public void hostsDiagnosed(List<Host> hosts) {
		if (!platform.isDisposed() && hosts.contains(host)) {
			run.show(host);
			firePropertyChange(IWorkbenchPartConstants.PROP_DIRTY);
		}
	}

	@Override
	public void dirtyStateChanged() {
		if (!platform.isDisposed()) {
			firePropertyChange(IWorkbenchPartConstants.PROP_DIRTY);
		}
	}

	/** @return the field editing an attribute, for tests */
	Control field(EAttribute attribute) {
		return texts.get(attribute);
	}

	@Override
	public InventoryDocument inventory() {
		return document;
	}


	@Override
	public void doSave(IProgressMonitor monitor) {
		InventorySaving.super.doSave(monitor); // EditorPart declares it abstract
	}

	@Override
	public void doSaveAs() {
		InventorySaving.super.doSaveAs();
	}

	@Override
	public boolean isDirty() {
		return InventorySaving.super.isDirty();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return InventorySaving.super.isSaveAsAllowed();
	}

	@Override
	public boolean isSaveOnCloseNeeded() {
		return false; // closing the editor loses nothing: the edits live in the inventory
	}

	@Override
	public void setFocus() {
		texts.get(MODEL.getHost_Name()).setFocus();
	}

	@Override
	public void dispose() {
		if (document != null) {
			document.removeListener(this);
		}
		super.dispose();
	}
}
