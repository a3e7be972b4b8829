package rdpdoctor.probes.host.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.Finding;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.RuleContext;
import rdpdoctor.core.Target;
import rdpdoctor.core.WellKnownEvidence;
import rdpdoctor.model.ProbeStatus;

class HostCertificateRulesTest {

	private static final Instant NOT_AFTER = Instant.parse("2027-05-01T08:00:00Z");

	@Test
	void aPresentedThumbprintThatIsNotTheBoundOneIsAMismatch() {
		assertEquals(List.of(HostCertificateRules.HOST_CERT_MISMATCH),
				causes(tls("AA11", "CN=gateway"), probe("windows", Map.of("boundThumbprint", "BB22"))));
		assertEquals(List.of(), causes(tls("AA11", "CN=ts01"), probe("windows", Map.of("boundThumbprint", "aa11"))));
	}

	@Test
	void anXrdpCertificateOtherThanThePresentedOneIsAMismatch() {
		assertEquals(List.of(HostCertificateRules.HOST_CERT_MISMATCH), causes(tls("AA11", "CN=gateway"),
				probe("xrdp", Map.of("hostSide", true, "certSubject", "CN=ts01", "certNotAfter", NOT_AFTER))));
		assertEquals(List.of(), causes(tls("AA11", "CN=ts01"),
				probe("xrdp", Map.of("hostSide", true, "certSubject", "CN=ts01", "certNotAfter", NOT_AFTER))));
		assertEquals(List.of(), causes(tls("AA11", "CN=ts01"), probe("xrdp", Map.of())), "nothing read: no word");
	}

	@Test
	void theServingXrdpsCertificateIsComparedByThumbprintAndAnotherInstancesNever() {
		Map<String, Object> serving = Map.of("hostSide", true, "certSha1", "AA11", "certificate", "/srv/a/cert.pem",
				"ini", "/srv/a/xrdp.ini", "certSubject", "CN=other", "certNotAfter", NOT_AFTER);
		assertEquals(List.of(), causes(tls("aa11", "CN=ts01"), probe("xrdp", serving)),
				"the same thumbprint, whatever the subject says");
		assertEquals(List.of(HostCertificateRules.HOST_CERT_MISMATCH), causes(tls("BB22", "CN=ts01"),
				probe("xrdp", serving)));
		assertEquals(List.of(), causes(tls("BB22", "CN=ts01"), probe("xrdp", Map.of("ambiguous", true,
				"instances", List.of("PID 1 /usr/sbin/xrdp /srv/a/xrdp.ini port 3390")))),
				"no instance tied to the port: nothing compared");
	}

	private static ProbeOutcome tls(String sha1, String subject) {
		return new ProbeOutcome(WellKnownEvidence.TLS_PROBE, ProbeStatus.OK, 1, "", Map.of(WellKnownEvidence.CERT_SHA1,
				sha1, WellKnownEvidence.CERT_SUBJECT, subject, WellKnownEvidence.CERT_NOT_AFTER, NOT_AFTER));
	}

	private static ProbeOutcome probe(String id, Map<String, Object> evidence) {
		return new ProbeOutcome(id, ProbeStatus.OK, 1, "", evidence);
	}

	private static List<String> causes(ProbeOutcome... outcomes) {
		Map<String, ProbeOutcome> byId = new java.util.LinkedHashMap<>();
		for (ProbeOutcome o : outcomes) {
			byId.put(o.probeId(), o);
		}
		return new HostCertificateRules().evaluate(new RuleContext(new Target("ts01.corp.example", 3389),
				DiagnosisSettings.defaults(), byId)).stream().map(Finding::cause).toList();
	}
}
