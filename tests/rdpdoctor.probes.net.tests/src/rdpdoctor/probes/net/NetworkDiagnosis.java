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
import rdpdoctor.probes.net.ntlm.NtlmProbe;
import rdpdoctor.probes.net.rules.DnsRules;
import rdpdoctor.probes.net.rules.IdentityRules;
import rdpdoctor.probes.net.rules.NegotiationRules;
import rdpdoctor.probes.net.rules.StabilityRules;
import rdpdoctor.probes.net.rules.TcpRules;
import rdpdoctor.probes.net.rules.TlsRules;
import rdpdoctor.probes.net.stability.StabilityProbe;
import rdpdoctor.probes.net.tcp.TcpConnectProbe;
import rdpdoctor.probes.net.tls.TlsProbe;
import rdpdoctor.probes.net.tls.TlsVersionsProbe;
import rdpdoctor.probes.net.x224.X224Probe;

/** Runs this bundle's probes and rules through the real engine, as plugin.xml wires them for the command line. */
public final class NetworkDiagnosis {

	/** The probes, with the requirements plugin.xml declares. */
	public static final List<ProbeDescriptor> PROBES = List.of(
			new ProbeDescriptor("dns", "DNS", Set.of(), 0, DnsProbe::new).asReachability(),
			new ProbeDescriptor("tcp", "TCP", Set.of("dns"), 0, TcpConnectProbe::new).asReachability(),
			new ProbeDescriptor("x224", "X.224", Set.of("tcp"), 0, X224Probe::new),
			new ProbeDescriptor("tls", "TLS", Set.of("x224"), 0, TlsProbe::new),
			new ProbeDescriptor("tlsversions", "TLS versions", Set.of("x224"), Set.of("tls"), 0, TlsVersionsProbe::new),
			new ProbeDescriptor("ntlm", "NTLM", Set.of("x224"), Set.of("tls"), 0, NtlmProbe::new),
			new ProbeDescriptor("stability", "Stability", Set.of("x224"), Set.of("tls", "tlsversions", "ntlm"), 0,
					StabilityProbe::new));

	/** The rules. */
	public static final List<RuleDescriptor> RULES = List.of(new RuleDescriptor("dns", "dns", DnsRules::new),
			new RuleDescriptor("tcp", "tcp", TcpRules::new),
			new RuleDescriptor("negotiation", "negotiation", NegotiationRules::new),
			new RuleDescriptor("tls", "tls", TlsRules::new),
			new RuleDescriptor("identity", "identity", IdentityRules::new),
			new RuleDescriptor("stability", "stability", StabilityRules::new));

	private NetworkDiagnosis() {
	}

	/** Diagnoses one target with the default settings, a deadline and an optional DNS server. */
	public static HostDiagnosis diagnose(String target, long timeoutMs, String dnsServer) {
		DiagnosisSettings settings = DiagnosisSettings.defaults().withTimeoutMs(timeoutMs).withDnsServer(dnsServer);
		return diagnose(List.of(Target.parse(target, Target.DEFAULT_RDP_PORT)), settings).get(0);
	}

	/** Diagnoses one target with only DNS, TCP and the negotiation matrix (for servers that speak no TLS). */
	public static HostDiagnosis negotiationOnly(String target, long timeoutMs) {
		DiagnosisSettings settings = DiagnosisSettings.defaults().withTimeoutMs(timeoutMs);
		return new DiagnosisEngine(PROBES.subList(0, 3), RULES, settings)
				.diagnose(List.of(Target.parse(target, Target.DEFAULT_RDP_PORT)), null, null).get(0);
	}

	/** Diagnoses one target as a quick sweep does: DNS, TCP, the mstsc-like request alone, TLS. */
	public static HostDiagnosis quick(Target target, long timeoutMs) {
		return mstscOnly(PROBES.subList(0, 4), target, timeoutMs);
	}

	/** Diagnoses several targets as a quick sweep does (with NTLM after TLS when NLA is selected). */
	public static List<HostDiagnosis> quick(List<Target> targets, DiagnosisSettings settings) {
		List<ProbeDescriptor> quick = PROBES.stream()
				.filter(p -> List.of("dns", "tcp", "x224", "tls", "ntlm").contains(p.id())).toList();
		return new DiagnosisEngine(quick, RULES, settings.withExtra(X224Probe.MATRIX_SETTING, X224Probe.MSTSC_ONLY))
				.diagnose(targets, null, null);
	}

	/** The quick sweep without TLS (for scripted servers that stop after the X.224 answer). */
	public static HostDiagnosis quickNegotiationOnly(Target target, long timeoutMs) {
		return mstscOnly(PROBES.subList(0, 3), target, timeoutMs);
	}

	private static HostDiagnosis mstscOnly(List<ProbeDescriptor> probes, Target target, long timeoutMs) {
		DiagnosisSettings settings = DiagnosisSettings.defaults().withTimeoutMs(timeoutMs)
				.withExtra(X224Probe.MATRIX_SETTING, X224Probe.MSTSC_ONLY);
		return new DiagnosisEngine(probes, RULES, settings).diagnose(List.of(target), null, null).get(0);
	}

	/** Diagnoses several targets with the given settings. */
	public static List<HostDiagnosis> diagnose(List<Target> targets, DiagnosisSettings settings) {
		return new DiagnosisEngine(PROBES, RULES, settings).diagnose(targets, null, null);
	}
}
