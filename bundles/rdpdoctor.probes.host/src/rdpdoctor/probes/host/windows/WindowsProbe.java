package rdpdoctor.probes.host.windows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import rdpdoctor.core.IProbe;
import rdpdoctor.core.ProbeContext;
import rdpdoctor.core.ProbeReport;
import rdpdoctor.core.WellKnownEvidence;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.ssh.host.HostConnection;
import rdpdoctor.ssh.host.HostSystem;
import rdpdoctor.ssh.CommandResult;
import rdpdoctor.ssh.RemoteShell;
import rdpdoctor.ssh.SshFailure;

/**
 * Reads, read-only, a Windows host's Remote Desktop configuration over SSH with one PowerShell script
 * ({@link WindowsScript}). Evidence under {@code windows.}: fDenyTSConnections, portNumber, securityLayer,
 * userAuthentication, minEncryptionLevel, boundThumbprint, allowEncryptionOracle, termService, services,
 * firewallRules, firewallInboundAllowed, certificates, boundCertificateFound, boundCertificateHasKey, machineKeysAcl,
 * machineKeysAccess (SID TYPE RIGHTS), machineKeysError, sessions, sessionsFrom, disconnectedSessions, adaptersAllowedToSleep. Names and subjects are the host's words, escaped where shown.
 */
public class WindowsProbe implements IProbe {

	/** The probe's id. */
	public static final String ID = WellKnownEvidence.WINDOWS_PROBE;
	private static final int MAX_OUTPUT = 512 * 1024;
	private static final int MAX_LINES = 100;

	@Override
	public void run(ProbeContext context, ProbeReport report) throws Exception {
		HostConnection.onHost(context, report, HostSystem.WINDOWS, host -> probe(context, host, report));
	}

	private static void probe(ProbeContext context, HostConnection host, ProbeReport report) throws SshFailure {
		// on standard input: with the WTS helper the script is longer than cmd.exe takes on a command line
		CommandResult result = host.run(RemoteShell.powerShellFromStandardInput(""),
				WindowsScript.TEXT.getBytes(StandardCharsets.US_ASCII), Duration.ofMillis(Math.max(1,
						context.remainingMillis())), MAX_OUTPUT);
		if (result.timedOut()) {
			report.status(ProbeStatus.TIMEOUT, "the PowerShell script did not end within the deadline");
			return;
		}
		WindowsFacts facts;
		try {
			facts = WindowsFacts.parse(result.stdout());
		} catch (IllegalArgumentException e) {
			report.put("stderr", result.stderr().lines().limit(5).toList());
			report.status(ProbeStatus.ERROR, "PowerShell gave no usable answer (exit " + result.exitStatus() + "): "
					+ e.getMessage());
			return;
		}
		record(facts, report);
		report.status(ProbeStatus.OK, "RDP-Tcp port " + facts.number("PortNumber").map(String::valueOf).orElse("?")
				+ ", TermService " + termService(facts).orElse("not found"));
	}

	static void record(WindowsFacts facts, ProbeReport report) {
		report.put(WellKnownEvidence.HOST_SIDE, true);
		facts.number("fDenyTSConnections").ifPresent(v -> report.put("fDenyTSConnections", v));
		facts.number("PortNumber").ifPresent(v -> report.put("portNumber", v));
		facts.number("SecurityLayer").ifPresent(v -> report.put("securityLayer", v));
		facts.number("UserAuthentication").ifPresent(v -> report.put("userAuthentication", v));
		facts.number("MinEncryptionLevel").ifPresent(v -> report.put("minEncryptionLevel", v));
		facts.number("AllowEncryptionOracle").ifPresent(v -> report.put("allowEncryptionOracle", v));
		termService(facts).ifPresent(v -> report.put("termService", v));
		report.put("services", facts.services().stream().map(s -> s.name() + "=" + s.status() + "/" + s.startType())
				.toList());
		List<WindowsFacts.FirewallRule> rules = facts.firewallRules();
		report.put("firewallRules", rules.stream().map(r -> r.name() + " " + (r.enabled() ? "enabled" : "disabled")
				+ " " + r.direction() + " " + r.action() + " " + r.profile()).toList());
		if (!rules.isEmpty()) {
			report.put("firewallInboundAllowed", rules.stream().anyMatch(r -> r.enabled()
					&& r.direction().equalsIgnoreCase("Inbound") && r.action().equalsIgnoreCase("Allow")));
		}
		report.put("certificates", facts.certificates().stream().map(c -> c.thumbprint() + " " + c.subject()
				+ " notAfter=" + c.notAfter() + " privateKey=" + c.hasPrivateKey()).toList());
		facts.text("SSLCertificateSHA1Hash").filter(t -> !t.isBlank()).map(t -> t.toUpperCase(java.util.Locale.ROOT))
				.ifPresent(bound -> {
					report.put("boundThumbprint", bound);
					Optional<WindowsFacts.Certificate> found = facts.certificates().stream()
							.filter(c -> c.thumbprint().equals(bound)).findFirst();
					report.put("boundCertificateFound", found.isPresent());
					found.ifPresent(c -> report.put("boundCertificateHasKey", c.hasPrivateKey()));
				});
		report.put("machineKeysAcl", facts.machineKeysAcl().stream().limit(MAX_LINES).toList());
		facts.machineKeysAccess().ifPresent(access -> report.put("machineKeysAccess", access.stream().limit(MAX_LINES)
				.map(r -> r.sid() + " " + r.type() + " " + r.rights()).toList()));
		facts.machineKeysError().ifPresent(e -> report.put("machineKeysError", e));
		report.put("sessionsFrom", facts.wtsSessions().isPresent() ? "WTS API" : "qwinsta");
		report.put("sessions", facts.sessions().stream().limit(MAX_LINES).toList());
		report.put("disconnectedSessions", facts.disconnectedSessions());
		List<Long> idle = facts.disconnectedIdleMinutes();
		report.put("disconnectedIdleMinutes", idle);
		idle.stream().mapToLong(Long::longValue).max().ifPresent(m -> report.put("oldestDisconnectedMinutes", m));
		report.put("adaptersAllowedToSleep", facts.adaptersAllowedToSleep());
	}

	private static Optional<String> termService(WindowsFacts facts) {
		return facts.services().stream().filter(s -> s.name().equalsIgnoreCase("TermService")).findFirst()
				.map(s -> s.status() + "/" + s.startType());
	}
}
