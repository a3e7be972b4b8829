package rdpdoctor.probes.net.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.Target;
import rdpdoctor.core.engine.DiagnosisEngine;
import rdpdoctor.model.HostStatus;
import rdpdoctor.probes.net.NetworkDiagnosis;
import rdpdoctor.tests.harness.FreePorts;

/**
 * The engine under load with every probe of this bundle: open sockets stay bounded by the concurrency (and the hosts
 * still finding out whether they can be reached or waiting for their turn, at one socket each) while 400
 * hosts are diagnosed (closed ports and services that accept and never answer), and afterwards no file descriptor and
 * no platform thread is left behind. Reads /proc/self/fd: Linux only, like the product.
 */
class EngineUnderLoadTest {

	private static final int CONCURRENCY = 32;
	/**
	 * Sockets one host may hold at once: the matrix's connections on which the server started TLS, kept for the TLS
	 * probes (at most 5), one more being opened, plus one of slack.
	 */
	private static final int SOCKETS_PER_HOST = 7;
	/**
	 * Sockets a host still in its reachability probes, or waiting for its turn, may hold: the TCP connect's (IP
	 * literals need no lookup).
	 */
	private static final int SOCKETS_PER_REACHING_HOST = 1;
	/**
	 * Descriptors or threads the JVM may open meanwhile for itself (a jar, a JIT or GC thread); a leak of one per host
	 * would be hundreds.
	 */
	private static final int SLACK = 8;

	private final List<ServerSocket> silent = new ArrayList<>();

	@AfterEach
	void closeListeners() throws IOException {
		for (ServerSocket socket : silent) {
			socket.close();
		}
	}

	private static long openFds() {
		try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
			return fds.count();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Live threads, less the engine's idle pooled ones (named {@code rdpdoctor engine N} while they wait for work,
	 * ended 30 s after their last task): a thread still working for a finished host would count.
	 */
	private static int platformThreads() {
		return (int) Thread.getAllStackTraces().keySet().stream()
				.filter(t -> t.isAlive() && !t.getName().startsWith("rdpdoctor engine ")).count();
	}

	private List<Target> targets(int count) throws IOException {
		int[] closed = FreePorts.closedTcpPorts(20);
		for (int i = 0; i < 5; i++) {
			silent.add(new ServerSocket(0, 1000, InetAddress.getLoopbackAddress()));
		}
		List<Target> targets = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int port = i % 2 == 0 ? closed[i % closed.length] : silent.get(i % silent.size()).getLocalPort();
			targets.add(new Target("127.0.0.1", port));
		}
		return targets;
	}

	@Test
	void socketsStayBoundedAndNothingLeaks() throws Exception {
		DiagnosisSettings settings = DiagnosisSettings.defaults().withTimeoutMs(300).withConcurrency(CONCURRENCY);
		List<Target> targets = targets(400);
		NetworkDiagnosis.diagnose(targets.subList(0, 40), settings); // warm-up: carrier threads, class loading
		long fdsBefore = openFds();
		int threadsBefore = platformThreads();

		AtomicBoolean running = new AtomicBoolean(true);
		AtomicLong peakFds = new AtomicLong(fdsBefore);
		Thread sampler = Thread.ofPlatform().daemon().start(() -> {
			while (running.get()) { // stops when the run is over
				peakFds.accumulateAndGet(openFds(), Math::max);
				try {
					Thread.sleep(5);
				} catch (InterruptedException e) {
					return;
				}
			}
		});
		List<HostDiagnosis> results;
		try {
			results = NetworkDiagnosis.diagnose(targets, settings);
		} finally {
			running.set(false);
			sampler.join(5_000);
		}

		assertEquals(400, results.size());
		assertTrue(results.stream().allMatch(r -> r.status() == HostStatus.UNREACHABLE), "closed or not answering");
		long reaching = (long) CONCURRENCY * (DiagnosisEngine.REACHABILITY_FACTOR - 1);
		long bound = fdsBefore + (long) CONCURRENCY * SOCKETS_PER_HOST + reaching * SOCKETS_PER_REACHING_HOST;
		assertTrue(peakFds.get() <= bound, "open descriptors peaked at " + peakFds.get() + ", bound " + bound
				+ " (" + fdsBefore + " before)");
		assertTrue(peakFds.get() > fdsBefore, "the sampler saw no socket at all: it measured nothing");
		long deadline = System.currentTimeMillis() + 5_000;
		while ((openFds() > fdsBefore + SLACK || platformThreads() > threadsBefore + SLACK)
				&& System.currentTimeMillis() < deadline) {
			Thread.sleep(50); // sockets closed by the kernel's bookkeeping a moment later at most
		}
		System.out.printf("engine under load: 400 hosts at %d, descriptors %d before, peak %d (bound %d), %d after;"
				+ " platform threads %d before, %d after%n", CONCURRENCY, fdsBefore, peakFds.get(), bound, openFds(),
				threadsBefore, platformThreads());
		assertTrue(openFds() <= fdsBefore + SLACK, "descriptors leaked: " + openFds() + " open, " + fdsBefore + " before");
		assertTrue(platformThreads() <= threadsBefore + SLACK,
				"platform threads leaked: " + platformThreads() + ", " + threadsBefore + " before");
	}
}
