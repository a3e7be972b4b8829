package rdpdoctor.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.Target;
import rdpdoctor.core.Untrusted;
import rdpdoctor.core.engine.DiagnosisEngine;
import rdpdoctor.core.internal.ReportFormatRegistry;
import rdpdoctor.core.inventory.InventoryWalk;
import rdpdoctor.core.settings.DiagnosisDepth;
import rdpdoctor.core.settings.DiagnosisSetting;
import rdpdoctor.model.Host;
import rdpdoctor.model.Inventory;
import rdpdoctor.model.persistence.InventoryStore;
import rdpdoctor.model.persistence.SafeFiles;

/**
 * {@code rdpdoctor batch (--inventory FILE | --targets TARGET,... | -iL FILE) --report FILE [--format
 * html|json|junit|csv] [--concurrency N] [--timeout-ms N] [--shard I/N] ...}: diagnoses an inventory, or targets as
 * nmap takes them ({@link TargetArguments}), headless. Results go to a checkpoint file as they
 * finish (so memory stays bounded and an interrupted run resumes where it stopped), and the report is written from
 * it at the end, also after Ctrl-C.
 */
final class BatchCommand {

	/** Hosts diagnosed at once when nothing else is said: enough to hide the deadlines of dead hosts. */
	static final int DEFAULT_CONCURRENCY = 256;
	private static final int DEFAULT_SSH_PORT = 22;

	private final PrintStream out;
	private final PrintStream err;
	private final IExtensionRegistry registry;

	BatchCommand(PrintStream out, PrintStream err, IExtensionRegistry registry) {
		this.out = out;
		this.err = err;
		this.registry = registry;
	}

	int run(Options options) throws UsageException {
		if (options.named.containsKey("--remediate")) {
			return new BatchRemediation(out, err, registry).run(options);
		}
		String inventoryName = options.named.get("--inventory");
		List<String> targetArguments = options.repeated.getOrDefault("--targets", List.of()).stream()
				.flatMap(value -> java.util.Arrays.stream(value.split("[\\s,]+"))).filter(t -> !t.isEmpty()).toList();
		String targetsFile = options.named.get("--targets-file");
		boolean targetsGiven = !targetArguments.isEmpty() || targetsFile != null;
		if ((inventoryName == null || inventoryName.isBlank()) == !targetsGiven) {
			throw new UsageException("batch needs either --inventory FILE or targets (--targets TARGET,... or "
					+ "--targets-file FILE)");
		}
		Path reportFile = Path.of(required(options, "--report"));
		ReportFormatRegistry.Descriptor format = ReportWriter.format(registry,
				options.named.getOrDefault("--format", formatOf(reportFile)), err);
		int[] shard = shard(options.named.get("--shard"));
		DiagnosisSettings settings = DiagnoseCommand.settings(options, DEFAULT_CONCURRENCY);
		Path checkpointFile = Path.of(options.named.getOrDefault("--checkpoint", reportFile + ".checkpoint.jsonl"));
		Path inputFile = targetsGiven ? (targetsFile == null || targetsFile.equals("-") ? null : Path.of(targetsFile))
				: Path.of(inventoryName);
		try {
			SafeFiles.checkOutput(reportFile, "--report", inputFile == null ? new Path[0] : new Path[] { inputFile });
			SafeFiles.checkOutput(checkpointFile, "--checkpoint", inputFile == null ? new Path[] { reportFile }
					: new Path[] { inputFile, reportFile });
		} catch (IOException e) {
			throw new UsageException(e.getMessage());
		}
		Map<String, String> groups = new LinkedHashMap<>();
		Batch batch = targetsGiven ? fromTargets(TargetArguments.read(targetArguments, targetsFile, System.in), shard,
				groups) : fromInventory(Path.of(inventoryName), shard, groups, settings);
		try (RunLock lock = RunLock.take(reportFile)) {
			Checkpoint checkpoint = new Checkpoint(checkpointFile, batch.source(), shard[0] + "/" + shard[1]);
			return run(batch, reportFile, format, shard, settings, groups, checkpoint, options);
		} catch (IOException e) {
			throw new UsageException(e.getMessage());
		}
	}

	/**
	 * What a batch diagnoses.
	 *
	 * @param title   the report's title
	 * @param source  what the checkpoint names as the run's input
	 * @param shown   what the report names as the run's input
	 * @param targets this shard's targets
	 * @param own     each host's own settings (SSH user and port of its inventory entry)
	 */
	private record Batch(String title, String source, String shown, List<Target> targets,
			Map<String, Map<String, String>> own) {
	}

