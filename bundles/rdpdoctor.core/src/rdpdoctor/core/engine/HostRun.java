package rdpdoctor.core.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.Finding;
import rdpdoctor.core.HandedOver;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.IRule;
import rdpdoctor.core.ProbeContext;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.RuleContext;
import rdpdoctor.core.Target;
import rdpdoctor.core.WellKnownEvidence;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.model.Severity;

/** The diagnosis of one host: probes in order, each under its deadline, then the rules. Never throws. */
final class HostRun {

	/** The evidence key under which a probe reports the address it worked on; the engine takes the first. */
	static final String ADDRESS_KEY = "address";

	record Shared(ProbeOrder order, List<RuleDescriptor> rules, RemediationLookup remediations, DiagnosisSettings settings,
			WorkSlots work, AtomicBoolean cancelled, RunResources resources) {
	}

	private final Shared shared;
	private final Target target;
	/** The run's settings with this host's own (its SSH user and port in an inventory). */
	private final DiagnosisSettings settings;
	/** Written by this host's thread, read by its probes (also by one that overran its deadline). */
	private final Map<String, ProbeOutcome> outcomes = Collections.synchronizedMap(new LinkedHashMap<>());
	/** Connections the probes hand to each other; closed when the probes are done. */
	private final HandedOver handedOver = new HandedOver();

	HostRun(Shared shared, Target target, DiagnosisSettings settings) {
		this.shared = shared;
		this.target = target;
		this.settings = settings;
	}

	/** @return the host this run diagnoses */
	Target target() {
		return target;
	}

	/** Runs the probes and rules; the engine has told the work slots that this host arrived. */
	HostDiagnosis run() {
		Instant started = Instant.now();
		shared.order().broken.forEach((probe, why) -> outcomes.put(probe.id(),
				new ProbeOutcome(probe.id(), ProbeStatus.ERROR, 0, why, Map.of())));
		List<ProbeDescriptor> pending = new ArrayList<>(shared.order().runnable);
		boolean working = false; // holding one of the work slots
		try {
			while (!pending.isEmpty()) { // each pass runs at least the first pending probe: its requirements ran
				List<ProbeDescriptor> wave = pending.stream().filter(p -> ready(p, pending)).toList();
				pending.removeAll(wave);
				if (!working && wave.stream().anyMatch(p -> !p.reachability() && requirementsOk(p))) {
					working = shared.work().enter(this);
				}
				runWave(wave); // without a slot only when cancelled: then every probe of the wave is CANCELLED
			}
		} finally {
			handedOver.close();
			shared.work().depart(this);
			if (working) {
				shared.work().leave();
			}
		}
		List<Finding> findings = new ArrayList<>();
		RuleContext context = new RuleContext(target, settings, snapshot());
		for (RuleDescriptor rule : shared.rules()) {
			findings.addAll(evaluate(rule, context));
		}
		Optional<String> system = context.outcome(WellKnownEvidence.SSH_PROBE).filter(ProbeOutcome::ok)
				.flatMap(ssh -> ssh.text("system"));
		findings.replaceAll(f -> f.withRemediations(shared.remediations().forCause(f.cause(), system)));
		List<Finding> linked = EventSupport.attach(HostEvidenceLinks.attach(findings, context.outcomes()),
				context.outcomes(), started);
		List<Finding> ranked = CauseRanking.rank(linked, context.outcomes());
		return new HostDiagnosis(target, address(), HostDiagnosis.statusOf(ranked),
				ranked, List.copyOf(snapshot().values()), started, Instant.now());
	}

	private Map<String, ProbeOutcome> snapshot() {
		synchronized (outcomes) {
			return new LinkedHashMap<>(outcomes);
		}
	}

	/** Whether every probe {@code probe} requires or runs after has run (probes not scheduled at all do not count). */
	private boolean ready(ProbeDescriptor probe, List<ProbeDescriptor> pending) {
		return probe.requires().stream().allMatch(outcomes::containsKey) && probe.after().stream()
				.noneMatch(id -> pending.stream().anyMatch(other -> other.id().equals(id)));
	}

