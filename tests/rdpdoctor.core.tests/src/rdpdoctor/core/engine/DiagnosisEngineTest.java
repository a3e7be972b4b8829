package rdpdoctor.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

import rdpdoctor.core.Causes;
import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.Finding;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.IProbe;
import rdpdoctor.core.ProbeContext;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.Target;
import rdpdoctor.model.HostStatus;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.model.Severity;

class DiagnosisEngineTest {

	private static final Target HOST = new Target("host.test", 3389);

	private static ProbeDescriptor probe(String id, Set<String> requires, IProbe body) {
		return new ProbeDescriptor(id, id, requires, 0, () -> body);
	}

	private static DiagnosisEngine engine(long timeoutMs, List<ProbeDescriptor> probes, RuleDescriptor... rules) {
		return new DiagnosisEngine(probes, List.of(rules), DiagnosisSettings.defaults().withTimeoutMs(timeoutMs));
	}

	@Test
	void probesRunAfterWhatTheyRequireAndSeeItsEvidence() {
		List<String> order = Collections.synchronizedList(new ArrayList<>());
		var c = probe("c", Set.of("b"), (ctx, r) -> {
			order.add("c");
			r.put("sawB", ctx.outcome("b").orElseThrow().evidence().get("value"));
		});
		var b = probe("b", Set.of("a"), (ctx, r) -> {
			order.add("b");
			r.put("value", 42);
		});
		var a = probe("a", Set.of(), (ctx, r) -> order.add("a"));

		HostDiagnosis result = engine(1000, List.of(c, b, a)).diagnose(List.of(HOST), null, null).get(0);

		assertEquals(List.of("a", "b", "c"), order);
		assertEquals(42L, result.outcomesById().get("c").evidence().get("sawB"));
	}

	@Test
	void probesLeftOutDoNotRunUnlessAnotherRequiresThem() {
		List<String> ran = Collections.synchronizedList(new ArrayList<>());
		var a = probe("a", Set.of(), (ctx, r) -> ran.add("a"));
		var b = probe("b", Set.of("a"), (ctx, r) -> ran.add("b"));
		var c = probe("c", Set.of(), (ctx, r) -> ran.add("c"));

		HostDiagnosis result = engine(1000, List.of(a, b, c)).withoutProbes(Set.of("a", "c")).diagnose(List.of(HOST),
				null, null).get(0);

		assertEquals(List.of("a", "b"), ran);
		assertEquals(Set.of("a", "b"), result.outcomesById().keySet());
	}

	@Test
	void aProbeTakesWhatAnEarlierOneHandedOverAndWhatNobodyTookIsClosedAtTheEnd() {
		AtomicInteger closedTaken = new AtomicInteger();
		AtomicInteger closedLeft = new AtomicInteger();
		var first = probe("first", Set.of(), (ctx, r) -> {
			ctx.handOver("connection", (AutoCloseable) closedTaken::incrementAndGet);
			ctx.handOver("spare", (AutoCloseable) closedLeft::incrementAndGet);
		});
		var second = probe("second", Set.of("first"), (ctx, r) -> {
			try (AutoCloseable taken = ctx.takeOver("connection", AutoCloseable.class).orElseThrow()) {
				r.put("took", true).put("closedWhenTaken", closedTaken.get());
				r.put("again", ctx.takeOver("connection", AutoCloseable.class).isPresent());
			}
		});

		HostDiagnosis result = engine(1000, List.of(first, second)).diagnose(List.of(HOST), null, null).get(0);

		Map<String, Object> evidence = result.outcomesById().get("second").evidence();
		assertEquals(true, evidence.get("took"), result.outcomesById().toString());
		assertEquals(0L, evidence.get("closedWhenTaken"), "the engine must not close what it hands over");
		assertEquals(false, evidence.get("again"), "taken once only");
		assertEquals(1, closedTaken.get(), "closed by the probe that took it, once");
		assertEquals(1, closedLeft.get(), "what no probe took is closed when the host is done");
	}

