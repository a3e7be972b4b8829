package rdpdoctor.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.Installed;
import rdpdoctor.core.Target;
import rdpdoctor.core.engine.DiagnosisEngine;
import rdpdoctor.core.inventory.InventoryValidator;
import rdpdoctor.core.inventory.RunRecords;
import rdpdoctor.core.settings.DiagnosisDepth;
import rdpdoctor.model.Host;
import rdpdoctor.model.ProbeRun;

/**
 * Diagnoses hosts in the background with the installed probes and the preferences' settings. Results are recorded
 * into the inventory in the UI thread in batches (at most one batch per {@value #BATCH_MS} ms), so the navigator,
 * editors and Findings view fill in while the run goes on; cancelling keeps what is done.
 */
public class DiagnoseJob extends Job {

	/** The family of every diagnosis job, for {@code Job.getJobManager().join}. */
	public static final Object FAMILY = DiagnoseJob.class;
	private static final int BATCH_MS = 150;

	private final InventoryDocument document;
	private final Map<Target, List<Host>> hostsByTarget = new LinkedHashMap<>();
	private final List<String> skipped = new ArrayList<>();
	private final ConcurrentLinkedQueue<HostDiagnosis> arrived = new ConcurrentLinkedQueue<>();
	private final AtomicBoolean flushScheduled = new AtomicBoolean();
	private final Display display;
	private final DiagnosisSettings settings;
	/** Hosts whose SSH keys were refused, held back until a password was asked for. */
	private final Map<Target, HostDiagnosis> refused = new ConcurrentHashMap<>();
	private HostSsh ssh;

	/**
	 * @param document the document to record into
	 * @param hosts    the hosts; entries that cannot be diagnosed (no name, bad port) are skipped and named
	 */
	public DiagnoseJob(InventoryDocument document, List<Host> hosts) {
		this(document, hosts, DiagnosisPreferences.settings());
	}

	/**
	 * @param document the document to record into
	 * @param hosts    the hosts; entries that cannot be diagnosed (no name, bad port) are skipped and named
	 * @param settings the run's settings (its depth among them)
	 */
	public DiagnoseJob(InventoryDocument document, List<Host> hosts, DiagnosisSettings settings) {
		super((DiagnosisDepth.of(settings) == DiagnosisDepth.QUICK ? "Quick sweep of " : "Diagnosing ") + hosts.size()
				+ (hosts.size() == 1 ? " host" : " hosts"));
		this.document = document;
		this.settings = settings;
		this.display = Display.getCurrent() != null ? Display.getCurrent() : PlatformUI.getWorkbench().getDisplay();
		for (Host host : hosts) {
			try {
				Target target = new Target(host.getName() == null ? "" : host.getName().trim(), host.getRdpPort(),
						host.getAddress());
				hostsByTarget.computeIfAbsent(target, t -> new ArrayList<>()).add(host);
			} catch (IllegalArgumentException e) {
				skipped.add(InventoryValidator.path(host) + ": " + e.getMessage());
			}
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		List<String> problems = new ArrayList<>();
		Optional<DiagnosisEngine> installed = Installed.engine(Platform.getExtensionRegistry(), settings,
				problems::add);
		if (installed.isEmpty()) {
			return Status.error(String.join("; ", problems));
		}
		ssh = new HostSsh(hostsByTarget, settings);
		DiagnosisEngine engine = installed.get().withHostSettings(ssh::settingsOf);
		int done = 0;
		try {
			done = engine.stream(hostsByTarget.keySet().iterator(), hostsByTarget.size(), this::arrived, monitor);
			retryWithPasswords(engine, monitor); // the same hosts again: not counted twice
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} finally {
			ssh.withdraw();
			arrived.addAll(refused.values()); // cancelled before the prompt: still recorded
			refused.clear();
			scheduleFlush(0);
		}
		if (!skipped.isEmpty()) {
			return Status.warning("Diagnosed " + done + " hosts; skipped " + skipped.size() + ": "
					+ String.join("; ", skipped));
		}
		return Status.info("Diagnosed " + done + " hosts");
	}

	private void arrived(HostDiagnosis diagnosis) {
		if (HostSsh.keysRefused(diagnosis) && ssh.mayAsk(diagnosis.target())) {
			refused.put(diagnosis.target(), diagnosis); // recorded unless a password is given and tried
			return;
		}
		arrived.add(diagnosis);
		scheduleFlush(BATCH_MS);
	}

	/**
	 * Asks once per SSH user whose keys some hosts refused for its password (unless one was given already) and
	 * diagnoses those hosts again with it.
	 */
	private void retryWithPasswords(DiagnosisEngine engine, IProgressMonitor monitor) {
		Map<String, List<Target>> byUser = ssh.withoutPassword(List.copyOf(refused.keySet()));
		List<Target> again = new ArrayList<>();
		for (Map.Entry<String, List<Target>> user : byUser.entrySet()) {
			if (monitor.isCanceled() || display.isDisposed()) {
				break;
			}
			String[] answer = new String[1];
			boolean[] keep = new boolean[1];
			display.syncExec(() -> {
				SshPasswordDialog dialog = new SshPasswordDialog(display.getActiveShell(), user.getKey(), user
						.getValue().stream().map(Target::toString).toList());
				if (dialog.open() == Window.OK) {
					answer[0] = dialog.password();
					keep[0] = dialog.keep();
				}
			});
			if (answer[0] != null && !answer[0].isEmpty()) {
				ssh.givePassword(user.getKey(), answer[0]);
				if (keep[0]) {
					SshCredentials.keep(user.getKey(), answer[0]);
				}
				again.addAll(user.getValue());
			}
		}
		again.forEach(refused::remove);
		arrived.addAll(refused.values()); // no password given: the refusal is the result
		refused.clear();
		if (!again.isEmpty()) {
			engine.stream(again.iterator(), again.size(), this::arrived, monitor);
		}
	}

	private void scheduleFlush(int delayMs) {
		if ((delayMs == 0 || flushScheduled.compareAndSet(false, true)) && !display.isDisposed()) {
			display.asyncExec(() -> display.timerExec(delayMs, this::flush));
		}
	}

	/** Records what arrived since the last flush (UI thread). */
	private void flush() {
		flushScheduled.set(false);
		List<Host> hosts = new ArrayList<>();
		List<ProbeRun> runs = new ArrayList<>();
		for (HostDiagnosis diagnosis; (diagnosis = arrived.poll()) != null;) {
			for (Host host : hostsByTarget.getOrDefault(diagnosis.target(), List.of())) {
				hosts.add(host);
				runs.add(RunRecords.toRun(diagnosis));
			}
		}
		if (!hosts.isEmpty()) {
			document.record(hosts, runs);
		}
	}
}
