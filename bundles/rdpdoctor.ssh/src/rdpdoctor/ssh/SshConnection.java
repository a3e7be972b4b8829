package rdpdoctor.ssh;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;

/**
 * One authenticated SSH connection to a host, reused by every command RDP Doctor runs there; close it when the host
 * is done. Commands run one at a time or in parallel, each with its own deadline and output limit.
 */
public final class SshConnection implements AutoCloseable {

	private final ClientSession session;
	private final String where;
	/** Closed after the session: the connector made for this connection alone, or null. */
	private final AutoCloseable owner;

	SshConnection(ClientSession session, String where) {
		this(session, where, null);
	}

	SshConnection(ClientSession session, String where, AutoCloseable owner) {
		this.session = session;
		this.where = where;
		this.owner = owner;
	}

	/** @return this connection, which then stops the connector when it closes */
	SshConnection owning(AutoCloseable connector) {
		return new SshConnection(session, where, connector);
	}

	/**
	 * Runs one command line (see {@link RemoteShell} for scripts) and waits for it, at most {@code deadline}; a
	 * command still running then is ended by closing its channel.
	 *
	 * @param command        the command line
	 * @param deadline       how long it may run
	 * @param maxOutputBytes how much of its standard output, and of its standard error, to keep
	 * @return what it gave
	 * @throws SshFailure when the connection is lost or the channel cannot be opened
	 */
	public CommandResult run(String command, Duration deadline, int maxOutputBytes) throws SshFailure {
		return run(command, new byte[0], deadline, maxOutputBytes);
	}

	/**
	 * As {@link #run(String, Duration, int)}, with {@code input} on the command's standard input (then end of file):
	 * how a script too long for one command line reaches {@code sh -s}.
	 *
	 * @param command        the command line
	 * @param input          its standard input
	 * @param deadline       how long it may run
	 * @param maxOutputBytes how much of its standard output, and of its standard error, to keep
	 * @return what it gave
	 * @throws SshFailure when the connection is lost or the channel cannot be opened
	 */
	public CommandResult run(String command, byte[] input, Duration deadline, int maxOutputBytes) throws SshFailure {
		long start = System.nanoTime();
		BoundedOutput out = new BoundedOutput(maxOutputBytes);
		BoundedOutput err = new BoundedOutput(maxOutputBytes);
		try (ChannelExec channel = session.createExecChannel(command)) {
			channel.setIn(new ByteArrayInputStream(input)); // then end of file
			channel.setOut(out);
			channel.setErr(err);
			channel.open().verify(deadline);
			long left = Math.max(1, deadline.toMillis() - (System.nanoTime() - start) / 1_000_000);
			Set<ClientChannelEvent> events = channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), left);
			boolean timedOut = !events.contains(ClientChannelEvent.CLOSED);
			if (timedOut) {
				channel.close(true);
			}
			Integer status = channel.getExitStatus();
			return new CommandResult(status == null || timedOut ? -1 : status, out.text(), err.text(),
					out.truncated() || err.truncated(), timedOut, Duration.ofNanos(System.nanoTime() - start));
		} catch (IOException e) {
			throw new SshFailure(SshFailure.Kind.PROTOCOL, where + ": the command could not run (" + e.getMessage()
					+ ")", null, e);
		}
	}

	/** @return whether the connection is still open */
	public boolean isOpen() {
		return session.isOpen();
	}

	/**
	 * @return the server's SSH version string, e.g. {@code SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3}; the server chose
	 *         it: escape it for wherever it is shown
	 */
	public String serverVersion() {
		return session.getServerVersion();
	}

	/**
	 * @return the key exchange client and server agreed on, e.g. {@code curve25519-sha256}
	 */
	public String keyExchange() {
		return session.getNegotiatedKexParameter(org.apache.sshd.common.kex.KexProposalOption.ALGORITHMS);
	}

	@Override
	public void close() {
		session.close(false);
		if (owner != null) {
			try {
				owner.close();
			} catch (Exception e) {
				// stopping a client whose session is closed: nothing left to lose
			}
		}
	}
}