	@Test
	void whatTheHostsOfARunShareIsMadeOnceAndClosedWhenTheRunEnds() {
		AtomicInteger made = new AtomicInteger();
		AtomicInteger closed = new AtomicInteger();
		java.util.Set<Object> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
		java.util.concurrent.atomic.AtomicReference<ProbeContext> kept = new java.util.concurrent.atomic
				.AtomicReference<>();
		var client = probe("client", Set.of(), (ctx, r) -> {
			AutoCloseable shared = ctx.shared("ssh client for settings S", AutoCloseable.class, () -> {
				made.incrementAndGet();
				return closed::incrementAndGet;
			});
			seen.add(shared);
			r.put("closedWhileRunning", closed.get());
			kept.set(ctx);
		});
		List<Target> hosts = List.of(new Target("a.test", 3389), new Target("b.test", 3389),
				new Target("c.test", 3389));

		List<HostDiagnosis> results = engine(2000, List.of(client)).diagnose(hosts, null, null);

		assertEquals(1, made.get(), "one per run and key, whatever the number of hosts");
		assertEquals(1, seen.size());
		results.forEach(d -> assertEquals(0L, d.outcomesById().get("client").evidence().get("closedWhileRunning"),
				d.outcomesById().toString()));
		assertEquals(1, closed.get(), "closed by the engine when the run ended, once");
		assertThrows(IllegalStateException.class, () -> kept.get().shared("ssh client for settings S",
				AutoCloseable.class, () -> () -> { }), "a probe that outlived its run gets nothing");
		engine(2000, List.of(client)).diagnose(hosts.subList(0, 1), null, null);
		assertEquals(2, made.get(), "the next run makes its own");
		assertEquals(2, closed.get());
	}

	@Test
	void somethingHandedOverAfterTheHostWasDoneIsClosedAtOnce() throws InterruptedException {
		CountDownLatch overran = new CountDownLatch(1);
		AtomicInteger closed = new AtomicInteger();
		var late = probe("late", Set.of(), (ctx, r) -> {
			try {
				Thread.sleep(5_000); // interrupted at the deadline
			} finally {
				ctx.handOver("connection", (AutoCloseable) closed::incrementAndGet);
				overran.countDown();
			}
		});

		HostDiagnosis result = engine(200, List.of(late)).diagnose(List.of(HOST), null, null).get(0);

		assertEquals(ProbeStatus.TIMEOUT, result.outcomesById().get("late").status());
		assertTrue(overran.await(5, TimeUnit.SECONDS));
		assertEquals(1, closed.get(), "a connection handed over too late would stay open");
	}

	@Test
	void reachedHostsDoNotPileUpWaitingForWork() {
		AtomicInteger waiting = new AtomicInteger();
		AtomicInteger peak = new AtomicInteger();
		var reach = new ProbeDescriptor("reach", "reach", Set.of(), 0, () -> (ctx, r) -> {
			peak.accumulateAndGet(waiting.incrementAndGet(), Math::max);
		}).asReachability();
		var work = probe("work", Set.of("reach"), (ctx, r) -> {
			waiting.decrementAndGet();
			Thread.sleep(10);
		});
		List<Target> targets = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			targets.add(new Target("host" + i + ".test", 3389));
		}

		new DiagnosisEngine(List.of(reach, work), List.of(), DiagnosisSettings.defaults().withTimeoutMs(5000)
				.withConcurrency(1)).diagnose(targets, null, null);

