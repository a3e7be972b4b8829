package rdpdoctor.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.Target;
import rdpdoctor.model.ProbeStatus;

/**
 * The engine's threads: probes that wait inside class loading (as lazily loaded plug-in code does, behind an OSGi
 * bundle file's lock) must not stop the others, and a cancelled run returns within its grace period even when a
 * contribution never stops.
 */
class EngineThreadsTest {

	/**
	 * One more host than there are cores (the virtual-thread scheduler's carriers); each host's probe loads a class
	 * through a loader that waits until every probe has arrived. On virtual threads the first probes pin every carrier
	 * inside class loading and the last never runs: they all fail when their wait runs out.
	 */
	@Test
	void probesWaitingInsideClassLoadingDoNotStarveTheOtherHosts() {
		int hosts = Runtime.getRuntime().availableProcessors() + 1;
		CountDownLatch arrived = new CountDownLatch(hosts);
		ProbeDescriptor loading = new ProbeDescriptor("load", "load", Set.of(), 0,
				() -> (ctx, report) -> report.put("loaded",
						Class.forName("java.lang.Object", true, new WaitingLoader(arrived)).getName()));
		List<Target> targets = new ArrayList<>();
		for (int i = 0; i < hosts; i++) {
			targets.add(new Target("h" + i + ".test", 3389));
		}
		DiagnosisEngine engine = new DiagnosisEngine(List.of(loading), List.of(),
				DiagnosisSettings.defaults().withTimeoutMs(30_000).withConcurrency(hosts));

		List<HostDiagnosis> results = engine.diagnose(targets, null, null);

		for (HostDiagnosis result : results) {
			var outcome = result.outcomesById().get("load");
			assertEquals(ProbeStatus.OK, outcome.status(), result.target() + ": " + outcome.message());
		}
	}

	@Test
	void aCancelledRunReturnsWithinItsGraceEvenWhenARuleNeverEnds() {
		AtomicBoolean release = new AtomicBoolean();
		CountDownLatch started = new CountDownLatch(1);
		ProbeDescriptor quick = new ProbeDescriptor("quick", "quick", Set.of(), 0, () -> (ctx, r) -> r.put("k", 1));
		RuleDescriptor stubborn = new RuleDescriptor("stubborn", "stubborn", () -> ctx -> {
			started.countDown();
			long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (!release.get() && System.nanoTime() < until) { // ignores interrupts and cancellation; bounded
				try {
					Thread.sleep(20);
				} catch (InterruptedException ignored) {
					// a stuck contribution does not listen
				}
			}
			return List.of();
		});
		DiagnosisEngine engine = new DiagnosisEngine(List.of(quick), List.of(stubborn),
				DiagnosisSettings.defaults().withTimeoutMs(5_000));
		NullProgressMonitor monitor = new NullProgressMonitor();
		Thread canceller = new Thread(() -> {
			try {
				started.await(30, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			monitor.setCanceled(true);
		});
		canceller.start();
		long start = System.nanoTime();
		try {
			engine.diagnose(List.of(new Target("stuck.test", 3389)), null, monitor);
		} catch (OperationCanceledException expected) {
			// what a cancelled run says
		} finally {
			release.set(true);
		}
		long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
		assertTrue(tookMs < DiagnosisEngine.STOP_GRACE_MS + 5_000, "a cancelled run took " + tookMs + " ms");
	}

	/** Answers every class with Object once all probes are inside {@code loadClass} (or after 20 s, failing). */
	private static final class WaitingLoader extends ClassLoader {
		private final CountDownLatch arrived;

		WaitingLoader(CountDownLatch arrived) {
			super(null);
			this.arrived = arrived;
		}

		@Override
		protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
			arrived.countDown();
			try {
				if (!arrived.await(20, TimeUnit.SECONDS)) {
					throw new ClassNotFoundException(name + ": the other probes never arrived (starved)");
				}
			} catch (InterruptedException e) {
				throw new ClassNotFoundException(name + ": interrupted");
			}
			return Object.class;
		}
	}
}
