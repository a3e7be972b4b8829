package rdpdoctor.probes.host.rules;

import java.util.List;
import java.util.Optional;

import rdpdoctor.core.Finding;
import rdpdoctor.core.IRule;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.RuleContext;
import rdpdoctor.core.WellKnownEvidence;
import rdpdoctor.model.Severity;
import rdpdoctor.probes.host.windows.WindowsProbe;
import rdpdoctor.probes.host.xrdp.XrdpProbe;

/**
 * The certificate the host holds beside the one the network was shown: when they differ, something else answers on
 * the host's name or port (a TLS-terminating gateway or load balancer, another machine the name resolves to) or the
 * listener has not taken a newly bound certificate yet.
 */
public class HostCertificateRules implements IRule {

	/** The certificate presented on the RDP port is not the one the host is configured with. */
	public static final String HOST_CERT_MISMATCH = "HOST_CERT_MISMATCH";

	@Override
	public List<Finding> evaluate(RuleContext context) {
		ProbeOutcome tls = context.outcome(WellKnownEvidence.TLS_PROBE).filter(ProbeOutcome::ok).orElse(null);
		if (tls == null) {
			return List.of();
		}
		String host = context.target().host();
		Optional<String> presented = tls.text(WellKnownEvidence.CERT_SHA1);
		Optional<String> bound = context.outcome(WindowsProbe.ID).filter(ProbeOutcome::ok)
				.flatMap(w -> w.text("boundThumbprint"));
		if (presented.isPresent() && bound.isPresent() && !presented.get().equalsIgnoreCase(bound.get())) {
			return List.of(mismatch(host, "thumbprint " + presented.get(), "thumbprint " + bound.get(),
					List.of("tls." + WellKnownEvidence.CERT_SHA1, "windows.boundThumbprint")));
		}
		Optional<ProbeOutcome> xrdp = context.outcome(XrdpProbe.ID).filter(ProbeOutcome::ok)
				.filter(x -> x.text(WellKnownEvidence.HOST_SIDE).map(Boolean::parseBoolean).orElse(false));
		Optional<String> configured = xrdp.flatMap(x -> x.text("certSha1"));
		if (presented.isPresent() && configured.isPresent()) { // the instance serving the port: by thumbprint
			return presented.get().equalsIgnoreCase(configured.get()) ? List.of()
					: List.of(mismatch(host, "thumbprint " + presented.get(), "thumbprint " + configured.get() + " ("
							+ xrdp.get().text("certificate").orElse("") + " of " + xrdp.get().text("ini").orElse("")
							+ ")", List.of("tls." + WellKnownEvidence.CERT_SHA1, "xrdp.certSha1", "xrdp.certificate")));
		}
		Optional<String> held = xrdp.flatMap(x -> x.text("certNotAfter"));
		Optional<String> shown = tls.text(WellKnownEvidence.CERT_NOT_AFTER);
		Optional<String> heldSubject = xrdp.flatMap(x -> x.text("certSubject"));
		Optional<String> shownSubject = tls.text(WellKnownEvidence.CERT_SUBJECT);
		if (held.isPresent() && shown.isPresent() && heldSubject.isPresent() && shownSubject.isPresent()
				&& !(held.get().equals(shown.get()) && heldSubject.get().equals(shownSubject.get()))) {
			return List.of(mismatch(host, shownSubject.get() + " until " + shown.get(), heldSubject.get() + " until "
					+ held.get(), List.of("tls." + WellKnownEvidence.CERT_SUBJECT, "tls."
							+ WellKnownEvidence.CERT_NOT_AFTER, "xrdp.certSubject", "xrdp.certNotAfter")));
		}
		return List.of();
	}

	private static Finding mismatch(String host, String presented, String held, List<String> evidence) {
		return Finding.of(HOST_CERT_MISMATCH, Severity.WARNING).confidence(0.8)
				.title("The certificate presented for " + host + " is not the one the host holds")
				.explanation("The network was shown " + presented + "; on the host (over SSH) Remote Desktop is set to "
						+ held + " (evidence " + String.join(", ", evidence) + "). Something else answers on this name"
						+ " and port (a TLS-terminating gateway or load balancer, another machine the name resolves"
						+ " to), or the listener has not taken the newly set certificate yet (restart TermService or"
						+ " xrdp). Fix the name or the path first: findings about the presented certificate may be"
						+ " about another machine.")
				.evidence(evidence.toArray(String[]::new)).build();
	}
}
