package rdpdoctor.core.engine;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads the engine runs hosts, probes and rules on: platform threads, reused while work keeps coming.
 * <p>
 * Not virtual threads: contributed code loads its classes lazily, and a class loaded by the JVM from a virtual
 * thread has a native frame on the stack, so a virtual thread that waits inside class loading (for the OSGi
 * bundle file's lock, say) pins its carrier. With as many carriers as cores, two such waits on a 2-core machine
 * stopped a whole batch for good. A platform thread that waits holds nothing anybody else needs. The threads are
 * daemons, so one abandoned by its deadline never keeps the JVM alive.
 */
final class EngineThreads {

	private static final AtomicInteger COUNT = new AtomicInteger();

	/** No queue: every task gets a thread at once (the engine bounds how many there are). */
	private static final ExecutorService POOL = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
			new SynchronousQueue<>(), task -> {
				Thread thread = new Thread(task, "rdpdoctor engine " + COUNT.incrementAndGet());
				thread.setDaemon(true);
				return thread;
			});

	private EngineThreads() {
	}

	/**
	 * Runs {@code task} on an engine thread, named {@code name} while it runs.
	 *
	 * @return the task's future; {@code cancel(true)} interrupts it
	 */
	static Future<?> start(String name, Runnable task) {
		return POOL.submit(() -> {
			Thread self = Thread.currentThread();
			String pooled = self.getName();
			self.setName(name);
			try {
				task.run();
			} finally {
				self.setName(pooled);
				Thread.interrupted(); // an interrupt meant for this task must not reach the next one
			}
		});
	}
}
