package rdpdoctor.remediation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;

import rdpdoctor.core.Finding;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.Target;
import rdpdoctor.model.HostStatus;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.model.Severity;
import rdpdoctor.remediation.RemediationIds;
import rdpdoctor.remediation.Remediations;

/**
 * A plan is a workaround (a temporary step that lowers security, said so where it is shown) when its contribution in
 * plugin.xml says {@code workaround="true"}, and only then: the remediation's own code does not decide it.
 */
class HostFixWorkaroundTest {

	private static HostDiagnosis windowsHostWith(String cause) {
		ProbeOutcome ssh = new ProbeOutcome("ssh", ProbeStatus.OK, 1, "", Map.of("system", "WINDOWS"));
		Finding finding = new Finding(cause, Severity.ERROR, 0.9, cause, cause, List.of(), List.of(), List.of());
		return new HostDiagnosis(new Target("ts01.example", 3389), "10.0.0.5", HostStatus.FAILING, List.of(finding),
				List.of(ssh), Instant.now(), Instant.now());
	}

	private static HostFix.Planned plan(String cause) throws HostFix.NoPlan {
		return HostFix.plan(windowsHostWith(cause), cause, Remediations.of(RegistryFactory.getRegistry()));
	}

	@Test
	void theCredSspWorkaroundIsOneAsPluginXmlDeclares() throws HostFix.NoPlan {
		HostFix.Planned planned = plan("CREDSSP_POLICY_BLOCKS");
		assertEquals(RemediationIds.CREDSSP_WORKAROUND, planned.plan().remediation());
		assertTrue(planned.descriptor().workaround());
		assertTrue(planned.plan().workaround(), "marked so in the plan the admin confirms");
		assertTrue(PlanText.lines(planned.plan(), planned.descriptor().name()).stream()
				.anyMatch(line -> line.toLowerCase(java.util.Locale.ROOT).contains("workaround")),
				"and said so where the plan is shown");
	}

	@Test
	void aFixThatIsNoWorkaroundIsNotMarkedOne() throws HostFix.NoPlan {
		HostFix.Planned planned = plan("NLA_NOT_ENFORCED");
		assertEquals(RemediationIds.REQUIRE_NLA, planned.plan().remediation());
		assertFalse(planned.descriptor().workaround());
		assertFalse(planned.plan().workaround());
	}
}
