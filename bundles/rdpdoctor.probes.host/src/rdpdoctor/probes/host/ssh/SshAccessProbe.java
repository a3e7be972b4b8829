package rdpdoctor.probes.host.ssh;

import java.time.Duration;
import java.util.Optional;

import rdpdoctor.core.IProbe;
import rdpdoctor.core.ProbeContext;
import rdpdoctor.core.ProbeReport;
import rdpdoctor.core.WellKnownEvidence;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.ssh.CommandResult;
import rdpdoctor.ssh.RemoteShell;
import rdpdoctor.ssh.SshConnection;
import rdpdoctor.ssh.SshFailure;
import rdpdoctor.ssh.host.HostConnection;
import rdpdoctor.ssh.host.HostLogin;
import rdpdoctor.ssh.host.HostSystem;

/**
 * Logs in to the host over SSH when a user is set ({@code --ssh-user}), finds out what it runs, and hands the
 * connection to the host probes. Evidence: {@code user}, {@code serverVersion} (the server's own words), {@code system}
 * (LINUX, WINDOWS, OTHER); on failure {@code failure} (UNKNOWN_HOST_KEY, HOST_KEY_CHANGED, AUTHENTICATION_FAILED,
 * UNREACHABLE, TIMEOUT, ...) and {@code hostKey} (type and fingerprint of the key refused). Without a user: SKIPPED.
 */
public class SshAccessProbe implements IProbe {

	/** The probe's id. */
	public static final String ID = WellKnownEvidence.SSH_PROBE;
	private static final Duration DETECT_LIMIT = Duration.ofSeconds(5);
	/** What is left of the deadline for the login once a slot is free. */
	private static final long LOGIN_RESERVE_MS = 5_000;

	@Override
	public void run(ProbeContext context, ProbeReport report) throws Exception {
		Optional<String> user = HostLogin.user(context.settings());
		if (user.isEmpty()) {
			report.status(ProbeStatus.SKIPPED, "no SSH user (--ssh-user): the host's own evidence is not read");
			return;
		}
		long left = context.remainingMillis(); // wait for a slot, leaving the login its time
		Optional<Runnable> slot = HostLogin.takeSlot(Math.max(left / 2, left - LOGIN_RESERVE_MS));
		if (slot.isEmpty()) {
			report.status(ProbeStatus.TIMEOUT, "no free SSH slot within the deadline (" + HostLogin.freeSlots()
					+ " free): too many hosts at once");
			return;
		}
		Runnable release = slot.get();
		SshConnection connection;
		try {
			connection = HostLogin.connect(context, HostLogin.connectTimeout(context.remainingMillis()));
		} catch (SshFailure e) {
			release.run();
			report.put(WellKnownEvidence.SSH_FAILURE, e.kind().name());
			e.presented().ifPresent(key -> report.put("hostKey", key.type() + " " + key.fingerprint())
					.put(WellKnownEvidence.SSH_HOST_KEY_LINE, key.openSshKey())
					.put(WellKnownEvidence.SSH_HOST_KEY_HOST, key.host())
					.put(WellKnownEvidence.SSH_HOST_KEY_PORT, key.port()));
			report.status(ProbeStatus.FAILED, e.getMessage());
			return;
		}
		try {
			report.put("user", user.get()).put("serverVersion", connection.serverVersion());
			HostSystem system = detect(connection, context.remainingMillis());
			report.put("system", system.name());
			context.handOver(HostConnection.KEY, new HostConnection(connection, system, release));
			report.status(ProbeStatus.OK, "logged in as " + user.get() + " (" + system + ")");
		} catch (SshFailure e) {
			connection.close();
			release.run();
			report.put(WellKnownEvidence.SSH_FAILURE, e.kind().name());
			report.status(e.kind() == SshFailure.Kind.TIMEOUT ? ProbeStatus.TIMEOUT : ProbeStatus.FAILED,
					e.getMessage());
		} catch (RuntimeException e) {
			connection.close();
			release.run();
			throw e;
		}
	}

	/**
	 * {@code uname -s} answers on Linux; on Windows (cmd.exe or PowerShell as login shell) PowerShell says Win32NT. A
	 * host too slow to answer is a time-out, not another system.
	 */
	private static HostSystem detect(SshConnection connection, long remainingMillis) throws SshFailure {
		Duration limit = Duration.ofMillis(Math.max(1, Math.min(remainingMillis / 2, DETECT_LIMIT.toMillis())));
		CommandResult uname = connection.run("uname -s", limit, 256);
		if (uname.timedOut()) {
			throw new SshFailure(SshFailure.Kind.TIMEOUT, "the host did not answer uname within " + limit.toMillis()
					+ " ms", null, null);
		}
		if (uname.succeeded()) {
			return uname.stdout().trim().equals("Linux") ? HostSystem.LINUX : HostSystem.OTHER;
		}
		CommandResult platform = connection.run(RemoteShell.POWERSHELL.command("[Environment]::OSVersion.Platform"),
				limit, 256);
		if (platform.timedOut()) {
			throw new SshFailure(SshFailure.Kind.TIMEOUT, "the host did not answer uname or PowerShell within "
					+ limit.toMillis() + " ms", null, null);
		}
		return platform.stdout().strip().equals("Win32NT") ? HostSystem.WINDOWS : HostSystem.OTHER;
	}
}
