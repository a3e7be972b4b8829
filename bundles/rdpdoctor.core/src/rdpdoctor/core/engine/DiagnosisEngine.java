package rdpdoctor.core.engine;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.Target;

/**
 * Diagnoses targets: per host, runs the probes in dependency order, each with a deadline, then the rules; hosts
 * run concurrently up to {@link DiagnosisSettings#concurrency()}. Reachability probes (a name lookup, a TCP connect:
 * {@link ProbeDescriptor#reachability()}) run outside that bound, for up to {@value #REACHABILITY_FACTOR} times as
 * many hosts, so a host that never answers costs one deadline without holding up the others; no new host starts
 * while {@value #WAITING_FACTOR} times as many hosts as the concurrency wait for their turn, so a reached host goes
 * on soon. UI-agnostic: the same in the workbench, the command line and the tests.
 */
public final class DiagnosisEngine {

	private static final long POLL_MS = 50;

	/**
	 * How long a cancelled run waits for the hosts under way before it returns without them. Cancelled probes stop
	 * at their next check, so this only matters for code that does not check (a stuck contribution).
	 */
	public static final long STOP_GRACE_MS = 10_000;

	/** How many hosts may be in their reachability probes at once, per host of the concurrency bound. */
	public static final int REACHABILITY_FACTOR = 8;

	/**
	 * How many reached hosts may wait for their turn, per host of the concurrency bound, before no new host starts:
	 * enough to look a few seconds ahead in the list (a dead host near its end still costs a whole deadline), few
	 * enough that a reached host goes on while its connection is fresh.
	 */
	public static final int WAITING_FACTOR = 4;

	private final List<ProbeDescriptor> probes;
	private final List<RuleDescriptor> rules;
	private final DiagnosisSettings settings;
	private final Function<Target, Map<String, String>> hostSettings;
	private final RemediationLookup remediations;

	/**
	 * @param probes   the probes to run on every host
	 * @param rules    the rules to apply to every host's evidence
	 * @param settings deadlines, concurrency, DNS server
	 */
	public DiagnosisEngine(List<ProbeDescriptor> probes, List<RuleDescriptor> rules, DiagnosisSettings settings) {
		this(probes, rules, settings, target -> Map.of(), RemediationLookup.NONE);
	}

	private DiagnosisEngine(List<ProbeDescriptor> probes, List<RuleDescriptor> rules, DiagnosisSettings settings,
			Function<Target, Map<String, String>> hostSettings, RemediationLookup remediations) {
		this.probes = List.copyOf(probes);
		this.rules = List.copyOf(rules);
		this.settings = settings;
		this.hostSettings = hostSettings;
		this.remediations = remediations;
	}

	/**
	 * @param remediations the remediations declared for each cause, named in the findings besides those a rule names
	 * @return an engine like this one that names them
	 */
	public DiagnosisEngine withRemediations(RemediationLookup remediations) {
		return new DiagnosisEngine(probes, rules, settings, hostSettings, remediations);
	}

	/**
	 * @param hostSettings for each host, the {@link DiagnosisSettings#extra() extra settings} of its own that replace
	 *                     the run's (e.g. the SSH user and port an inventory keeps for it); an empty map for none
	 * @return an engine with the same probes, rules and settings that gives each host its own
	 */
	public DiagnosisEngine withHostSettings(Function<Target, Map<String, String>> hostSettings) {
		return new DiagnosisEngine(probes, rules, settings, hostSettings, remediations);
	}

	/**
	 * @param ids probes to leave out; a probe another one requires or runs after is kept
	 * @return an engine with the other probes, the same rules, settings and host settings
	 */
	public DiagnosisEngine withoutProbes(java.util.Set<String> ids) {
		java.util.Set<String> needed = new java.util.HashSet<>();
		probes.forEach(probe -> {
			needed.addAll(probe.requires());
			needed.addAll(probe.after());
		});
		return new DiagnosisEngine(probes.stream().filter(p -> !ids.contains(p.id()) || needed.contains(p.id()))
				.toList(), rules, settings, hostSettings, remediations);
	}

