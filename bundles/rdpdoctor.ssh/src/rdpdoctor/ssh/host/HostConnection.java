package rdpdoctor.ssh.host;

import java.util.Optional;

import rdpdoctor.core.ProbeContext;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.ProbeReport;
import rdpdoctor.core.WellKnownEvidence;
import java.time.Duration;

import rdpdoctor.model.ProbeStatus;
import rdpdoctor.ssh.CommandResult;
import rdpdoctor.ssh.SshConnection;
import rdpdoctor.ssh.SshFailure;

/**
 * The SSH connection to the host being diagnosed, handed from the {@code ssh} probe to the host probes, the project's
 * and contributed ones alike (each takes it with {@link #onHost}, uses it and hands it over again; the engine closes it
 * when the host is done). A probe runs read-only commands on it, each with a deadline and an output bound.
 *
 * @param connection the authenticated connection
 * @param system     what the host runs, as {@link SshAccessProbe} found out
 * @param closed     run once the connection is closed (gives its slot back, see {@link HostLogin#takeSlot})
 */
public record HostConnection(SshConnection connection, HostSystem system, Runnable closed) implements AutoCloseable {

	/** The key it is handed over under. */
	public static final String KEY = "rdpdoctor.probes.host.connection";
	private static final long WAIT_STEP_MS = 20;

	/** The work of a host probe on the host's connection. */
	@FunctionalInterface
	public interface Work {
		/**
		 * @param host the connection, to the system the probe is for
		 * @throws Exception any failure of the probe itself
		 */
		void run(HostConnection host) throws Exception;
	}

	/**
	 * Runs a host probe's work on the connection the {@code ssh} probe handed over, when the host runs the system the
	 * probe is for (SKIPPED otherwise), and hands the connection on to the next host probe afterwards. Host probes
	 * take turns: while another one holds the connection, this one waits for it (at most half its time).
	 *
	 * @param context the probe's context
	 * @param report  the probe's report
	 * @param system  the system the probe is for
	 * @param work    what the probe does
	 * @throws Exception what the work throws
	 */
	public static void onHost(ProbeContext context, ProbeReport report, HostSystem system, Work work)
			throws Exception {
		onHost(context, report, java.util.Set.of(system), work);
	}

	/**
	 * As {@link #onHost(ProbeContext, ProbeReport, HostSystem, Work)}, for a probe that reads several systems.
	 *
	 * @param context the probe's context
	 * @param report  the probe's report
	 * @param systems the systems the probe is for
	 * @param work    what the probe does
	 * @throws Exception what the work throws
	 */
	public static void onHost(ProbeContext context, ProbeReport report, java.util.Set<HostSystem> systems, Work work)
			throws Exception {
		Optional<HostConnection> taken = take(context);
		if (taken.isEmpty()) {
			boolean loggedIn = context.outcome(WellKnownEvidence.SSH_PROBE).map(ProbeOutcome::ok).orElse(false);
			if (loggedIn) {
				report.status(ProbeStatus.TIMEOUT, "the SSH connection stayed with another host probe");
			} else {
				report.status(ProbeStatus.SKIPPED, "no SSH connection to the host");
			}
			return;
		}
		HostConnection host = taken.get();
		try {
			if (!systems.contains(host.system())) {
				report.status(ProbeStatus.SKIPPED, "the host runs " + host.system() + ", not " + systems.stream()
						.map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(" or ")));
				return;
			}
			work.run(host);
		} finally {
			context.handOver(KEY, host); // for the next host probe; the engine closes it at the end
		}
	}

	/**
	 * Runs a command on the host.
	 *
	 * @param command        the exec request's command line (see {@link rdpdoctor.ssh.RemoteShell})
	 * @param deadline       the time it may take; then it is stopped and the result says it timed out
	 * @param maxOutputBytes the most bytes of each of its outputs kept; more is cut and the result says so
	 * @return its exit status and output
	 * @throws SshFailure when the connection fails
	 */
	public CommandResult run(String command, Duration deadline, int maxOutputBytes) throws SshFailure {
		return connection.run(command, deadline, maxOutputBytes);
	}

	/**
	 * Runs a command on the host with something on its standard input (a script for PowerShell, say).
	 *
	 * @param command        the exec request's command line
	 * @param input          its standard input
	 * @param deadline       the time it may take
	 * @param maxOutputBytes the most bytes of each of its outputs kept
	 * @return its exit status and output
	 * @throws SshFailure when the connection fails
	 */
	public CommandResult run(String command, byte[] input, Duration deadline, int maxOutputBytes) throws SshFailure {
		return connection.run(command, input, deadline, maxOutputBytes);
	}

	/**
	 * Takes the connection; while another host probe holds it (the {@code ssh} probe logged in, the connection is not
	 * there), waits for it to be handed back, at most half the time the probe has left.
	 */
	private static Optional<HostConnection> take(ProbeContext context) throws InterruptedException {
		Optional<HostConnection> taken = context.takeOver(KEY, HostConnection.class);
		if (taken.isPresent()
				|| !context.outcome(WellKnownEvidence.SSH_PROBE).map(ProbeOutcome::ok).orElse(false)) {
			return taken;
		}
		long until = System.nanoTime() + context.remainingMillis() / 2 * 1_000_000L;
		while (taken.isEmpty() && System.nanoTime() < until && !context.isCancelled()) {
			Thread.sleep(WAIT_STEP_MS);
			taken = context.takeOver(KEY, HostConnection.class);
		}
		return taken;
	}

	@Override
	public void close() {
		try {
			connection.close();
		} finally {
			closed.run();
		}
	}
}
