package rdpdoctor.remediation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import rdpdoctor.core.Finding;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.Target;
import rdpdoctor.model.HostStatus;
import rdpdoctor.model.Severity;

/** The verifying diagnosis after a fix leaves out events and stability, unless the finding fixed cites them. */
class VerificationProbesTest {

	private static HostDiagnosis with(Finding... findings) {
		return new HostDiagnosis(new Target("ts01.example", 3389), "", HostStatus.FAILING, List.of(findings),
				List.of(), Instant.now(), Instant.now());
	}

	private static Finding finding(String cause, String... evidence) {
		return new Finding(cause, Severity.ERROR, 0.9, cause, cause, List.of(evidence), List.of(), List.of());
	}

	@Test
	void aCertificateFixIsVerifiedWithoutEventsAndStability() {
		HostDiagnosis before = with(finding("CERT_EXPIRED", "tls.notAfter", "xrdp.certificate"),
				finding("SESMAN_STOPPED", "events.count"));
		assertEquals(Set.of("events", "stability"), HostFix.leftOutOfVerification(before, "CERT_EXPIRED"));
	}

	@Test
	void aFindingThatCitesEventsIsVerifiedWithThem() {
		HostDiagnosis before = with(finding("SESMAN_STOPPED", "events.count", "xrdp.sesman"));
		assertEquals(Set.of("stability"), HostFix.leftOutOfVerification(before, "SESMAN_STOPPED"));
	}
}
