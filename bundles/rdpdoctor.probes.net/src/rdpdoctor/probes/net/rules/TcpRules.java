package rdpdoctor.probes.net.rules;

import java.util.List;

import rdpdoctor.core.Causes;
import rdpdoctor.core.Finding;
import rdpdoctor.core.IRule;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.RuleContext;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.model.Severity;

/** PORT_FILTERED, PORT_CLOSED and HOST_UNREACHABLE from the {@code tcp} probe. */
public class TcpRules implements IRule {

	@Override
	public List<Finding> evaluate(RuleContext context) {
		ProbeOutcome tcp = context.outcome("tcp").orElse(null);
		if (tcp == null) {
			return List.of();
		}
		String where = tcp.text("address").orElse(context.target().host()) + " port " + context.target().port();
		String outcome = tcp.status() == ProbeStatus.TIMEOUT ? "FILTERED" : tcp.text("outcome").orElse("");
		long ms = tcp.number("connectMs").orElse(tcp.durationMs());
		return switch (outcome) {
		case "FILTERED" -> List.of(filtered(where, ms));
		case "REFUSED" -> List.of(closed(where));
		case "HOST_UNREACHABLE", "NETWORK_UNREACHABLE" -> List.of(unreachable(where, outcome, tcp));
		default -> List.of();
		};
	}

	private static Finding filtered(String where, long ms) {
		return Finding.of(Causes.PORT_FILTERED, Severity.ERROR).confidence(0.85)
				.title("No answer from " + where + " (filtered)")
				.explanation("TCP: the connection to " + where + " got no answer at all within " + ms + " ms "
						+ "(evidence tcp.outcome=FILTERED, tcp.connectMs). Packets are being dropped: a firewall "
						+ "(Windows Defender Firewall rule 'Remote Desktop - User Mode (TCP-In)' disabled, a network "
						+ "firewall, a cloud security group) or the host is off. mstsc shows 0x204 or 0x108 (timed "
						+ "out), FreeRDP ERRCONNECT_CONNECT_FAILED (0x00020006) after 15 s. Fix: on the host, "
						+ "Enable-NetFirewallRule -DisplayGroup 'Remote Desktop'; check network firewalls and that "
						+ "the host is up.")
				.evidence("tcp.outcome", "tcp.connectMs", "tcp.address")
				.considered(Causes.FIREWALL_RULE_DISABLED, Causes.HOST_UNREACHABLE).build();
	}

	private static Finding closed(String where) {
		return Finding.of(Causes.PORT_CLOSED, Severity.ERROR).confidence(0.9)
				.title("Connection refused by " + where)
				.explanation("TCP: " + where + " answered the connection attempt with a reset (evidence "
						+ "tcp.outcome=REFUSED): the host is up but nothing listens on that port, or a firewall "
						+ "rejects. Usual causes: the Remote Desktop Services service (TermService) is stopped, "
						+ "RDP is disabled (fDenyTSConnections=1), or the listener uses another port (PortNumber). "
						+ "mstsc shows 0x204 (unable to connect), FreeRDP ERRCONNECT_CONNECT_TRANSPORT_FAILED "
						+ "(0x0002000D). Fix: Start-Service TermService; allow connections in System Properties; "
						+ "dial the port the listener uses. On xrdp: systemctl start xrdp and check port= in "
						+ "/etc/xrdp/xrdp.ini.")
				.evidence("tcp.outcome", "tcp.address", "tcp.port")
				.considered(Causes.RDP_SERVICE_STOPPED, Causes.RDP_DISABLED, Causes.RDP_PORT_CHANGED).build();
	}

	private static Finding unreachable(String where, String outcome, ProbeOutcome tcp) {
		return Finding.of(Causes.HOST_UNREACHABLE, Severity.ERROR).confidence(0.9)
				.title("No route to " + where)
				.explanation("TCP: the connect to " + where + " failed with " + outcome + " (evidence tcp.outcome, "
						+ "tcp.error=" + tcp.text("error").orElse("") + "): a router or firewall reported the host "
						+ "or its network unreachable (ICMP host/network unreachable or administratively "
						+ "prohibited), or this machine has no route there (VPN down). mstsc shows 0x204, FreeRDP "
						+ "ERRCONNECT_CONNECT_FAILED. Fix: check the VPN and routing to the host's network, and "
						+ "firewalls that reject with ICMP.")
				.evidence("tcp.outcome", "tcp.error", "tcp.address").build();
	}
}
