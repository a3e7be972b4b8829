package rdpdoctor.probes.net.rules;

import java.util.ArrayList;
import java.util.List;

import rdpdoctor.core.Causes;
import rdpdoctor.core.Finding;
import rdpdoctor.core.IRule;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.RuleContext;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.model.Severity;

/**
 * Causes visible in the X.224 negotiation matrix: SERVICE_NOT_RESPONDING, NOT_RDP, CERT_UNUSABLE (failure code 3),
 * SECURITY_LAYER_TLS_REQUIRED, SECURITY_LAYER_RDP_ONLY, SECURITY_DOWNGRADE, NLA_REQUIRED, NLA_NOT_ENFORCED.
 */
public class NegotiationRules implements IRule {

	@Override
	public List<Finding> evaluate(RuleContext context) {
		ProbeOutcome x224 = context.outcome("x224").orElse(null);
		if (x224 == null || x224.status() == ProbeStatus.SKIPPED || x224.status() == ProbeStatus.CANCELLED) {
			return List.of();
		}
		String where = x224.text("address").orElse(context.target().host()) + " port " + context.target().port();
		String answer = x224.status() == ProbeStatus.TIMEOUT ? "SILENT" : x224.text("answer").orElse("");
		return switch (answer) {
		case "SILENT" -> List.of(silent(where, x224));
		case "SLOW" -> List.of(slow(where, x224));
		case "CLOSED", "RESET" -> List.of(closed(where, answer, x224));
		case "NOT_RDP", "MALFORMED", "TRUNCATED" -> List.of(notRdp(where, x224));
		case "RSP", "FAILURE", "NO_NEGOTIATION_DATA" -> negotiated(where, x224);
		default -> List.of();
		};
	}

	private static Finding silent(String where, ProbeOutcome x224) {
		return Finding.of(Causes.SERVICE_NOT_RESPONDING, Severity.ERROR).confidence(0.85)
				.title("The RDP service at " + where + " accepts connections but never answers")
				.explanation("TCP connected (evidence tcp.outcome=CONNECTED), but no X.224 Connection Confirm came back "
						+ "within " + x224.durationMs() + " ms (evidence x224.answer=SILENT). The port is open and "
						+ "the RDP stack is hung: Remote Desktop Services (TermService) stuck (System log: Service "
						+ "Control Manager 7022), the listener wedged, or another program holding the port. mstsc "
						+ "gives up with 0x904 / extended 0x7 or a timeout; FreeRDP waits forever without a timeout. "
						+ "Fix: Restart-Service TermService -Force (or restart the host), then check that 'qwinsta' "
						+ "shows rdp-tcp in state Listen. On xrdp: systemctl restart xrdp.")
				.evidence("tcp.outcome", "x224.answer", "x224.mstsc.ms").build();
	}

	private static Finding slow(String where, ProbeOutcome x224) {
		return Finding.of(Causes.SERVICE_NOT_RESPONDING, Severity.ERROR).confidence(0.6)
				.title("The RDP service at " + where + " answers, but too slowly")
				.explanation("TCP connected and the server began a well-formed X.224 Connection Confirm (evidence "
						+ "x224.mstsc.raw), but the rest did not arrive within " + x224.durationMs() + " ms (evidence "
						+ "x224.answer=SLOW): this is RDP, answering far too slowly, not another protocol. An "
						+ "overloaded host (CPU, memory, a session host with too many sessions), a hung-but-alive "
						+ "TermService, or a path that trickles packets (a congested VPN, an MTU problem). mstsc "
						+ "gives up with 0x904 / extended 0x7 or a timeout. Fix: look at the host's load and the "
						+ "System log; diagnose again with a longer --timeout-ms to tell a slow host from a slow "
						+ "path; restart TermService if it stays this slow.")
				.evidence("tcp.outcome", "x224.answer", "x224.mstsc.raw", "x224.mstsc.ms")
				.considered(Causes.NETWORK_UNSTABLE, Causes.NOT_RDP).build();
	}

	private static Finding closed(String where, String answer, ProbeOutcome x224) {
		return Finding.of(Causes.SERVICE_NOT_RESPONDING, Severity.ERROR).confidence(0.7)
				.title("The RDP service at " + where + " drops connections without answering")
				.explanation("TCP connected, then the server " + (answer.equals("RESET") ? "reset" : "closed")
						+ " the connection before any X.224 answer (evidence x224.answer=" + answer + "). This is "
						+ "the classic 0x904 / extended 0x7 (the server refused and closed the socket): the listener "
						+ "is broken, often because it could not load its certificate or private key at start "
						+ "(System log: TerminalServices-RemoteConnectionManager 1057/1058, Schannel 36870), or a "
						+ "security product or connection limit cuts connections. FreeRDP reports "
						+ "ERRCONNECT_CONNECT_TRANSPORT_FAILED. Fix: check the RCM and Schannel events; restart "
						+ "TermService; if certificate errors appear, see CERT_UNUSABLE.")
				.evidence("x224.answer", "x224.mstsc.answer")
				.considered(Causes.CERT_UNUSABLE, Causes.MACHINEKEYS_INACCESSIBLE).build();
	}

