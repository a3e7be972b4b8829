package rdpdoctor.remediation.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import rdpdoctor.ssh.CommandResult;
import rdpdoctor.ssh.RemoteShell;
import rdpdoctor.ssh.SshConnection;
import rdpdoctor.ssh.SshFailure;
import rdpdoctor.ssh.host.HostSystem;

/**
 * Runs scripts over an SSH connection, the script on standard input so that no command-line limit (cmd.exe's 8,191
 * characters, Linux's 128 KiB per argument) or quoting applies: POSIX scripts in {@code sh -s} as root (directly when
 * the user is root, else {@code sudo -n}, which fails at once rather than ask for a password), PowerShell scripts read
 * whole and run as one script block.
 */
public final class HostScripts implements ScriptRunner {

	/** The longest output kept of a script (a snapshot of certificates and a ruleset fits easily). */
	public static final int MAX_OUTPUT = 4 << 20;
	/** POSIX: root runs sh itself, anyone else through sudo without a password prompt. */
	static final String POSIX_COMMAND = RemoteShell.POSIX
			.command("if [ \"$(id -u)\" = 0 ]; then exec sh -s; else exec sudo -n sh -s; fi");
	/** PowerShell: read the script from standard input and run it as one block, with its exit code. */
	static final String POWERSHELL_COMMAND = RemoteShell.powerShellFromStandardInput("$ErrorActionPreference = 'Stop'; ");

	private final SshConnection connection;
	private final boolean windows;

	/**
	 * @param connection the host's connection
	 * @param system     {@link HostSystem#WINDOWS} for PowerShell, any other for POSIX sh
	 */
	public HostScripts(SshConnection connection, HostSystem system) {
		this.connection = connection;
		this.windows = system == HostSystem.WINDOWS;
	}

	@Override
	public CommandResult run(String script, Duration deadline) throws SshFailure {
		// the scripts are ASCII: Windows PowerShell reads standard input in the console's code page
		return connection.run(windows ? POWERSHELL_COMMAND : POSIX_COMMAND, script.getBytes(StandardCharsets.UTF_8),
				deadline, MAX_OUTPUT);
	}

	/**
	 * @param system the host's system
	 * @return the command line the scripts are run by
	 */
	public static String command(HostSystem system) {
		return system == HostSystem.WINDOWS ? POWERSHELL_COMMAND : POSIX_COMMAND;
	}
}
