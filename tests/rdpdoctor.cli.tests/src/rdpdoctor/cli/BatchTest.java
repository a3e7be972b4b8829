package rdpdoctor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.model.Group;
import rdpdoctor.model.Host;
import rdpdoctor.model.Inventory;
import rdpdoctor.model.ModelFactory;
import rdpdoctor.model.persistence.InventoryStore;
import rdpdoctor.report.HostJson;
import rdpdoctor.report.JsonReportFile;
import rdpdoctor.tests.harness.FreePorts;

/**
 * Batch runs over an inventory of loopback targets (closed ports, listeners that never answer): sharding plus merge
 * equals the unsharded run, and a run resumes from the checkpoint an interrupted one left.
 */
class BatchTest {

	@TempDir
	Path dir;

	private final List<ServerSocket> silent = new ArrayList<>();
	private Path inventory;

	@BeforeEach
	void inventoryOfLoopbackTargets() throws IOException {
		Inventory inv = ModelFactory.eINSTANCE.createInventory();
		inv.setName("loopback");
		Group closed = ModelFactory.eINSTANCE.createGroup();
		closed.setName("closed");
		Group hung = ModelFactory.eINSTANCE.createGroup();
		hung.setName("hung");
		inv.getGroups().add(closed);
		inv.getGroups().add(hung);
		// listeners first, then closed ports picked while they listen: ten distinct targets
		for (int i = 0; i < 3; i++) {
			ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			silent.add(socket);
			hung.getHosts().add(host(socket.getLocalPort()));
		}
		for (int port : FreePorts.closedTcpPorts(7)) {
			closed.getHosts().add(host(port));
		}
		inventory = dir.resolve("fleet.rdpdoctor");
		InventoryStore.save(inv, inventory);
	}

	@AfterEach
	void closeListeners() throws IOException {
		for (ServerSocket s : silent) {
			s.close();
		}
	}

	private static Host host(int port) {
		Host h = ModelFactory.eINSTANCE.createHost();
		h.setName("127.0.0.1");
		h.setRdpPort(port);
		return h;
	}

	private int cli(String... args) {
		ByteArrayOutputStream sink = new ByteArrayOutputStream();
		PrintStream quiet = new PrintStream(sink, true, StandardCharsets.UTF_8);
		return new Cli(quiet, quiet, RegistryFactory.getRegistry()).run(args);
	}

	private static Set<String> verdicts(Iterable<HostDiagnosis> hosts) {
		Set<String> all = new TreeSet<>();
		for (HostDiagnosis h : hosts) {
			all.add(h.target() + " " + h.status() + " " + (h.findings().isEmpty() ? "-" : h.findings().get(0).cause()));
		}
		return all;
	}

	@Test
	void threeShardsMergedEqualTheUnshardedRun() throws IOException {
		Path whole = dir.resolve("whole.json");
		assertEquals(ExitCodes.FINDINGS, cli("batch", "--inventory", inventory.toString(), "--report",
				whole.toString(), "--timeout-ms", "500"));
		List<String> shards = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			Path shard = dir.resolve("shard" + i + ".json");
			cli("batch", "--inventory", inventory.toString(), "--report", shard.toString(), "--shard", i + "/3",
					"--timeout-ms", "500");
			shards.add(shard.toString());
		}
		Path merged = dir.resolve("merged.json");
		List<String> merge = new ArrayList<>(List.of("merge", "--report", merged.toString()));
		merge.addAll(shards);
		assertEquals(ExitCodes.OK, cli(merge.toArray(String[]::new)));

