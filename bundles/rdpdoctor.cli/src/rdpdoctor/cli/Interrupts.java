package rdpdoctor.cli;

import org.eclipse.core.runtime.IProgressMonitor;

import rdpdoctor.core.engine.DiagnosisEngine;

/**
 * Ctrl-C (SIGINT) and SIGTERM cancel a batch instead of killing the JVM, so it can write what is done: the first
 * signal cancels (the engine waits for the hosts under way at most its grace period), a second one stops waiting
 * at once (it interrupts the thread that called {@link #cancelOnSignal}). Uses the JDK's signal handling when present
 * (reflectively: jdk.unsupported), else a shutdown hook that waits for the report (at most 30 s).
 */
final class Interrupts {

	private Interrupts() {
	}

	/**
	 * @param monitor  cancelled on the first signal
	 * @param finished counted down when the batch has written its report
	 * @param err      where the stop is announced
	 * @return the number of the first signal received (2 SIGINT, 15 SIGTERM), 0 while none came: a stopped batch
	 *         exits with 128 plus it, as shells expect
	 */
	static java.util.function.IntSupplier cancelOnSignal(IProgressMonitor monitor,
			java.util.concurrent.CountDownLatch finished, java.io.PrintStream err) {
		Thread batch = Thread.currentThread();
		java.util.concurrent.atomic.AtomicInteger signals = new java.util.concurrent.atomic.AtomicInteger();
		java.util.concurrent.atomic.AtomicInteger first = new java.util.concurrent.atomic.AtomicInteger();
		try {
			Class<?> signal = Class.forName("sun.misc.Signal");
			Class<?> handler = Class.forName("sun.misc.SignalHandler");
			Object callback = java.lang.reflect.Proxy.newProxyInstance(Interrupts.class.getClassLoader(),
					new Class<?>[] { handler }, (proxy, method, args) -> {
						if (method.getName().equals("handle")) {
							if (signals.incrementAndGet() == 1) {
								first.set(number(args[0]));
								err.println("\nrdpdoctor batch: stopping: finishing the hosts under way (at most "
										+ DiagnosisEngine.STOP_GRACE_MS / 1000
										+ " s), then writing the report; stop again to write it now");
								monitor.setCanceled(true);
							} else {
								err.println("\nrdpdoctor batch: stopping now: writing the report of the hosts done");
								batch.interrupt();
							}
							return null;
						}
						return method.getName().equals("toString") ? "rdpdoctor batch stop"
								: method.getName().equals("hashCode") ? System.identityHashCode(proxy)
										: Boolean.valueOf(proxy == args[0]);
					});
			for (String name : new String[] { "INT", "TERM" }) {
				Object sig = signal.getConstructor(String.class).newInstance(name);
				signal.getMethod("handle", signal, handler).invoke(null, sig, callback);
			}
		} catch (ReflectiveOperationException | LinkageError | IllegalArgumentException e) {
			err.println("rdpdoctor batch: no signal handling (" + e + "): Ctrl-C stops through a shutdown hook");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				monitor.setCanceled(true);
				try {
					finished.await(30, java.util.concurrent.TimeUnit.SECONDS);
				} catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
				}
			}, "rdpdoctor batch: stop"));
		}
		return first::get;
	}

	/** @return the signal's number (sun.misc.Signal#getNumber), SIGINT's when it cannot be read */
	static int number(Object signal) {
		try {
			return (Integer) signal.getClass().getMethod("getNumber").invoke(signal);
		} catch (ReflectiveOperationException | RuntimeException e) {
			return SIGINT;
		}
	}

	/** SIGINT's number, what Ctrl-C sends. */
	static final int SIGINT = 2;
}