	private static Finding notRdp(String where, ProbeOutcome x224) {
		return Finding.of(Causes.NOT_RDP, Severity.ERROR).confidence(0.9)
				.title("Something other than RDP answers at " + where)
				.explanation("The answer to an RDP Connection Request is not an X.224 Connection Confirm (evidence "
						+ "x224.mstsc.answer=" + x224.text("mstsc.answer").orElse("?") + ", raw bytes in "
						+ "x224.mstsc.raw). Another service listens on this port, or a proxy or load balancer "
						+ "answers in front of the host. mstsc shows 0x904 / 0x7 or an internal error; FreeRDP "
						+ "ERRCONNECT_CONNECT_TRANSPORT_FAILED. Fix: dial the port the RDP listener really uses "
						+ "(registry PortNumber under ...\\WinStations\\RDP-Tcp; port= in xrdp.ini) or move the "
						+ "other service.")
				.evidence("x224.answer", "x224.mstsc.answer", "x224.mstsc.raw").build();
	}

	private static List<Finding> negotiated(String where, ProbeOutcome x224) {
		List<Finding> findings = new ArrayList<>();
		List<String> unanswered = unanswered(x224);
		if (!unanswered.isEmpty()) {
			findings.add(Finding.of(Causes.NETWORK_UNSTABLE, Severity.WARNING).confidence(0.6)
					.title(where + " answers some connections and not others")
					.explanation("The server answered the mstsc-like request, but " + unanswered.size() + " of the "
							+ "negotiation requests that followed on fresh connections got no answer (evidence "
							+ String.join(", ", unanswered) + "). Connections that fail now and then come from packet "
							+ "loss on the way or a server that is overloaded or runs out of connections (a full "
							+ "listen backlog, a session limit). Users see connections that fail and succeed on "
							+ "retry (0x904, 0x108). Fix: check the path (VPN, Wi-Fi, link load) and the server's "
							+ "load and RemoteDesktopServices-RdpCoreTS events; see also the stability evidence.")
					.evidence(unanswered.toArray(String[]::new)).considered(Causes.SERVICE_NOT_RESPONDING).build());
		}
		String refusal = x224.text("tlsRefusal").orElse("");
		String nla = x224.text("nla").orElse("UNKNOWN");
		String layer = x224.text("securityLayer").orElse("UNKNOWN");
		boolean downgrade = Boolean.parseBoolean(x224.text("downgrade").orElse("false"));
		if (refusal.equals("SSL_CERT_NOT_ON_SERVER")) {
			findings.add(certNotOnServer(where));
		}
		if (refusal.equals("SSL_NOT_ALLOWED_BY_SERVER")) {
			findings.add(Finding.of(Causes.SECURITY_LAYER_RDP_ONLY, Severity.WARNING).confidence(0.95)
					.title(where + " allows only legacy RDP security")
					.explanation("A request for TLS got RDP_NEG_FAILURE SSL_NOT_ALLOWED_BY_SERVER (evidence "
							+ "x224.tlsRefusal): the server's Security Layer is set to RDP (SecurityLayer=0). "
							+ "Connections work but without TLS: the server is not authenticated and the link is "
							+ "weakly encrypted; clients that require TLS or NLA fail (FreeRDP "
							+ "ERRCONNECT_SECURITY_NEGO_CONNECT_FAILED). Fix: set SecurityLayer=1 (Negotiate) or 2 "
							+ "(TLS) under HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\"
							+ "RDP-Tcp (or the GPO 'Require use of specific security layer'); on xrdp "
							+ "security_layer=negotiate.")
					.evidence("x224.tlsRefusal", "x224.SSL.answer")
					.considered(Causes.SECURITY_DOWNGRADE).build());
		} else if (downgrade && !refusal.equals("SSL_CERT_NOT_ON_SERVER")) {
			findings.add(Finding.of(Causes.SECURITY_DOWNGRADE, Severity.WARNING).confidence(0.85)
					.title(where + " chose legacy RDP security although TLS was asked for")
					.explanation("Asked for TLS (and by an mstsc-like request), the server selected standard RDP "
							+ "security (evidence x224.SSL.answer=" + x224.text("SSL.answer").orElse("?")
							+ ", x224.downgrade=true). Either the Security Layer is RDP, or the server has no "
							+ "usable certificate and silently falls back (xrdp does this when its certificate file "
							+ "is missing). The connection is not protected by TLS and the server is not "
							+ "authenticated. Fix: give the server a valid certificate and set SecurityLayer=1 or 2 "
							+ "(xrdp: security_layer=negotiate or tls, certificate= and key_file= readable).")
					.evidence("x224.SSL.answer", "x224.mstsc.answer", "x224.downgrade")
					.build());
		}
		if (layer.equals("TLS")) {
			findings.add(Finding.of(Causes.SECURITY_LAYER_TLS_REQUIRED, Severity.INFO).confidence(0.95)
					.title(where + " requires TLS")
					.explanation("A request for legacy RDP security got RDP_NEG_FAILURE SSL_REQUIRED_BY_SERVER "
							+ "(evidence x224.RDP.answer): the Security Layer is TLS (SecurityLayer=2). Good for "
							+ "security; only very old clients that cannot do TLS fail (FreeRDP with /sec:rdp: "
							+ "ERRCONNECT_SECURITY_NEGO_CONNECT_FAILED).")
					.evidence("x224.RDP.answer", "x224.securityLayer").build());
		}
		if (nla.equals("REQUIRED")) {
			findings.add(Finding.of(Causes.NLA_REQUIRED, Severity.INFO).confidence(0.95)
					.title(where + " requires Network Level Authentication")
					.explanation("Requests for RDP and TLS without CredSSP got RDP_NEG_FAILURE "
							+ "HYBRID_REQUIRED_BY_SERVER, a CredSSP request was accepted (evidence x224.nla=REQUIRED, "
							+ "x224.RDP.answer, x224.SSL.answer, x224.HYBRID.answer). Clients must authenticate "
							+ "before a session starts: a client with NLA off (enablecredsspsupport:i:0) fails "
							+ "with 'the remote computer requires Network Level Authentication' (FreeRDP "
							+ "ERRCONNECT_SECURITY_NEGO_CONNECT_FAILED); a user whose password must change, or "
							+ "a CredSSP patch mismatch (CREDSSP_POLICY_BLOCKS), fails before logon.")
					.evidence("x224.nla", "x224.RDP.answer", "x224.SSL.answer", "x224.HYBRID.answer").build());
		} else if (nla.equals("SUPPORTED") || nla.equals("ABSENT")) {
			findings.add(Finding.of(Causes.NLA_NOT_ENFORCED, Severity.WARNING).confidence(0.9)
					.title(where + " accepts connections without Network Level Authentication")
					.explanation("The server accepted a connection without CredSSP (evidence x224.accepted="
							+ x224.text("accepted").orElse("?") + ", x224.nla=" + nla + "): anyone who can reach "
							+ "the port gets a logon screen and a session is created before authentication, which "
							+ "exposes the host to pre-authentication attacks and resource exhaustion."
							+ (nla.equals("ABSENT") ? " This server does not offer NLA at all (xrdp cannot)." : "")
							+ " Fix (Windows): require NLA: UserAuthentication=1 under ...\\WinStations\\RDP-Tcp "
							+ "or the GPO 'Require user authentication for remote connections by using Network "
							+ "Level Authentication'.")
					.evidence("x224.accepted", "x224.nla").build());
		}
		return findings;
	}