		Set<String> expected = verdicts(new JsonReportFile(whole));
		assertEquals(10, expected.size());
		assertEquals(expected, verdicts(new JsonReportFile(merged)));
		assertEquals(4, new JsonReportFile(Path.of(shards.get(0))).check(), "shard 1/3 takes hosts 1, 4, 7, 10");
		assertTrue(expected.stream().anyMatch(v -> v.endsWith("SERVICE_NOT_RESPONDING")), expected.toString());
	}

	@Test
	void aRunResumesFromTheCheckpointOfAnInterruptedOne() throws IOException {
		// an interrupted run left 2 hosts in the checkpoint (a marker shows they are not diagnosed again)
		Path report = dir.resolve("fleet.csv");
		Path checkpoint = Path.of(report + ".checkpoint.jsonl");
		Path first = dir.resolve("first.json");
		cli("batch", "--inventory", inventory.toString(), "--report", first.toString(), "--shard", "1/5",
				"--timeout-ms", "500");
		List<String> lines = new ArrayList<>();
		for (HostDiagnosis h : new JsonReportFile(first)) {
			lines.add(HostJson.line(h).replace("\"startedAt\":\"", "\"startedAt\":\"").replace(
					"\"message\":\"", "\"message\":\"from the first run; "));
		}
		assertEquals(2, lines.size());
		lines.add(0, new Checkpoint(checkpoint, inventory, "1/1").header());
		Files.write(checkpoint, lines);
		Files.writeString(checkpoint, "{\"target\":\"127.0.0.1:1\",\"addr", java.nio.file.StandardOpenOption.APPEND);

		assertEquals(ExitCodes.FINDINGS, cli("batch", "--inventory", inventory.toString(), "--report",
				report.toString(), "--timeout-ms", "500", "--format", "json"));

		List<HostDiagnosis> all = new ArrayList<>();
		new JsonReportFile(report).forEach(all::add);
		assertEquals(10, all.size(), "2 from the checkpoint, 8 diagnosed now; the torn line is ignored");
		assertEquals(2, all.stream().filter(h -> h.outcomes().get(0).message().startsWith("from the first run")).count());
		assertFalse(Files.exists(checkpoint), "a complete run removes its checkpoint");
	}

	@Test
	void badInputIsExitCode2NamingIt() {
		assertEquals(ExitCodes.USAGE, cli("batch", "--inventory", dir.resolve("missing.rdpdoctor").toString(),
				"--report", dir.resolve("r.json").toString()));
		assertEquals(ExitCodes.USAGE, cli("batch", "--inventory", inventory.toString(), "--report",
				dir.resolve("r.json").toString(), "--shard", "4/3"));
		assertEquals(ExitCodes.USAGE, cli("batch", "--inventory", inventory.toString(), "--report",
				dir.resolve("r.pdf").toString(), "--format", "pdf"));
	}

	/**
	 * {@code batch --targets} and {@code -iL}: the same hosts as the inventory's, given as nmap takes them (a
	 * 127.0.0.1-1 range with ports, a file with comments), give the same verdicts; the two sources exclude each other.
	 */
	@Test
	void targetsGivenAsNmapTakesThemAreDiagnosedAsTheInventorysHosts() throws IOException {
		Path whole = dir.resolve("whole.json");
		cli("batch", "--inventory", inventory.toString(), "--report", whole.toString(), "--timeout-ms", "500");
		List<String> targets = new ArrayList<>();
		for (HostDiagnosis h : new JsonReportFile(whole)) {
			targets.add(h.target().toString());
		}
		assertEquals(10, targets.size());
		List<String> ranges = targets.stream().map(t -> t.replace("127.0.0.1:", "127.0.0.1-1:")).toList();
		Path byTargets = dir.resolve("targets.json");
		assertEquals(ExitCodes.FINDINGS, cli("batch", "--targets", String.join(",", ranges.subList(0, 5)),
				"--targets", String.join(" ", ranges.subList(5, 10)), "--report", byTargets.toString(),
				"--timeout-ms", "500"));
		assertEquals(verdicts(new JsonReportFile(whole)), verdicts(new JsonReportFile(byTargets)));

		Path file = dir.resolve("targets.txt");
		Files.writeString(file, "# the fleet\n" + String.join("\n", targets) + "  # last\n");
		Path byFile = dir.resolve("file.json");
		assertEquals(ExitCodes.FINDINGS, cli("batch", "-iL", file.toString(), "--report", byFile.toString(),
				"--timeout-ms", "500"));
		assertEquals(verdicts(new JsonReportFile(whole)), verdicts(new JsonReportFile(byFile)));

		assertEquals(ExitCodes.USAGE, cli("batch", "--inventory", inventory.toString(), "--targets", targets.get(0),
				"--report", dir.resolve("both.json").toString()));
		assertEquals(ExitCodes.USAGE, cli("batch", "--targets", "10.0.0.0/8", "--report",
				dir.resolve("huge.json").toString()));
		assertEquals(ExitCodes.USAGE, cli("batch", "-iL", file.toString(), "--report", file.toString()),
				"the report may not overwrite the targets file");
		assertTrue(Files.readString(file).startsWith("# the fleet"));
	}
}
