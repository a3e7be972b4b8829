package rdpdoctor.probes.net.stability;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import rdpdoctor.probes.net.io.Deadline;
import rdpdoctor.probes.net.x224.Negotiation;
import rdpdoctor.probes.net.x224.NegotiationAttempt;
import rdpdoctor.probes.net.x224.Protocols;

/**
 * A minimal RDP negotiation answerer on this machine's loopback, started once per process, and a sampler that times
 * the same handshake against it every {@value #INTERVAL_MS} ms while stability probes run: the jitter this machine
 * adds itself (a busy CPU in a large batch) is measured over the time a host's handshakes were made and not blamed
 * on the network. One sampler for all hosts: its cost grows with time, not with the number of hosts. A connection is
 * accepted only for a handshake under way: no thread waits in {@code accept} between handshakes, which would hold up
 * the JVM's exit by 300 ms (it waits for threads in native code).
 */
final class LoopbackReference {

	/** A Connection Confirm selecting TLS, as any server would send it. */
	private static final byte[] CONFIRM = { 3, 0, 0, 19, 14, (byte) 0xD0, 0, 0, 0, 0, 0, 2, 0, 8, 0, 1, 0, 0, 0 };

	private static volatile LoopbackReference instance;

	/** How often the sampler makes a handshake. */
	static final long INTERVAL_MS = 20;
	/** How long the sampler goes on after the last use, so it runs all along a batch. */
	static final long LINGER_MS = 3000;
	private static final int KEPT = 4096; // over a minute of samples
	private static final long HANDSHAKE_MS = 200;

	private final ServerSocket server;
	private final long[] takenAt = new long[KEPT];
	private final double[] handshakeMs = new double[KEPT];
	private int next;
	private int count;
	private long lastUse;
	private boolean sampling;

	/**
	 * Accepts and answers the handshakes' connections (one every few milliseconds) on reused daemon threads: a thread
	 * per connection cost thousands of thread starts per batch.
	 */
	private final java.util.concurrent.ExecutorService answering = java.util.concurrent.Executors
			.newCachedThreadPool(task -> Thread.ofPlatform().daemon().name("stability reference answer").unstarted(task));

	private LoopbackReference() throws IOException {
		server = new ServerSocket(0, 512, InetAddress.getLoopbackAddress());
		server.setSoTimeout((int) HANDSHAKE_MS);
	}

	/** @return the running reference server */
	static LoopbackReference get() throws IOException {
		LoopbackReference current = instance;
		if (current == null) {
			synchronized (LoopbackReference.class) {
				if (instance == null) {
					instance = new LoopbackReference();
				}
				current = instance;
			}
		}
		return current;
	}

	/** @return the loopback port it answers on */
	int port() {
		return server.getLocalPort();
	}

	/** Marks a use now and makes sure the sampler runs; it stops by itself {@value #LINGER_MS} ms after the last use. */
	synchronized void use() {
		lastUse = System.nanoTime();
		if (!sampling) {
			sampling = true;
			Thread.ofPlatform().daemon().name("stability reference sampler").start(this::sample);
		}
	}

	/** @return whether the sampler runs */
	synchronized boolean sampling() {
		return sampling;
	}

	/**
	 * @param sinceNanos a {@link System#nanoTime()}
	 * @return the sampler's handshake times (connect plus X.224 exchange, ms) since then, oldest first
	 */
	synchronized List<Double> since(long sinceNanos) {
		List<Double> times = new ArrayList<>();
		for (int i = 1; i <= count; i++) { // newest first, until older than asked
			int at = Math.floorMod(next - i, KEPT);
			if (takenAt[at] - sinceNanos < 0) {
				break;
			}
			times.add(handshakeMs[at]);
		}
		Collections.reverse(times);
		return times;
	}

	/**
	 * Times one handshake against the reference now.
	 *
	 * @return connect plus X.224 exchange in ms, or empty when it was not answered in time
	 */
	Optional<Double> handshake() {
		answering.execute(this::answerOne);
		try (Negotiation here = Negotiation.run(InetAddress.getLoopbackAddress(), server.getLocalPort(),
				Protocols.MSTSC, Deadline.in(HANDSHAKE_MS))) {
			NegotiationAttempt attempt = here.attempt();
			return attempt.transport() == NegotiationAttempt.Transport.ANSWERED
					? Optional.of(attempt.connectMicros() / 1000.0 + attempt.millis()) : Optional.empty();
		}
	}

	private void sample() {
		while (true) { // until LINGER_MS after the last use
			synchronized (this) {
				if (System.nanoTime() - lastUse > TimeUnit.MILLISECONDS.toNanos(LINGER_MS)) {
					sampling = false;
					return;
				}
			}
			handshake().ifPresent(this::record);
			try {
				Thread.sleep(INTERVAL_MS);
			} catch (InterruptedException e) {
				synchronized (this) {
					sampling = false;
				}
				return;
			}
		}
	}

	private synchronized void record(double ms) {
		takenAt[next] = System.nanoTime();
		handshakeMs[next] = ms;
		next = (next + 1) % KEPT;
		count = Math.min(KEPT, count + 1);
	}

	/**
	 * Accepts connections for a handshake's time until one is answered: a connection left by a handshake that gave up
	 * (closed, it sends nothing) is passed over, so that one late answer does not leave every later handshake answering
	 * the one before it.
	 */
	private void answerOne() {
		long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(HANDSHAKE_MS);
		while (System.nanoTime() - end < 0) {
			try {
				if (answer(server.accept())) {
					return;
				}
			} catch (IOException e) {
				return; // no connection came within the time (the handshake failed before connecting)
			}
		}
	}

	/** @return whether a request came and was answered */
	private static boolean answer(Socket client) {
		try (client) {
			client.setSoTimeout((int) HANDSHAKE_MS);
			InputStream in = client.getInputStream();
			byte[] header = in.readNBytes(4);
			if (header.length == 4) {
				in.readNBytes(Math.min(512, Math.max(0, ((header[2] & 0xFF) << 8 | (header[3] & 0xFF)) - 4)));
				client.getOutputStream().write(CONFIRM);
				return true;
			}
			return false;
		} catch (IOException e) {
			return false; // the prober went away: nothing to answer
		}
	}
}
