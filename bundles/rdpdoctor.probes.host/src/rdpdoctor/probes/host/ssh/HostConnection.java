package rdpdoctor.probes.host.ssh;

import rdpdoctor.ssh.SshConnection;

/**
 * The SSH connection to the host being diagnosed, handed from the {@code ssh} probe to the host probes (each takes
 * it, uses it and hands it over again; the engine closes it when the host is done).
 *
 * @param connection the authenticated connection
 * @param system     what the host runs, as {@link SshAccessProbe} found out
 */
public record HostConnection(SshConnection connection, HostSystem system) implements AutoCloseable {

	/** The key it is handed over under. */
	public static final String KEY = "rdpdoctor.probes.host.connection";

	@Override
	public void close() {
		connection.close();
	}
}