		// admitted as fast as the reachability bound allows, all 8 would be counted here at once; the room, plus the
		// host between taking its slot and starting its work probe
		int bound = DiagnosisEngine.WAITING_FACTOR + 1;
		assertTrue(peak.get() <= bound, "peak of hosts reached and waiting for work: " + peak.get() + ", bound " + bound);
	}

	@Test
	void independentProbesRunAtTheSameTime() {
		CountDownLatch bothRunning = new CountDownLatch(2);
		IProbe meetsTheOther = (ctx, r) -> {
			bothRunning.countDown();
			r.put("met", bothRunning.await(5, TimeUnit.SECONDS));
		};
		var root = probe("root", Set.of(), (ctx, r) -> { });
		var left = probe("left", Set.of("root"), meetsTheOther);
		var right = probe("right", Set.of("root"), meetsTheOther);

		Map<String, ProbeOutcome> outcomes = engine(10_000, List.of(left, right, root))
				.diagnose(List.of(HOST), null, null).get(0).outcomesById();

		assertEquals(true, outcomes.get("left").evidence().get("met"), "left never saw right running");
		assertEquals(true, outcomes.get("right").evidence().get("met"));
		assertEquals(List.of("root", "left", "right"), List.copyOf(outcomes.keySet()), "outcomes keep the order");
	}

	@Test
	void aProbeThatOverrunsItsDeadlineIsATimeoutWithItsEvidenceAndIsInterrupted() throws InterruptedException {
		CountDownLatch interrupted = new CountDownLatch(1);
		var slow = probe("slow", Set.of(), (ctx, r) -> {
			r.put("before", "recorded");
			try {
				Thread.sleep(60_000);
			} catch (InterruptedException e) {
				interrupted.countDown();
			}
		});
		long start = System.nanoTime();

		ProbeOutcome outcome = engine(200, List.of(slow)).diagnose(List.of(HOST), null, null).get(0).outcomes().get(0);

		long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		assertEquals(ProbeStatus.TIMEOUT, outcome.status());
		assertEquals("recorded", outcome.evidence().get("before"));
		assertTrue(ms < 10_000, "the deadline did not stop the wait: " + ms + " ms");
		assertTrue(interrupted.await(5, TimeUnit.SECONDS), "the overrunning probe was not interrupted");
	}

	@Test
	void aCrashingProbeIsAnErrorOutcomeAndTheOthersStillRun() {
		var crash = probe("crash", Set.of(), (ctx, r) -> {
			throw new IllegalStateException("boom");
		});
		var dependent = probe("dependent", Set.of("crash"), (ctx, r) -> r.put("ran", true));
		var other = probe("other", Set.of(), (ctx, r) -> r.put("ran", true));

		Map<String, ProbeOutcome> outcomes = engine(1000, List.of(crash, dependent, other))
				.diagnose(List.of(HOST), null, null).get(0).outcomesById();

		assertEquals(ProbeStatus.ERROR, outcomes.get("crash").status());
		assertTrue(outcomes.get("crash").message().contains("boom"), outcomes.get("crash").message());
		assertEquals(ProbeStatus.SKIPPED, outcomes.get("dependent").status());
		assertEquals(true, outcomes.get("other").evidence().get("ran"));
	}

	@Test
	void aProbeRunsAfterTheProbesItIsOrderedAfterEvenWhenTheyFail() {
		List<String> order = Collections.synchronizedList(new ArrayList<>());
		var first = probe("first", Set.of(), (ctx, r) -> {
			order.add("first");
			throw new IllegalStateException("first fails");
		});
		var last = new ProbeDescriptor("last", "last", Set.of(), Set.of("first", "nowhere"), 0,
				() -> (ctx, r) -> order.add("last"));

		Map<String, ProbeOutcome> outcomes = engine(1000, List.of(last, first)).diagnose(List.of(HOST), null, null)
				.get(0).outcomesById();

		assertEquals(List.of("first", "last"), order);
		assertEquals(ProbeStatus.OK, outcomes.get("last").status(), "'after' orders, it does not require success");
	}

	@Test
	void unknownAndCircularRequirementsAreErrorsNamingThem() {
		var orphan = probe("orphan", Set.of("nowhere"), (ctx, r) -> { });
		var x = probe("x", Set.of("y"), (ctx, r) -> { });
		var y = probe("y", Set.of("x"), (ctx, r) -> { });

		Map<String, ProbeOutcome> outcomes = engine(1000, List.of(orphan, x, y)).diagnose(List.of(HOST), null, null)
				.get(0).outcomesById();

		assertEquals(ProbeStatus.ERROR, outcomes.get("orphan").status());
		assertTrue(outcomes.get("orphan").message().contains("nowhere"));
		assertTrue(outcomes.get("x").message().contains("circular"), outcomes.get("x").message());
	}

	@Test
	void cancellationStopsARunningDiagnosisPromptly() {
		var forever = probe("forever", Set.of(), (ctx, r) -> Thread.sleep(60_000));
		NullProgressMonitor monitor = new NullProgressMonitor();
		List<Target> targets = List.of(HOST, new Target("b.test", 3389), new Target("c.test", 3389));
		Thread.ofVirtual().start(() -> {
			try {
				Thread.sleep(300);
			} catch (InterruptedException e) {
				return;
			}
			monitor.setCanceled(true);
		});
		long start = System.nanoTime();

		assertThrows(OperationCanceledException.class, () -> engine(30_000, List.of(forever)).diagnose(targets, null, monitor));

		long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		assertTrue(ms < 10_000, "cancellation took " + ms + " ms against a 30 s deadline");
	}

	@Test
	void cancellationAlsoReleasesHostsWaitingForAWorkSlot() {
		var reach = probe("reach", Set.of(), (ctx, r) -> { }).asReachability();
		var forever = probe("forever", Set.of("reach"), (ctx, r) -> Thread.sleep(60_000));
		DiagnosisEngine engine = new DiagnosisEngine(List.of(reach, forever), List.of(),
				DiagnosisSettings.defaults().withTimeoutMs(30_000).withConcurrency(1));
		NullProgressMonitor monitor = new NullProgressMonitor();
		List<Target> targets = List.of(HOST, new Target("b.test", 3389), new Target("c.test", 3389));
		Thread.ofVirtual().start(() -> {
			try {
				Thread.sleep(300); // one host works, two wait for its slot
			} catch (InterruptedException e) {
				return;
			}
			monitor.setCanceled(true);
		});
		long start = System.nanoTime();

		assertThrows(OperationCanceledException.class, () -> engine.diagnose(targets, null, monitor));

		long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		assertTrue(ms < 10_000, "cancellation took " + ms + " ms against a 30 s deadline");
	}

	@Test
	void hostsRunConcurrentlyButNeverAboveTheBound() {
		AtomicInteger running = new AtomicInteger();
		AtomicInteger peak = new AtomicInteger();
		var busy = probe("busy", Set.of(), (ctx, r) -> {
			peak.accumulateAndGet(running.incrementAndGet(), Math::max);
			Thread.sleep(100);
			running.decrementAndGet();
		});
		List<Target> targets = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			targets.add(new Target("h" + i + ".test", 3389));
		}
		DiagnosisEngine engine = new DiagnosisEngine(List.of(busy), List.of(),
				DiagnosisSettings.defaults().withTimeoutMs(5000).withConcurrency(3));
		AtomicInteger reported = new AtomicInteger();

		List<HostDiagnosis> results = engine.diagnose(targets, d -> reported.incrementAndGet(), null);

		assertEquals(12, results.size());
		assertEquals(12, reported.get());
		assertEquals(3, peak.get(), "peak concurrency");
		assertEquals("h5.test", results.get(5).target().host(), "results keep the order of the targets");
	}

	@Test
	void aHostThatNeverAnswersDoesNotHoldUpTheOthersButTheWorkStaysBounded() {
		AtomicInteger working = new AtomicInteger();
		AtomicInteger peak = new AtomicInteger();
		var connect = probe("connect", Set.of(), (ctx, r) -> {
			if (ctx.target().host().equals("dead.test")) {
				Thread.sleep(60_000); // a SYN that is never answered: ends at the deadline
			}
		}).asReachability();
		var work = probe("work", Set.of("connect"), (ctx, r) -> {
			peak.accumulateAndGet(working.incrementAndGet(), Math::max);
			Thread.sleep(20);
			working.decrementAndGet();
		});
		List<Target> targets = new ArrayList<>(List.of(new Target("dead.test", 3389)));
		for (int i = 0; i < 5; i++) {
			targets.add(new Target("live" + i + ".test", 3389));
		}
		DiagnosisEngine engine = new DiagnosisEngine(List.of(work, connect), List.of(),
				DiagnosisSettings.defaults().withTimeoutMs(3000).withConcurrency(1));
		List<String> done = Collections.synchronizedList(new ArrayList<>());

		List<HostDiagnosis> results = engine.diagnose(targets, d -> done.add(d.target().host()), null);

		assertEquals("dead.test", done.get(done.size() - 1), "the live hosts waited for the dead one: " + done);
		assertEquals(ProbeStatus.TIMEOUT, results.get(0).outcomesById().get("connect").status());
		assertEquals(ProbeStatus.SKIPPED, results.get(0).outcomesById().get("work").status());
		assertEquals(ProbeStatus.OK, results.get(5).outcomesById().get("work").status());
		assertEquals(1, peak.get(), "hosts past their reachability probes at once");
	}

	@Test
	void findingsAreRankedAndDecideTheHostStatus() {
		var p = probe("p", Set.of(), (ctx, r) -> r.put("k", "v"));
		RuleDescriptor rule = new RuleDescriptor("r", "r", () -> ctx -> List.of(
				Finding.of("SOMETHING_INFO", Severity.INFO).build(),
				Finding.of(Causes.PORT_CLOSED, Severity.ERROR).confidence(0.9).build(),
				Finding.of("SOMETHING_WARN", Severity.WARNING).build()));
		RuleDescriptor crashing = new RuleDescriptor("bad", "bad", () -> ctx -> {
			throw new IllegalStateException("rule bug");
		});

		HostDiagnosis result = engine(1000, List.of(p), rule, crashing).diagnose(List.of(HOST), null, null).get(0);

		assertEquals(List.of(Causes.PORT_CLOSED, "SOMETHING_WARN", "RULE_FAILED", "SOMETHING_INFO"),
				result.findings().stream().map(Finding::cause).toList());
		assertEquals(HostStatus.UNREACHABLE, result.status());
		assertEquals(HostStatus.DEGRADED,
				HostDiagnosis.statusOf(List.of(Finding.of("X", Severity.WARNING).build())));
		assertEquals(HostStatus.FAILING, HostDiagnosis.statusOf(List.of(Finding.of("X", Severity.ERROR).build())));
		assertEquals(HostStatus.HEALTHY, HostDiagnosis.statusOf(List.of()));
	}
}
