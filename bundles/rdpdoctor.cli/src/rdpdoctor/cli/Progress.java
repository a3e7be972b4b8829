package rdpdoctor.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.model.HostStatus;

/**
 * Batch progress on stderr: a bar redrawn in place on a terminal, a plain line every 5 seconds otherwise (logs, CI).
 */
final class Progress {

	private static final long PLAIN_EVERY_MS = 5000;
	private static final long BAR_EVERY_MS = 200;

	private final PrintStream err;
	private final int total;
	private final boolean terminal;
	private final long start = System.nanoTime();
	private final AtomicInteger done = new AtomicInteger();
	private final AtomicInteger failing = new AtomicInteger();
	private final AtomicInteger unreachable = new AtomicInteger();
	private final boolean eachHost;
	private volatile long lastPrint;

	/**
	 * @param err         where progress goes
	 * @param total       the run's hosts
	 * @param alreadyDone those a checkpoint holds
	 * @param terminal    whether err is a terminal (a bar redrawn in place)
	 * @param eachHost    whether each host is printed as it finishes (-v), as a line of its own
	 */
	Progress(PrintStream err, int total, int alreadyDone, boolean terminal, boolean eachHost) {
		this.err = err;
		this.eachHost = eachHost;
		this.total = total;
		this.terminal = terminal;
		done.set(alreadyDone);
	}

	/** @return whether stderr is a terminal (Java 22+ tells; before, a console means one) */
	static boolean stderrIsTerminal() {
		java.io.Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
		} catch (ReflectiveOperationException e) {
			return true;
		}
	}

	void hostDone(HostDiagnosis host) {
		done.incrementAndGet();
		if (host.status() == HostStatus.FAILING) {
			failing.incrementAndGet();
		} else if (host.status() == HostStatus.UNREACHABLE) {
			unreachable.incrementAndGet();
		}
		if (eachHost) {
			synchronized (this) {
				err.println((terminal ? "\r\033[K" : "") + "rdpdoctor batch: " + rdpdoctor.core.Untrusted.terminal(
						host.target() + " " + host.status() + (host.findings().isEmpty() ? "" : " "
								+ host.findings().get(0).cause())) + " ("
						+ (host.finished().toEpochMilli() - host.started().toEpochMilli()) + " ms)");
			}
		}
		long now = System.nanoTime() / 1_000_000;
		if (now - lastPrint >= (terminal ? BAR_EVERY_MS : PLAIN_EVERY_MS)) {
			lastPrint = now;
			print(false);
		}
	}

	synchronized void print(boolean last) {
		int d = done.get();
		long elapsed = (System.nanoTime() - start) / 1_000_000;
		String eta = d == 0 || d >= total ? "--:--" : clock(elapsed * (total - d) / Math.max(1, d));
		String counts = d + "/" + total + " hosts, " + failing.get() + " failing, " + unreachable.get()
				+ " unreachable, " + clock(elapsed) + " elapsed, ETA " + eta;
		if (terminal) {
			int width = 30;
			int filled = total == 0 ? width : (int) ((long) d * width / total);
			err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + counts + (last ? "\n" : ""));
		} else {
			err.println("rdpdoctor batch: " + counts);
		}
		err.flush();
	}

	private static String clock(long millis) {
		Duration d = Duration.ofMillis(millis);
		return String.format("%02d:%02d", d.toMinutes(), d.toSecondsPart());
	}
}
