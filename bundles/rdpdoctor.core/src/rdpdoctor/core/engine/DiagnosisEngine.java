package rdpdoctor.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.Target;

/**
 * Diagnoses targets: per host, runs the probes in dependency order, each with a deadline, then the rules; hosts
 * run concurrently up to {@link DiagnosisSettings#concurrency()}. UI-agnostic: the same in the workbench, the
 * command line and the tests.
 */
public final class DiagnosisEngine {

	private static final long POLL_MS = 50;

	private final List<ProbeDescriptor> probes;
	private final List<RuleDescriptor> rules;
	private final DiagnosisSettings settings;

	/**
	 * @param probes   the probes to run on every host
	 * @param rules    the rules to apply to every host's evidence
	 * @param settings deadlines, concurrency, DNS server
	 */
	public DiagnosisEngine(List<ProbeDescriptor> probes, List<RuleDescriptor> rules, DiagnosisSettings settings) {
		this.probes = List.copyOf(probes);
		this.rules = List.copyOf(rules);
		this.settings = settings;
	}

	/** @return the settings this engine runs with */
	public DiagnosisSettings settings() {
		return settings;
	}

	/**
	 * Diagnoses the targets. Returns when every host is done, or soon after cancellation.
	 *
	 * @param targets  the hosts
	 * @param listener told of each host when it is done (may be {@code null})
	 * @param monitor  progress (one unit per host) and cancellation; may be {@code null}
	 * @return the diagnoses in the order of {@code targets}
	 * @throws OperationCanceledException when the monitor was cancelled; hosts finished by then were reported
	 */
	public List<HostDiagnosis> diagnose(List<Target> targets, DiagnosisListener listener, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Diagnosing " + targets.size() + " hosts", targets.size());
		AtomicBoolean cancelled = new AtomicBoolean();
		Semaphore slots = new Semaphore(settings.concurrency());
		HostRun.Shared shared = new HostRun.Shared(new ProbeOrder(probes), rules, settings, cancelled);
		HostDiagnosis[] results = new HostDiagnosis[targets.size()];
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			CompletionService<Integer> done = new ExecutorCompletionService<>(threads);
			List<Future<Integer>> futures = new ArrayList<>();
			for (int i = 0; i < targets.size(); i++) {
				int index = i;
				futures.add(done.submit(() -> {
					slots.acquire();
					try {
						if (cancelled.get()) {
							return -1;
						}
						results[index] = new HostRun(shared, targets.get(index)).run();
						if (listener != null) {
							listener.hostDone(results[index]);
						}
						return index;
					} finally {
						slots.release();
					}
				}));
			}
			awaitAll(done, futures.size(), progress, cancelled);
			if (cancelled.get()) {
				futures.forEach(f -> f.cancel(true));
				throw new OperationCanceledException();
			}
		}
		return List.of(results);
	}

	private static void awaitAll(CompletionService<Integer> done, int count, SubMonitor progress,
			AtomicBoolean cancelled) {
		int finished = 0;
		while (finished < count) { // each pass takes one result or checks cancellation
			if (progress.isCanceled()) {
				cancelled.set(true);
				return;
			}
			try {
				Future<Integer> next = done.poll(POLL_MS, TimeUnit.MILLISECONDS);
				if (next != null) {
					next.get();
					finished++;
					progress.worked(1);
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				cancelled.set(true);
				return;
			} catch (ExecutionException e) {
				throw new IllegalStateException("diagnosis thread failed", e.getCause());
			}
		}
	}
}
