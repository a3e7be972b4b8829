package rdpdoctor.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import rdpdoctor.core.Causes;
import rdpdoctor.core.Finding;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.WellKnownEvidence;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.model.Severity;

/** The host's own evidence beside the network findings: only a host-side probe's, only where it bears. */
class HostEvidenceLinksTest {

	private static final Map<String, ProbeOutcome> OUTCOMES = Map.of(
			"x224", new ProbeOutcome("x224", ProbeStatus.OK, 5, "", Map.of("securityLayer", "SSL")),
			"xrdp", new ProbeOutcome("xrdp", ProbeStatus.OK, 5, "", Map.of(WellKnownEvidence.HOST_SIDE, true,
					"securityLayer", "tls", "certNotAfter", "2020-01-31T00:00:00Z")));

	private static Finding finding(String cause) {
		return Finding.of(cause, Severity.WARNING).title(cause).explanation("Seen on the network.")
				.evidence("x224.securityLayer").build();
	}

	@Test
	void aSecurityLayerFindingCitesTheHostsSettingNotTheNetworkProbesOwnKey() {
		Finding linked = HostEvidenceLinks.attach(List.of(finding(Causes.SECURITY_LAYER_TLS_REQUIRED)), OUTCOMES)
				.get(0);

		assertEquals(List.of("x224.securityLayer", "xrdp.securityLayer"), linked.evidence());
		assertEquals("Seen on the network. On the host itself: xrdp.securityLayer = tls.", linked.explanation());
	}

	@Test
	void aCertificateFindingCitesTheCertificateTheHostHolds() {
		Finding linked = HostEvidenceLinks.attach(List.of(finding(Causes.CERT_EXPIRED)), OUTCOMES).get(0);

		assertTrue(linked.evidence().contains("xrdp.certNotAfter"), linked.evidence().toString());
		assertTrue(linked.explanation().endsWith("xrdp.certNotAfter = 2020-01-31T00:00:00Z."), linked.explanation());
	}

	@Test
	void findingsTheHostsEvidenceDoesNotBearOnAndHostsNotReadAreLeftAlone() {
		Finding closed = finding(Causes.PORT_CLOSED);
		assertSame(closed, HostEvidenceLinks.attach(List.of(closed), OUTCOMES).get(0));

		Finding expired = finding(Causes.CERT_EXPIRED);
		Map<String, ProbeOutcome> failed = Map.of("xrdp", new ProbeOutcome("xrdp", ProbeStatus.TIMEOUT, 5, "",
				Map.of(WellKnownEvidence.HOST_SIDE, true, "certNotAfter", "2020-01-31T00:00:00Z")));
		assertSame(expired, HostEvidenceLinks.attach(List.of(expired), failed).get(0));
	}
}