	/** @return evidence keys of matrix requests after the first that got no answer (silent, closed, reset, ...) */
	private static List<String> unanswered(ProbeOutcome x224) {
		List<String> keys = new ArrayList<>();
		for (String request : List.of("RDP", "SSL", "HYBRID", "HYBRID_EX", "RDSTLS")) {
			String answer = x224.text(request + ".answer").orElse("");
			if (answer.startsWith("SILENT") || answer.startsWith("CLOSED") || answer.startsWith("RESET")
					|| answer.startsWith("CONNECT_FAILED") || answer.startsWith("TRUNCATED")
					|| answer.startsWith("SLOW")) {
				keys.add("x224." + request + ".answer=" + answer);
			}
		}
		return keys;
	}

	/** CERT_UNUSABLE from failure code 3; shared with the TLS rules' wording. */
	static Finding certNotOnServer(String where) {
		return Finding.of(Causes.CERT_UNUSABLE, Severity.ERROR).confidence(0.95)
				.title(where + " has no usable TLS certificate or private key")
				.explanation("A TLS request got RDP_NEG_FAILURE SSL_CERT_NOT_ON_SERVER (failure code 3; evidence "
						+ "x224.tlsRefusal): the server is configured for TLS but cannot use its certificate: it "
						+ "expired and was not renewed, it was deleted, or the private key is unreadable (corrupt "
						+ "or wrongly permissioned C:\\ProgramData\\Microsoft\\Crypto\\RSA\\MachineKeys; Schannel "
						+ "36870, RCM 1057/1058 in the System log). mstsc shows 0x904 / extended 0x7; FreeRDP "
						+ "ERRCONNECT_SECURITY_NEGO_CONNECT_FAILED. Fix: delete the certificate in "
						+ "Cert:\\LocalMachine\\Remote Desktop and restart TermService so a new one is made; if "
						+ "that fails, reset the MachineKeys ACL (SYSTEM and Administrators full control, NETWORK "
						+ "SERVICE read) or rename the folder to MachineKeys_old. Never 'fix' this by setting "
						+ "SecurityLayer=0. On xrdp: point certificate= and key_file= at a readable pair.")
				.evidence("x224.tlsRefusal", "x224.SSL.answer")
				.considered(Causes.CERT_EXPIRED, Causes.MACHINEKEYS_INACCESSIBLE, Causes.SECURITY_DOWNGRADE).build();
	}
}