	private DiagnosisSettings settingsOf(Target target) {
		return settings.withExtras(hostSettings.apply(target));
	}

	/** @return the settings this engine runs with */
	public DiagnosisSettings settings() {
		return settings;
	}

	/**
	 * Diagnoses the targets. Returns when every host is done, or soon after cancellation (at most
	 * {@link #STOP_GRACE_MS} later, at once when the calling thread is interrupted after it).
	 *
	 * @param targets  the hosts
	 * @param listener told of each host when it is done (may be {@code null})
	 * @param monitor  progress (one unit per host) and cancellation; may be {@code null}
	 * @return the diagnoses in the order of {@code targets}
	 * @throws OperationCanceledException when the monitor was cancelled; hosts finished by then were reported
	 */
	public List<HostDiagnosis> diagnose(List<Target> targets, DiagnosisListener listener, IProgressMonitor monitor) {
		HostDiagnosis[] results = new HostDiagnosis[targets.size()];
		java.util.Map<Target, java.util.Deque<Integer>> positions = new java.util.HashMap<>();
		for (int i = 0; i < targets.size(); i++) {
			positions.computeIfAbsent(targets.get(i), t -> new java.util.ArrayDeque<>()).add(i);
		}
		stream(targets.iterator(), targets.size(), d -> {
			synchronized (results) {
				results[positions.get(d.target()).poll()] = d;
			}
			if (listener != null) {
				listener.hostDone(d);
			}
		}, monitor);
		return List.of(results);
	}

	/**
	 * Diagnoses targets as they come, holding no result: each goes to the listener as soon as it is done, so memory
	 * stays bounded by the concurrency whatever the number of targets (at most {@value #REACHABILITY_FACTOR} times
	 * the concurrency hosts are under way). Targets are taken from the iterator only when a slot is free.
	 *
	 * @param targets  the hosts, read lazily
	 * @param planned  how many there are, for progress (0 if unknown)
	 * @param listener told of each host when it is done, from the engine's threads
	 * @param monitor  progress and cancellation; may be {@code null}
	 * @return how many hosts were diagnosed
	 * @throws OperationCanceledException when the monitor was cancelled; hosts finished by then were reported
	 */
	public int stream(Iterator<Target> targets, int planned, DiagnosisListener listener, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Diagnosing " + planned + " hosts", Math.max(planned, 1));
		AtomicBoolean cancelled = new AtomicBoolean();
		int underWay = admitted(settings.concurrency());
		Semaphore slots = new Semaphore(underWay);
		WorkSlots work = new WorkSlots(settings.concurrency(), WAITING_FACTOR * settings.concurrency(), cancelled);
		RunResources resources = new RunResources();
		HostRun.Shared shared = new HostRun.Shared(new ProbeOrder(probes), rules, remediations, settings, work,
				cancelled, resources);
		AtomicInteger done = new AtomicInteger();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicBoolean over = new AtomicBoolean(); // set when this call returns: a host abandoned then reports nothing
		int reported = 0;
		try {
			while (targets.hasNext() && !cancelled.get()) { // one target per pass, once a slot is free
				if (!acquire(slots, progress, cancelled) || !roomToWait(work, slots, progress, cancelled)) {
					break;
				}
				Target target = targets.next();
				HostRun host = new HostRun(shared, target, settingsOf(target));
				work.arrive(host); // from now on it may soon wait for work: counted before the next admission
				EngineThreads.start("host " + host.target(), () -> {
					try {
						HostDiagnosis diagnosis = host.run();
						boolean whole = !cancelled.get() || complete(diagnosis); // one cut short is not done
						synchronized (over) {
							if (whole && !over.get()) {
								listener.hostDone(diagnosis);
								done.incrementAndGet();
							}
						}
					} catch (Throwable t) { // a listener failure must not hang the run
						failure.compareAndSet(null, t);
						cancelled.set(true);
					} finally {
						slots.release();
					}
				});
				reported = report(progress, done.get(), reported);
			}
			awaitHosts(slots, underWay, progress, cancelled, done, reported);
		} finally {
			synchronized (over) {
				over.set(true);
			}
			resources.close(); // hosts abandoned after a cancellation lose what they shared: they report nothing
		}
		if (failure.get() != null) {
			throw new IllegalStateException("reporting a diagnosis failed", failure.get());
		}
		if (cancelled.get()) {
			throw new OperationCanceledException();
		}
		return done.get();
	}