	private static Batch fromInventory(Path inventoryFile, int[] shard, Map<String, String> groups,
			DiagnosisSettings settings) throws UsageException {
		Inventory inventory;
		try {
			inventory = InventoryStore.load(inventoryFile);
		} catch (IOException e) {
			throw new UsageException("cannot read the inventory: " + e.getMessage());
		}
		List<Target> targets = targets(inventoryFile, inventory, shard, groups);
		Map<String, Map<String, String>> own = settings.extra().containsKey(DiagnosisSetting.SSH_USER.key())
				? hostSettings(inventoryFile, inventory) : Map.of();
		return new Batch(title(inventory, inventoryFile), inventoryFile.toAbsolutePath().normalize().toString(),
				inventoryFile.toString(), targets, own);
	}

	/** The targets of the command line, each once, this shard's only; the checkpoint knows them by their digest. */
	private static Batch fromTargets(List<Target> given, int[] shard, Map<String, String> groups)
			throws UsageException {
		if (given.isEmpty()) {
			throw new UsageException("batch: no target given");
		}
		Map<String, Target> all = new LinkedHashMap<>();
		given.forEach(t -> all.putIfAbsent(t.toString(), t));
		List<Target> mine = shardOf(all.values(), shard);
		mine.forEach(t -> groups.put(t.toString(), ""));
		String source = "targets:" + digest(String.join("\n", all.keySet()));
		String title = all.size() == 1 ? all.keySet().iterator().next() : all.size() + " targets";
		return new Batch(title, source, "--targets (" + all.size() + ")", mine, Map.of());
	}

