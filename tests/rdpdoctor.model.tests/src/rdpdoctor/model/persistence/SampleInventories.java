package rdpdoctor.model.persistence;

import java.util.Date;

import rdpdoctor.model.Evidence;
import rdpdoctor.model.EvidenceType;
import rdpdoctor.model.FindingRecord;
import rdpdoctor.model.Group;
import rdpdoctor.model.Host;
import rdpdoctor.model.HostPlatform;
import rdpdoctor.model.HostStatus;
import rdpdoctor.model.Inventory;
import rdpdoctor.model.ModelFactory;
import rdpdoctor.model.ProbeResult;
import rdpdoctor.model.ProbeRun;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.model.Severity;

/** Inventories with every kind of element, for the tests. */
final class SampleInventories {

	private static final ModelFactory F = ModelFactory.eINSTANCE;

	private SampleInventories() {
	}

	/** Nested groups, hosts with all fields, one probe run with evidence and a finding citing it. */
	static Inventory full(int hostsPerGroup) {
		Inventory inventory = F.createInventory();
		inventory.setName("Lab & \"friends\" <ünïcode>");
		Group sites = group("Sites");
		Group berlin = group("Berlin");
		sites.getGroups().add(berlin);
		inventory.getGroups().add(sites);
		for (int i = 0; i < hostsPerGroup; i++) {
			berlin.getHosts().add(host("ts" + i + ".berlin.example", i));
		}
		Host top = host("jump.example", 99);
		top.getRuns().add(run());
		inventory.getHosts().add(top);
		return inventory;
	}

	static Group group(String name) {
		Group group = F.createGroup();
		group.setName(name);
		return group;
	}

	static Host host(String name, int n) {
		Host host = F.createHost();
		host.setName(name);
		host.setAddress("192.0.2." + (n % 250 + 1));
		host.setRdpPort(3389 + n % 3);
		host.setSshPort(22);
		host.setSshUser("admin");
		host.setPlatform(HostPlatform.WINDOWS);
		host.getTags().add("prod");
		host.getTags().add("rds");
		host.setNotes("line one\nline two");
		return host;
	}

	static ProbeRun run() {
		ProbeRun run = F.createProbeRun();
		run.setStarted(new Date(1_700_000_000_000L));
		run.setFinished(new Date(1_700_000_001_000L));
		run.setTarget("jump.example:3389");
		run.setAddress("192.0.2.7");
		run.setPort(3389);
		run.setStatus(HostStatus.UNREACHABLE);
		ProbeResult tcp = F.createProbeResult();
		tcp.setProbeId("tcp");
		tcp.setStatus(ProbeStatus.FAILED);
		tcp.setDurationMs(12);
		tcp.setMessage("refused");
		Evidence outcome = F.createEvidence();
		outcome.setKey("outcome");
		outcome.setType(EvidenceType.TEXT);
		outcome.setValue("REFUSED");
		tcp.getEvidence().add(outcome);
		run.getResults().add(tcp);
		FindingRecord finding = F.createFindingRecord();
		finding.setCauseId("PORT_CLOSED");
		finding.setSeverity(Severity.ERROR);
		finding.setConfidence(0.9);
		finding.setTitle("Connection refused");
		finding.setExplanation("TCP: refused");
		finding.getEvidence().add(outcome);
		finding.getRemediationIds().add("start-rdp-service");
		run.getFindings().add(finding);
		return run;
	}
}
