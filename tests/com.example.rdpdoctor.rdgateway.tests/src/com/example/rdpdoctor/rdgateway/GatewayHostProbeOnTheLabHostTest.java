package com.example.rdpdoctor.rdgateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.Finding;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.Installed;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.Target;
import rdpdoctor.core.settings.DiagnosisSetting;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.tests.harness.LabHostExtension;

/**
 * docs/extending.md's third-party host probe, run by the installed engine against the lab's Linux host with xrdp (real
 * OpenSSH, in namespaces of its own): it reads the host over the connection the {@code ssh} probe opened (no login of
 * its own) and names what listens on the gateway's port. The Windows script's output is read as Get-Service and
 * Get-NetTCPConnection write it (Windows itself cannot run here).
 */
class GatewayHostProbeOnTheLabHostTest {

	@RegisterExtension
	static final LabHostExtension LAB = new LabHostExtension("rdpgw1", 16);

	@TempDir
	static Path dir;

	@Test
	void theProbeReadsTheHostOverTheDiagnosisConnection() {
		HostDiagnosis onXrdpPort = diagnose(LAB.host().address() + ":3389");
		assertEquals(ProbeStatus.OK, outcome(onXrdpPort, "ssh").status(), "logged in once");
		ProbeOutcome listened = outcome(onXrdpPort, GatewayHostProbe.ID);
		assertEquals(ProbeStatus.OK, listened.status(), listened.message());
		assertEquals("true", listened.text("listening").orElseThrow(), "xrdp listens on 3389 in the host's namespace");
		assertEquals(3389L, listened.number("port").orElseThrow());

		ProbeOutcome silent = outcome(diagnose(LAB.host().address()), GatewayHostProbe.ID);
		assertEquals(ProbeStatus.OK, silent.status(), silent.message());
		assertEquals("false", silent.text("listening").orElseThrow(), "nothing listens on 443 there");
		assertTrue(silent.message().contains("nothing listens on port 443"), silent.message());
	}

	@Test
	void anotherHostsGatewayIsNotReadOverThisHostsConnection() {
		ProbeOutcome other = outcome(diagnose("10.213.9.254:443"), GatewayHostProbe.ID);
		assertEquals(ProbeStatus.SKIPPED, other.status());
		assertTrue(other.message().contains("another host"), other.message());
	}

	@Test
	void windowsServiceStatesAndListenersAsPowerShellWritesThem() {
		var report = new rdpdoctor.core.ProbeReport();
		GatewayHostProbe.read("service\tTSGateway\tStopped\r\nservice\tW3SVC\tRunning\r\nlisten\tSystem\r\n", 443,
				report);
		ProbeOutcome outcome = report.toOutcome(GatewayHostProbe.ID, 1);
		assertEquals("Stopped", outcome.text("tsgateway").orElseThrow());
		assertEquals("Running", outcome.text("iis").orElseThrow());
		assertEquals("true", outcome.text("listening").orElseThrow());
		assertEquals("listen\txrdp\nlisten\t\n", GatewayHostProbe.fromSs(
				"LISTEN 0 2 0.0.0.0:3389 0.0.0.0:* users:((\"xrdp\",pid=42,fd=11))\nLISTEN 0 2 [::]:3389 [::]:*\n"));
	}

	private static HostDiagnosis diagnose(String gateway) {
		Map<String, String> extra = Map.of(GatewayAddress.SETTING, gateway,
				DiagnosisSetting.SSH_USER.key(), LAB.host().user(),
				DiagnosisSetting.SSH_IDENTITY.key(), LAB.host().clientKey().toString(),
				DiagnosisSetting.SSH_KNOWN_HOSTS.key(), dir.resolve("known_hosts").toString(),
				DiagnosisSetting.SSH_ACCEPT_NEW_HOST_KEY.key(), "true");
		List<String> problems = new ArrayList<>();
		DiagnosisSettings settings = DiagnosisSettings.defaults().withTimeoutMs(5000).withExtras(extra);
		var engine = Installed.engine(RegistryFactory.getRegistry(), settings, problems::add).orElseThrow();
		assertEquals(List.of(), problems, "the example's contributions load without warnings");
		HostDiagnosis result = engine.diagnose(List.of(new Target(LAB.host().address(), Target.DEFAULT_RDP_PORT)), null,
				new NullProgressMonitor()).get(0);
		assertTrue(result.findings().stream().map(Finding::cause)
				.noneMatch(RdGatewayRules.SERVICE_STOPPED::equals), "no Windows service on a Linux host");
		return result;
	}

	private static ProbeOutcome outcome(HostDiagnosis diagnosis, String id) {
		return diagnosis.outcomes().stream().filter(o -> o.probeId().equals(id)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + id + " in " + diagnosis.outcomes()));
	}
}
