package rdpdoctor.probes.net.stability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The shared loopback reference: one sampler for all hosts, which covers the time since it was first used and stops
 * by itself once nobody uses it. Real sockets on loopback.
 */
class LoopbackReferenceTest {

	@Test
	void theSamplerCoversTheTimeSinceItWasUsedAndStopsByItselfAfterwards() throws Exception {
		LoopbackReference reference = LoopbackReference.get();
		long start = System.nanoTime();
		reference.use();
		Thread.sleep(400); // about 20 intervals

		List<Double> samples = reference.since(start);
		assertTrue(samples.size() >= 5, "samples in 400 ms: " + samples);
		assertTrue(samples.stream().allMatch(ms -> ms >= 0 && ms < 1000), "" + samples);
		assertTrue(reference.since(System.nanoTime()).isEmpty(), "nothing taken after now");

		long deadline = System.nanoTime() + (LoopbackReference.LINGER_MS + 2000) * 1_000_000;
		while (reference.sampling() && System.nanoTime() < deadline) { // bounded
			Thread.sleep(100);
		}
		assertFalse(reference.sampling(), "the sampler still runs " + LoopbackReference.LINGER_MS + " ms after the last use");
		Thread.sleep(300); // past the last handshake's accept (it waits at most 200 ms for its connection)
		assertTrue(threadsInAccept().isEmpty(), "threads waiting in accept between handshakes (they hold up the"
				+ " JVM's exit by 300 ms): " + threadsInAccept());
	}

	@Test
	void aConnectionLeftByAHandshakeThatGaveUpDoesNotTakeTheNextOnesAnswer() throws Exception {
		LoopbackReference reference = LoopbackReference.get();
		for (int i = 0; i < 3; i++) { // connected and closed without a request: what a handshake past its time leaves
			new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), reference.port()).close();
		}
		for (int i = 0; i < 5; i++) {
			assertTrue(reference.handshake().isPresent(), "handshake " + i + " answered");
		}
	}

	private static List<String> threadsInAccept() {
		return Thread.getAllStackTraces().entrySet().stream()
				.filter(thread -> java.util.Arrays.stream(thread.getValue())
						.anyMatch(frame -> frame.getMethodName().equals("accept")
								&& frame.getClassName().contains("ServerSocket")))
				.map(thread -> thread.getKey().getName()).toList();
	}
}
