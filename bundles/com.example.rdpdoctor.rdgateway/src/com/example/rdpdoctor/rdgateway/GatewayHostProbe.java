package com.example.rdpdoctor.rdgateway;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import rdpdoctor.core.IProbe;
import rdpdoctor.core.ProbeContext;
import rdpdoctor.core.ProbeReport;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.ssh.CommandResult;
import rdpdoctor.ssh.RemoteShell;
import rdpdoctor.ssh.host.HostConnection;
import rdpdoctor.ssh.host.HostSystem;

/**
 * Reads the RD Gateway's state on the host itself, over the SSH connection the diagnosis opened (no login of its
 * own), read-only: on Windows the Remote Desktop Gateway service (TSGateway) and IIS (W3SVC), which carries its HTTP
 * transport; on every system whether something listens on the gateway's port, and which process where the SSH user
 * may see it. Only when the gateway is the host diagnosed: another gateway's state is not this host's.
 *
 * <p>Evidence (as {@code com.example.rdgateway.host.KEY}): {@code port}, {@code listening} (true, false),
 * {@code listeners} (process names, the host's words; empty where they are hidden from the SSH user), on Windows
 * {@code tsgateway} and {@code iis} (Running, Stopped, ..., or absent).
 */
public class GatewayHostProbe implements IProbe {

	/** The probe's id. */
	public static final String ID = "com.example.rdgateway.host";
	private static final int MAX_OUTPUT = 64 * 1024;
	private static final Pattern SS_USER = Pattern.compile("users:\\(\\(\"([^\"]*)\"");

	@Override
	public void run(ProbeContext context, ProbeReport report) throws Exception {
		GatewayAddress gateway = GatewayAddress.of(context.target(), context.settings());
		if (!gateway.host().equalsIgnoreCase(context.target().host())) {
			report.status(ProbeStatus.SKIPPED, "the gateway is another host (" + gateway + "): its state is not read"
					+ " over this host's connection");
			return;
		}
		HostConnection.onHost(context, report, Set.of(HostSystem.WINDOWS, HostSystem.LINUX), host -> {
			Duration deadline = Duration.ofMillis(Math.max(1, context.remainingMillis()));
			CommandResult result = host.system() == HostSystem.WINDOWS
					? host.run(RemoteShell.powerShellFromStandardInput(""),
							windowsScript(gateway.port()).getBytes(StandardCharsets.UTF_8), deadline, MAX_OUTPUT)
					: host.run(linuxCommand(gateway.port()), deadline, MAX_OUTPUT);
			if (result.timedOut()) {
				report.status(ProbeStatus.TIMEOUT, "the host did not answer within the deadline");
				return;
			}
			if (host.system() == HostSystem.LINUX && result.exitStatus() != 0) {
				report.status(ProbeStatus.ERROR, "ss failed (exit " + result.exitStatus() + "): " + result.stderr()
						.strip());
				return;
			}
			read(host.system() == HostSystem.LINUX ? fromSs(result.stdout()) : result.stdout(), gateway.port(),
					report);
		});
	}

	/** One line a fact: {@code service TAB NAME TAB STATE} (Windows) and {@code listen TAB PROCESS} per listener. */
	static String windowsScript(int port) {
		return String.join("\n",
				"$ErrorActionPreference = 'SilentlyContinue'",
				"foreach ($n in 'TSGateway', 'W3SVC') { $s = Get-Service -Name $n",
				"  if ($s) { \"service`t$n`t$($s.Status)\" } else { \"service`t$n`tabsent\" } }",
				"Get-NetTCPConnection -State Listen -LocalPort " + port + " | ForEach-Object {",
				"  \"listen`t$((Get-Process -Id $_.OwningProcess).ProcessName)\" }",
				"exit 0", "");
	}

	/** {@code ss} lists the listening TCP sockets on the port, one a line, {@code users:(("NAME",...))} where visible. */
	static String linuxCommand(int port) {
		return "ss -Hltnp 'sport = :" + port + "'";
	}

	/** @return ss's lines as the Windows script's: {@code listen TAB PROCESS} */
	static String fromSs(String output) {
		StringBuilder lines = new StringBuilder();
		for (String line : output.split("\n")) {
			if (!line.isBlank()) {
				Matcher user = SS_USER.matcher(line);
				lines.append("listen\t").append(user.find() ? user.group(1) : "").append('\n');
			}
		}
		return lines.toString();
	}

	/** Puts the facts of the script's output as evidence. */
	static void read(String output, int port, ProbeReport report) {
		List<String> listeners = new ArrayList<>();
		boolean listening = false;
		for (String line : output.split("\r?\n")) {
			String[] fields = line.split("\t", -1);
			if (fields[0].equals("listen") && fields.length == 2) {
				listening = true;
				if (!fields[1].isBlank() && !listeners.contains(fields[1].strip())) {
					listeners.add(fields[1].strip());
				}
			} else if (fields[0].equals("service") && fields.length == 3) {
				String key = fields[1].equals("TSGateway") ? "tsgateway" : fields[1].equals("W3SVC") ? "iis" : null;
				if (key != null) {
					report.put(key, fields[2].strip());
				}
			}
		}
		report.put("port", (long) port).put("listening", listening).put("listeners", listeners);
		report.status(ProbeStatus.OK, listening ? "port " + port + " is listened on" + (listeners.isEmpty() ? ""
				: " by " + String.join(", ", listeners)) : "nothing listens on port " + port);
	}
}
