package rdpdoctor.core.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import rdpdoctor.core.Causes;
import rdpdoctor.core.Finding;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.WellKnownEvidence;
import rdpdoctor.model.Severity;

/**
 * Ranks a host's findings into root causes and their consequences: a closed port is the consequence of a stopped
 * service, a changed port or a disabled firewall rule when the host's own evidence shows one; a downgrade to RDP
 * security or a failed TLS handshake of a certificate xrdp or Windows cannot use; a lossy link or a host that drops
 * off of a NIC put to sleep; a certificate not valid yet of a server clock running ahead, when the certificate is
 * valid on the server's own clock. Roots come first, each ranked
 * with the severity of the worst finding it explains (then {@link HostDiagnosis#RANKING}), then the consequences.
 */
final class CauseRanking {

	/** For each consequence, the causes that explain it when both are found. */
	private static final Map<String, Set<String>> EXPLAINED_BY = Map.of(
			Causes.PORT_CLOSED, Set.of(Causes.RDP_SERVICE_STOPPED, Causes.RDP_DISABLED, Causes.RDP_PORT_CHANGED,
					Causes.FIREWALL_RULE_DISABLED),
			Causes.PORT_FILTERED, Set.of(Causes.FIREWALL_RULE_DISABLED, Causes.NIC_POWER_SAVING),
			Causes.SERVICE_NOT_RESPONDING, Set.of(Causes.RDP_SERVICE_STOPPED, Causes.STALE_SESSIONS),
			Causes.HOST_UNREACHABLE, Set.of(Causes.NIC_POWER_SAVING),
			Causes.NETWORK_UNSTABLE, Set.of(Causes.NIC_POWER_SAVING),
			Causes.CERT_UNUSABLE, Set.of(Causes.MACHINEKEYS_INACCESSIBLE),
			Causes.SECURITY_DOWNGRADE, Set.of(Causes.CERT_UNUSABLE, Causes.MACHINEKEYS_INACCESSIBLE),
			Causes.TLS_HANDSHAKE_FAILED, Set.of(Causes.CERT_UNUSABLE, Causes.MACHINEKEYS_INACCESSIBLE));

	private CauseRanking() {
	}

	private static Set<String> explainedBy(String cause, Map<String, ProbeOutcome> outcomes) {
		if (cause.equals(Causes.CERT_NOT_YET_VALID) && validOnTheServersClock(outcomes)) {
			return Set.of(Causes.CLOCK_SKEW);
		}
		return EXPLAINED_BY.getOrDefault(cause, Set.of());
	}

	/**
	 * @return whether the certificate is already valid on the server's own clock (its NTLM time): then the clock
	 *         that runs ahead, not the certificate, is the cause
	 */
	private static boolean validOnTheServersClock(Map<String, ProbeOutcome> outcomes) {
		Object notBefore = Optional.ofNullable(outcomes.get(WellKnownEvidence.TLS_PROBE))
				.map(o -> o.evidence().get(WellKnownEvidence.CERT_NOT_BEFORE)).orElse(null);
		Object serverTime = Optional.ofNullable(outcomes.get(WellKnownEvidence.NTLM_PROBE))
				.map(o -> o.evidence().get(WellKnownEvidence.NTLM_SERVER_TIME)).orElse(null);
		return notBefore instanceof Instant start && serverTime instanceof Instant server && !start.isAfter(server);
	}

	/**
	 * @param findings a host's findings
	 * @param outcomes the host's probe outcomes, for the links that depend on evidence
	 * @return them with {@link Finding#causedBy()} set, the root causes first
	 */
	static List<Finding> rank(List<Finding> findings, Map<String, ProbeOutcome> outcomes) {
		Set<String> present = findings.stream().map(Finding::cause).collect(Collectors.toSet());
		List<Finding> roots = new ArrayList<>();
		List<Finding> consequences = new ArrayList<>();
		for (Finding finding : findings) {
			List<String> causes = explainedBy(finding.cause(), outcomes).stream()
					.filter(present::contains).filter(c -> !c.equals(finding.cause())).sorted().toList();
			(causes.isEmpty() ? roots : consequences).add(finding.withCausedBy(causes));
		}
		Map<String, Severity> worst = worstExplained(roots, consequences);
		roots.sort(Comparator.comparing((Finding f) -> worst.get(f.cause()),
				Comparator.comparingInt(Severity::getValue).reversed()).thenComparing(HostDiagnosis.RANKING));
		consequences.sort(HostDiagnosis.RANKING);
		roots.addAll(consequences);
		return roots;
	}

	/**
	 * @return for each cause, the worst severity among itself and every finding it explains, directly or through a
	 *         chain (a clock running ahead ranks with the certificate not valid yet that it causes)
	 */
	private static Map<String, Severity> worstExplained(List<Finding> roots, List<Finding> consequences) {
		Map<String, Severity> worst = new HashMap<>();
		roots.forEach(f -> worst.merge(f.cause(), f.severity(), CauseRanking::worse));
		consequences.forEach(f -> worst.merge(f.cause(), f.severity(), CauseRanking::worse));
		// a chain is at most as long as the host's findings: that many passes carry a severity to its roots
		for (int pass = 0; pass < consequences.size(); pass++) {
			boolean changed = false;
			for (Finding consequence : consequences) {
				Severity severity = worst.get(consequence.cause());
				for (String cause : consequence.causedBy()) {
					Severity before = worst.get(cause);
					Severity after = worse(before, severity);
					if (after != before) {
						worst.put(cause, after);
						changed = true;
					}
				}
			}
			if (!changed) {
				break;
			}
		}
		return worst;
	}

	private static Severity worse(Severity a, Severity b) {
		return a == null || b.getValue() > a.getValue() ? b : a;
	}
}
