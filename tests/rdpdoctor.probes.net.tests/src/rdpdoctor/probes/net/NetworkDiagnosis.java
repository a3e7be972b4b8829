package rdpdoctor.probes.net;

import java.util.List;
import java.util.Set;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.Target;
import rdpdoctor.core.engine.DiagnosisEngine;
import rdpdoctor.core.engine.ProbeDescriptor;
import rdpdoctor.core.engine.RuleDescriptor;
import rdpdoctor.probes.net.dns.DnsProbe;
import rdpdoctor.probes.net.rules.DnsRules;
import rdpdoctor.probes.net.rules.NegotiationRules;
import rdpdoctor.probes.net.rules.TcpRules;
import rdpdoctor.probes.net.tcp.TcpConnectProbe;
import rdpdoctor.probes.net.x224.X224Probe;

/** Runs this bundle's probes and rules through the real engine, as the command line does. */
public final class NetworkDiagnosis {

	private NetworkDiagnosis() {
	}

	public static HostDiagnosis diagnose(String target, long timeoutMs, String dnsServer) {
		List<ProbeDescriptor> probes = List.of(
				new ProbeDescriptor("dns", "DNS", Set.of(), 0, DnsProbe::new),
				new ProbeDescriptor("tcp", "TCP", Set.of("dns"), 0, TcpConnectProbe::new),
				new ProbeDescriptor("x224", "X.224", Set.of("tcp"), 0, X224Probe::new));
		List<RuleDescriptor> rules = List.of(new RuleDescriptor("dns", "dns", DnsRules::new),
				new RuleDescriptor("tcp", "tcp", TcpRules::new),
				new RuleDescriptor("negotiation", "negotiation", NegotiationRules::new));
		DiagnosisSettings settings = DiagnosisSettings.defaults().withTimeoutMs(timeoutMs).withDnsServer(dnsServer);
		return new DiagnosisEngine(probes, rules, settings)
				.diagnose(List.of(Target.parse(target, Target.DEFAULT_RDP_PORT)), null, null).get(0);
	}
}
