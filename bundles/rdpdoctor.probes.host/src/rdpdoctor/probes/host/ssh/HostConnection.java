package rdpdoctor.probes.host.ssh;

import java.util.Optional;

import rdpdoctor.core.ProbeContext;
import rdpdoctor.core.ProbeReport;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.ssh.SshConnection;

/**
 * The SSH connection to the host being diagnosed, handed from the {@code ssh} probe to the host probes (each takes
 * it, uses it and hands it over again; the engine closes it when the host is done).
 *
 * @param connection the authenticated connection
 * @param system     what the host runs, as {@link SshAccessProbe} found out
 * @param closed     run once the connection is closed (gives its slot back, see {@link SshAccess#SLOTS})
 */
public record HostConnection(SshConnection connection, HostSystem system, Runnable closed) implements AutoCloseable {

	/** The key it is handed over under. */
	public static final String KEY = "rdpdoctor.probes.host.connection";

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
	 * probe is for (SKIPPED otherwise), and hands the connection on to the next host probe afterwards.
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
		Optional<HostConnection> taken = context.takeOver(KEY, HostConnection.class);
		if (taken.isEmpty()) {
			report.status(ProbeStatus.SKIPPED, "no SSH connection to the host");
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

	@Override
	public void close() {
		try {
			connection.close();
		} finally {
			closed.run();
		}
	}
}
