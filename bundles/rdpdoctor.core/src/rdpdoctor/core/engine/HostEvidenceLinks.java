package rdpdoctor.core.engine;

import static rdpdoctor.core.WellKnownEvidence.HOST_BOUND_THUMBPRINT;
import static rdpdoctor.core.WellKnownEvidence.HOST_CERTIFICATE;
import static rdpdoctor.core.WellKnownEvidence.HOST_CERT_NOT_AFTER;
import static rdpdoctor.core.WellKnownEvidence.HOST_CERT_SUBJECT;
import static rdpdoctor.core.WellKnownEvidence.HOST_SECURITY_LAYER;
import static rdpdoctor.core.WellKnownEvidence.HOST_USER_AUTHENTICATION;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import rdpdoctor.core.Causes;
import rdpdoctor.core.Finding;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.WellKnownEvidence;

/**
 * Puts the host's own evidence beside the network findings it bears on: a certificate finding cites the certificate
 * the host holds, a security-layer or NLA finding the layer the host is set to, whenever a host-side probe (one that
 * put {@link WellKnownEvidence#HOST_SIDE} and the {@code HOST_} keys) read them. The finding's cause is
 * unchanged; its evidence gains the references and its explanation one sentence with the values.
 */
final class HostEvidenceLinks {

	private static final List<String> CERTIFICATE = List.of(HOST_CERTIFICATE, HOST_CERT_SUBJECT, HOST_CERT_NOT_AFTER,
			HOST_BOUND_THUMBPRINT);
	private static final List<String> LAYER = List.of(HOST_SECURITY_LAYER, HOST_USER_AUTHENTICATION);
	private static final Map<String, List<String>> KEYS = Map.ofEntries(
			Map.entry(Causes.CERT_EXPIRED, CERTIFICATE), Map.entry(Causes.CERT_EXPIRING_SOON, CERTIFICATE),
			Map.entry(Causes.CERT_NOT_YET_VALID, CERTIFICATE), Map.entry(Causes.CERT_SELF_SIGNED, CERTIFICATE),
			Map.entry(Causes.CERT_NAME_MISMATCH, CERTIFICATE), Map.entry(Causes.CERT_UNTRUSTED, CERTIFICATE),
			Map.entry(Causes.SECURITY_LAYER_TLS_REQUIRED, LAYER), Map.entry(Causes.SECURITY_DOWNGRADE, LAYER),
			Map.entry(Causes.NLA_REQUIRED, LAYER), Map.entry(Causes.NLA_NOT_ENFORCED, LAYER));

	private HostEvidenceLinks() {
	}

	/**
	 * @param findings a host's findings
	 * @param outcomes its probe outcomes
	 * @return the findings, those the host's evidence bears on with it cited
	 */
	static List<Finding> attach(List<Finding> findings, Map<String, ProbeOutcome> outcomes) {
		List<Finding> linked = new ArrayList<>(findings.size());
		for (Finding finding : findings) {
			List<String> refs = new ArrayList<>();
			List<String> values = new ArrayList<>();
			for (String key : KEYS.getOrDefault(finding.cause(), List.of())) {
				outcomes.forEach((id, outcome) -> {
					Object value = outcome.evidence().get(key);
					if (Boolean.TRUE.equals(outcome.evidence().get(WellKnownEvidence.HOST_SIDE)) && outcome.ok() && value != null
							&& !finding.evidence().contains(id + "." + key)) {
						refs.add(id + "." + key);
						values.add(id + "." + key + " = " + value);
					}
				});
			}
			linked.add(refs.isEmpty() ? finding : finding.withHostEvidence(refs, "On the host itself: "
					+ String.join(", ", values.stream().sorted().toList()) + "."));
		}
		return linked;
	}
}
