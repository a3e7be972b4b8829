package rdpdoctor.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import rdpdoctor.core.Installed;
import rdpdoctor.core.inventory.ImportResult;
import rdpdoctor.core.inventory.ImportedHost;
import rdpdoctor.core.inventory.InstalledImporter;
import rdpdoctor.core.inventory.InventoryMerge;

/**
 * File > Import Hosts: reads files with the installed importers (CSV, RDCMan, mRemoteNG, .rdp, nmap XML...), shows
 * every host found and whether the inventory has it already, then adds the new ones as one undoable edit.
 */
public class ImportDialog extends TitleAreaDialog {

	/** One line of the preview. */
	record Row(ImportedHost host, boolean known) {
	}

	private final List<Row> rows;
	private final List<String> problems;
	private final int files;

	ImportDialog(Shell shell, List<Row> rows, List<String> problems, int files) {
		super(shell);
		this.rows = rows;
		this.problems = problems;
		this.files = files;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	/**
	 * What an import job read.
	 *
	 * @param hosts    the hosts of the files that could be read
	 * @param problems one line per file that could not be read and per entry left out, naming it
	 * @param files    how many files were read
	 * @param plan     what adding them adds, as the inventory was when {@code reading} was taken
	 * @param reading  the document's state the plan was made from
	 */
	public record Read(List<ImportedHost> hosts, List<String> problems, int files, InventoryMerge.Plan plan,
			InventoryDocument.Reading reading) {

		/**
		 * @param document the document
		 * @return the plan, made again if the inventory was edited or replaced since
		 */
		InventoryMerge.Plan planFor(InventoryDocument document) {
			return document.unchangedSince(reading) ? plan : InventoryMerge.plan(document.inventory(), hosts);
		}
	}

	/**
	 * Asks for files, reads them in a job, previews them, imports on OK.
	 *
	 * @param shell    the parent
	 * @param document the document to import into
	 */
	public static void run(Shell shell, InventoryDocument document) {
		FileDialog chooser = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
		chooser.setText("Import Hosts");
		chooser.setFilterExtensions(new String[] { "*.csv;*.rdg;*.xml;*.rdp", "*" });
		chooser.setFilterNames(new String[] { "CSV, RDCMan, mRemoteNG, nmap XML, .rdp", "All files" });
		if (chooser.open() == null) {
			return;
		}
		List<Path> paths = new ArrayList<>();
		for (String name : chooser.getFileNames()) {
			paths.add(Path.of(chooser.getFilterPath(), name));
		}
		InventoryJobs.importFiles(document, paths, read -> preview(shell, document, read)).schedule();
	}

	/**
	 * Shows what was read and imports the new hosts on OK, as one undoable edit.
	 *
	 * @param shell    the parent
	 * @param document the document to import into
	 * @param read     what the import job read
	 */
	static void preview(Shell shell, InventoryDocument document, Read read) {
		if (shell.isDisposed()) {
			return;
		}
		if (read.hosts().isEmpty()) {
			MessageDialog.openError(shell, "Nothing to import",
					read.problems().isEmpty() ? "The files hold no host." : String.join("\n", read.problems()));
			return;
		}
		ImportDialog dialog = new ImportDialog(shell, rows(read.hosts(), read.planFor(document)), read.problems(),
				read.files());
		if (dialog.open() == OK) {
			document.execute(merge(document, read.planFor(document)));
		}
	}

	/**
	 * @param paths    files to read
	 * @param problems receives one line per file that could not be read and per entry skipped, naming it
	 * @return the hosts of the files that could be read
	 */
	static List<ImportedHost> read(List<Path> paths, List<String> problems) {
		List<InstalledImporter> importers = Installed.importers(Platform.getExtensionRegistry(), problems::add);
		List<ImportedHost> hosts = new ArrayList<>();
		for (Path path : paths) {
			Optional<InstalledImporter> importer = importers.stream().filter(i -> i.importer().accepts(path))
					.findFirst();
			if (importer.isEmpty()) {
				problems.add(path + ": no installed importer recognises this file");
				continue;
			}
			try {
				ImportResult result = importer.get().importer().read(path);
				hosts.addAll(result.hosts());
				problems.addAll(result.skipped());
			} catch (IOException | RuntimeException e) {
				problems.add(e.getMessage() == null ? path + ": " + e : e.getMessage());
			}
		}
		return hosts;
	}

	/**
	 * @param hosts hosts read
	 * @param plan  what adding them adds
	 * @return them, each marked when the inventory (or an earlier line) has it already
	 */
	static List<Row> rows(List<ImportedHost> hosts, InventoryMerge.Plan plan) {
		return IntStream.range(0, hosts.size()).mapToObj(i -> new Row(hosts.get(i), plan.duplicates().get(i)))
				.toList();
	}

	/**
	 * @param document the document
	 * @param plan     what to add, made from the inventory as it is
	 * @return one undoable command that adds it: a few list additions, whatever the number of hosts
	 */
	static Command merge(InventoryDocument document, InventoryMerge.Plan plan) {
		CompoundCommand command = new CompoundCommand("Import " + plan.result().added() + " hosts");
		for (InventoryMerge.Addition addition : plan.additions()) {
			command.append(new AddCommand(document.domain(), addition.owner(), addition.feature(), addition.children()));
		}
		return command;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		long fresh = rows.stream().filter(r -> !r.known()).count();
		setTitle("Import " + fresh + " new hosts");
		String summary = rows.size() + " hosts in " + files + (files == 1 ? " file: " : " files: ") + fresh
				+ " new, " + (rows.size() - fresh) + " already in the inventory (left out).";
		setMessage(problems.isEmpty() ? summary : summary + "\n" + String.join("; ", problems),
				problems.isEmpty() ? IMessageProvider.INFORMATION : IMessageProvider.WARNING);
		TableViewer table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.VIRTUAL);
		GridData layout = new GridData(SWT.FILL, SWT.FILL, true, true);
		layout.heightHint = 360;
		layout.widthHint = 820;
		table.getTable().setLayoutData(layout);
		table.getTable().setHeaderVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		TableColumns.<Row>text(table, "Group", 200, r -> String.join("/", r.host().groupPath()));
		TableColumns.<Row>text(table, "Name", 200, r -> r.host().name());
		TableColumns.<Row>text(table, "Port", 60, r -> String.valueOf(r.host().port()));
		TableColumns.<Row>text(table, "Address", 130, r -> r.host().address());
		TableColumns.<Row>text(table, "Tags", 120, r -> String.join(", ", r.host().tags()));
		TableColumns.<Row>text(table, "", 110, r -> r.known() ? "already there" : "new");
		table.setInput(rows);
		return area;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Import Hosts");
	}
}