	/** Hosts under way at once: the concurrency, plus those still finding out whether they can be reached. */
	private int admitted(int concurrency) {
		boolean anyReachability = probes.stream().anyMatch(ProbeDescriptor::reachability);
		return anyReachability ? (int) Math.min(Integer.MAX_VALUE, (long) concurrency * REACHABILITY_FACTOR)
				: concurrency;
	}

	private static boolean complete(HostDiagnosis diagnosis) {
		return diagnosis.outcomes().stream().noneMatch(o -> o.status() == rdpdoctor.model.ProbeStatus.CANCELLED);
	}

	private static int report(SubMonitor progress, int done, int reported) {
		if (done > reported) {
			progress.worked(done - reported);
		}
		return Math.max(done, reported);
	}

	/** Waits for a free slot, checking cancellation; false when cancelled. */
	private static boolean acquire(Semaphore slots, SubMonitor progress, AtomicBoolean cancelled) {
		try {
			while (!slots.tryAcquire(POLL_MS, TimeUnit.MILLISECONDS)) { // bounded by cancellation
				if (progress.isCanceled()) {
					cancelled.set(true);
					return false;
				}
			}
			return true;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			cancelled.set(true);
			return false;
		}
	}

	/**
	 * Waits, holding the slot just taken, until there is room among the hosts waiting for their turn; false (slot
	 * given back) when cancelled.
	 */
	private static boolean roomToWait(WorkSlots work, Semaphore slots, SubMonitor progress,
			AtomicBoolean cancelled) {
		try {
			while (!work.awaitRoom(POLL_MS)) { // bounded: waiting hosts get slots as working hosts end
				if (progress.isCanceled() || cancelled.get()) {
					cancelled.set(true);
					slots.release();
					return false;
				}
			}
			return true;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			cancelled.set(true);
			slots.release();
			return false;
		}
	}

	/**
	 * Waits for the hosts under way: until every slot is back, or, once the run is cancelled, for at most
	 * {@link #STOP_GRACE_MS} more, or until the calling thread is interrupted (a second Ctrl-C). Hosts still running
	 * then are abandoned: their threads are daemons and their results are dropped.
	 */
	private static void awaitHosts(Semaphore slots, int all, SubMonitor progress, AtomicBoolean cancelled,
			AtomicInteger done, int reported) {
		long giveUpAt = 0;
		boolean graceStarted = false;
		boolean interrupted = false;
		while (true) { // ends when all slots are back, or by the grace period or an interrupt after cancellation
			reported = report(progress, done.get(), reported);
			if (progress.isCanceled()) {
				cancelled.set(true); // running hosts see it and stop within their probes' next check
			}
			if (cancelled.get() && !graceStarted) {
				graceStarted = true;
				giveUpAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_GRACE_MS);
			}
			if (interrupted || (graceStarted && System.nanoTime() - giveUpAt > 0)) {
				break;
			}
			try {
				if (slots.tryAcquire(all, POLL_MS, TimeUnit.MILLISECONDS)) {
					slots.release(all);
					break;
				}
			} catch (InterruptedException e) {
				interrupted = true;
				cancelled.set(true);
			}
		}
		report(progress, done.get(), reported);
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}
}