	/** Runs probes whose requirements are all done; independent probes run at the same time. */
	private void runWave(List<ProbeDescriptor> wave) {
		if (wave.size() == 1) {
			outcomes.put(wave.get(0).id(), runOne(wave.get(0)));
			return;
		}
		ProbeOutcome[] results = new ProbeOutcome[wave.size()];
		List<Future<?>> threads = new ArrayList<>();
		for (int i = 0; i < wave.size(); i++) {
			int index = i;
			threads.add(EngineThreads.start("wave " + wave.get(i).id(), () -> results[index] = runOne(wave.get(index))));
		}
		boolean interrupted = false;
		for (Future<?> thread : threads) {
			while (!thread.isDone()) { // bounded: runOne returns by its probe's deadline, sooner once cancelled
				try {
					thread.get();
				} catch (InterruptedException e) {
					interrupted = true;
					shared.cancelled().set(true);
				} catch (ExecutionException e) {
					break; // runOne never throws; a result left null counts as cancelled below
				}
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
		for (int i = 0; i < wave.size(); i++) {
			ProbeDescriptor probe = wave.get(i);
			outcomes.put(probe.id(), results[i] != null ? results[i] : cancelled(probe));
		}
	}

	private static ProbeOutcome cancelled(ProbeDescriptor probe) {
		return new ProbeOutcome(probe.id(), ProbeStatus.CANCELLED, 0, "the run was cancelled", Map.of());
	}

	private ProbeOutcome runOne(ProbeDescriptor probe) {
		if (shared.cancelled().get()) {
			return cancelled(probe);
		}
		for (String required : probe.requires()) {
			if (!requirementOk(required)) {
				return new ProbeOutcome(probe.id(), ProbeStatus.SKIPPED, 0,
						"skipped: " + required + " did not succeed", Map.of());
			}
		}
		long timeout = probe.timeoutMs() > 0 ? probe.timeoutMs() : settings.timeoutMs();
		return new DeadlineRunner(probe, timeout, shared.cancelled()).run(deadline -> new Context(deadline));
	}

	private boolean requirementOk(String required) {
		ProbeOutcome before = outcomes.get(required);
		return before != null && before.ok();
	}

	/** Whether the probe would run rather than be skipped (a skipped probe needs no work slot). */
	private boolean requirementsOk(ProbeDescriptor probe) {
		return probe.requires().stream().allMatch(this::requirementOk);
	}

	private List<Finding> evaluate(RuleDescriptor rule, RuleContext context) {
		try {
			IRule instance = rule.factory().get();
			List<Finding> found = instance.evaluate(context);
			return found == null ? List.of() : found;
		} catch (RuntimeException | LinkageError e) {
			return List.of(Finding.of("RULE_FAILED", Severity.INFO).confidence(1.0)
					.title("Rule " + rule.id() + " failed")
					.explanation("The rule " + rule.id() + " crashed on this host's evidence: " + e
							+ ". Its conclusions are missing; the other rules ran.")
					.build());
		}
	}

	private String address() {
		for (ProbeOutcome outcome : snapshot().values()) {
			Optional<String> address = outcome.text(ADDRESS_KEY);
			if (address.isPresent()) {
				return address.get();
			}
		}
		return "";
	}

	/** The view a probe has of this host's run. */
	private final class Context implements ProbeContext {
		private final long deadlineNanos;

		Context(long deadlineNanos) {
			this.deadlineNanos = deadlineNanos;
		}

		@Override
		public Target target() {
			return target;
		}

		@Override
		public DiagnosisSettings settings() {
			return settings;
		}

		@Override
		public long remainingMillis() {
			return Math.max(1, (deadlineNanos - System.nanoTime()) / 1_000_000);
		}

		@Override
		public boolean isCancelled() {
			return shared.cancelled().get() || Thread.currentThread().isInterrupted();
		}

		@Override
		public Optional<ProbeOutcome> outcome(String probeId) {
			return Optional.ofNullable(outcomes.get(probeId));
		}

		@Override
		public Map<String, ProbeOutcome> outcomes() {
			return snapshot();
		}

		@Override
		public void handOver(String key, AutoCloseable resource) {
			handedOver.put(key, resource);
		}

		@Override
		public <T extends AutoCloseable> Optional<T> takeOver(String key, Class<T> type) {
			return handedOver.take(key, type);
		}

		@Override
		public <T extends AutoCloseable> T shared(Object key, Class<T> type,
				java.util.function.Supplier<? extends T> make) {
			return HostRun.this.shared.resources().get(key, type, make);
		}
	}
}