	private static String digest(String text) {
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 0, 8);
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java", e);
		}
	}

	private int run(Batch batch, Path reportFile, ReportFormatRegistry.Descriptor format, int[] shard,
			DiagnosisSettings settings, Map<String, String> groups, Checkpoint checkpoint, Options options)
			throws UsageException {
		List<Target> targets = batch.targets();
		Map<String, Map<String, String>> own = batch.own();
		Set<String> done;
		try {
			checkpoint.claim();
			done = checkpoint.done();
		} catch (IOException | UncheckedIOException e) {
			throw new UsageException(e.getMessage());
		}
		List<Target> todo = targets.stream().filter(t -> !done.contains(t.toString())).toList();
		if (!done.isEmpty() && !options.quiet()) {
			err.println("rdpdoctor batch: resuming from " + checkpoint.file() + ": " + (targets.size() - todo.size())
					+ " of " + targets.size() + " hosts already done");
		}
		Instant started = Instant.now();
		Progress progress = new Progress(options.quiet() ? new PrintStream(java.io.OutputStream.nullOutputStream()) : err, targets.size(),
				targets.size() - todo.size(), Progress.stderrIsTerminal(), options.verbose());
		NullProgressMonitor monitor = new NullProgressMonitor();
		CountDownLatch finished = new CountDownLatch(1);
		java.util.function.IntSupplier signal = Interrupts.cancelOnSignal(monitor, finished, err);
		Optional<DiagnosisEngine> engine = InstalledEngine.open(registry, settings, err);
		if (engine.isEmpty()) {
			return ExitCodes.INTERNAL;
		}
		boolean stopped = false;
		try {
			engine.get().withHostSettings(t -> own.getOrDefault(t.toString(), Map.of())).stream(todo.iterator(),
					todo.size(), d -> {
				checkpoint.append(d);
				progress.hostDone(d);
			}, monitor);
		} catch (OperationCanceledException e) {
			stopped = true;
		} finally {
			stopped |= Thread.interrupted(); // a second signal: the report is still written, by this thread
			try {
				checkpoint.close();
			} catch (IOException e) {
				say(checkpoint.file() + ": " + e.getMessage());
			}
		}
		progress.print(true);
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("inventory", batch.shown());
		facts.put("shard", shard[0] + "/" + shard[1]);
		facts.put("timeoutMs", String.valueOf(settings.timeoutMs()));
		facts.put("concurrency", String.valueOf(settings.concurrency()));
		facts.put("depth", DiagnosisDepth.of(settings).id());
		RunReport input = new RunReport(batch.title(), started, Instant.now(), targets.size(),
				facts, checkpoint, groups);
		try {
			ReportWriter.write(format, input, reportFile);
		} catch (IOException | UncheckedIOException e) {
			say("cannot write " + reportFile + ": " + e.getMessage());
			return ExitCodes.INTERNAL;
		} finally {
			finished.countDown();
		}
		int count = 0;
		boolean errors = false;
		for (HostDiagnosis d : checkpoint) {
			count++;
			errors |= d.hasError();
		}
		if (stopped) {
			say("stopped after " + count + " of " + targets.size() + " hosts; the report " + reportFile
					+ " holds them. Run the same command again to resume.");
			return 128 + (signal.getAsInt() > 0 ? signal.getAsInt() : Interrupts.SIGINT);
		}
		try {
			Files.deleteIfExists(checkpoint.file()); // complete: the report is the result
		} catch (IOException e) {
			say("cannot remove " + checkpoint.file() + ": " + e.getMessage());
		}
		out.println("rdpdoctor batch: " + Untrusted.terminal(count + " hosts diagnosed, report " + reportFile + " ("
				+ format.id() + ")"));
		return errors ? ExitCodes.FINDINGS : ExitCodes.OK;
	}

	/**
	 * The inventory's targets of this shard: target k (each counted once, in inventory order, from 0) goes to shard
	 * {@code k mod N + 1}; a host listed in several groups is one target, shown in each of its groups.
	 */
	static List<Target> targets(Path inventoryFile, Inventory inventory, int[] shard,
			Map<String, String> groups) throws UsageException {
		Map<String, Target> all = new LinkedHashMap<>();
		Map<String, String> allGroups = new LinkedHashMap<>();
		for (InventoryWalk.Entry entry : InventoryWalk.entries(inventory)) {
			Target target = target(inventoryFile, entry.host());
			String group = String.join("/", entry.groupPath());
			allGroups.merge(target.toString(), group, (a, b) -> a.isEmpty() || b.isEmpty() ? a + b : a + ", " + b);
			all.putIfAbsent(target.toString(), target);
		}
		List<Target> mine = shardOf(all.values(), shard);
		mine.forEach(t -> groups.put(t.toString(), allGroups.get(t.toString())));
		return mine;
	}

	/** @return target k (from 0, in order) of these when k mod N = I - 1 */
	private static List<Target> shardOf(java.util.Collection<Target> all, int[] shard) {
		List<Target> mine = new ArrayList<>();
		int k = 0;
		for (Target target : all) {
			if (k++ % shard[1] == shard[0] - 1) {
				mine.add(target);
			}
		}
		return mine;
	}

	/**
	 * Each host's own SSH user and port from the inventory, replacing --ssh-user and --ssh-port for it (the port
	 * only when it is not SSH's default 22, the inventory's default too); the first entry of a host listed twice.
	 */
	static Map<String, Map<String, String>> hostSettings(Path inventoryFile, Inventory inventory)
			throws UsageException {
		Map<String, Map<String, String>> own = new LinkedHashMap<>();
		for (InventoryWalk.Entry entry : InventoryWalk.entries(inventory)) {
			Host host = entry.host();
			Map<String, String> settings = new LinkedHashMap<>();
			if (host.getSshUser() != null && !host.getSshUser().isBlank()) {
				settings.put(DiagnosisSetting.SSH_USER.key(), host.getSshUser().strip());
			}
			if (host.getSshPort() != DEFAULT_SSH_PORT && host.getSshPort() > 0 && host.getSshPort() <= 65535) {
				settings.put(DiagnosisSetting.SSH_PORT.key(), String.valueOf(host.getSshPort()));
			}
			own.putIfAbsent(target(inventoryFile, host).toString(), Map.copyOf(settings));
		}
		return own;
	}

	/** Prints a message about this run, whatever text it holds shown safely on a terminal. */
	private void say(String message) {
		err.println("rdpdoctor batch: " + Untrusted.terminal(message));
	}

	static String required(Options options, String name) throws UsageException {
		String value = options.named.get(name);
		if (value == null || value.isBlank()) {
			throw new UsageException("batch needs " + name);
		}
		return value;
	}

	/** @return {I, N} from {@code I/N}, 1 <= I <= N */
	static int[] shard(String text) throws UsageException {
		if (text == null) {
			return new int[] { 1, 1 };
		}
		String[] parts = text.split("/");
		try {
			int i = Integer.parseInt(parts[0].trim());
			int n = Integer.parseInt(parts[1].trim());
			if (parts.length == 2 && n >= 1 && i >= 1 && i <= n) {
				return new int[] { i, n };
			}
		} catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
			// fall through to the message
		}
		throw new UsageException("--shard '" + text + "' must be I/N with 1 <= I <= N, e.g. 2/8");
	}

	private static Target target(Path file, Host host) throws UsageException {
		String name = host.getName() == null || host.getName().isBlank() ? host.getAddress() : host.getName();
		try {
			return new Target(name == null ? "" : name.trim(), host.getRdpPort(), host.getAddress());
		} catch (IllegalArgumentException e) {
			throw new UsageException(file + ": host '" + host.getName() + "': " + e.getMessage());
		}
	}

	private static String formatOf(Path report) {
		String name = report.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		if (name.endsWith(".html") || name.endsWith(".htm")) {
			return "html";
		}
		if (name.endsWith(".xml")) {
			return "junit";
		}
		return name.endsWith(".csv") ? "csv" : "json";
	}

	private static String title(Inventory inventory, Path file) {
		return inventory.getName() == null || inventory.getName().isBlank() ? file.getFileName().toString()
				: inventory.getName();
	}
}
