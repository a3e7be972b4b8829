package rdpdoctor.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.NullProgressMonitor;

import rdpdoctor.core.DiagnosisSettings;
import rdpdoctor.core.HostDiagnosis;
import rdpdoctor.core.Target;
import rdpdoctor.core.Untrusted;
import rdpdoctor.core.engine.DiagnosisEngine;
import rdpdoctor.core.settings.DiagnosisSetting;
import rdpdoctor.model.Inventory;
import rdpdoctor.model.persistence.InventoryStore;
import rdpdoctor.model.persistence.SafeFiles;
import rdpdoctor.remediation.internal.HostFix;
import rdpdoctor.remediation.internal.Journal;
import rdpdoctor.remediation.internal.PlanText;
import rdpdoctor.remediation.internal.JournalEntry;
import rdpdoctor.remediation.internal.RemediationRun;
import rdpdoctor.remediation.Remediations;
import rdpdoctor.ssh.SshFailure;

/**
 * {@code rdpdoctor batch --inventory FILE --report FILE --remediate CAUSE[,CAUSE] (--plan | --apply --yes)
 * [--keep-going]}: diagnoses the inventory, writes one plan per affected host and cause into the report, and with
 * {@code --apply} carries them out, a bounded number of hosts at once (each host's fixes one after the other),
 * verified and journaled like {@code remediate}; the first failed verification stops new fixes from starting unless
 * {@code --keep-going}. Exit codes: 0 every fix verified (or nothing to fix), 1 a fix failed, was not verified or
 * was not started, 2 refused plans only, or bad usage.
 */
final class BatchRemediation {

	/** Hosts fixed at once when --concurrency is not given: restarts and key generation load the hosts, not us. */
	private static final int DEFAULT_FIXES_AT_ONCE = 8;

	private final PrintStream out;
	private final PrintStream err;
	private final IExtensionRegistry registry;

	BatchRemediation(PrintStream out, PrintStream err, IExtensionRegistry registry) {
		this.out = out;
		this.err = err;
		this.registry = registry;
	}

	int run(Options options) throws UsageException {
		Path inventoryFile = Path.of(BatchCommand.required(options, "--inventory"));
		Path reportFile = Path.of(BatchCommand.required(options, "--report"));
		List<String> causes = Arrays.stream(options.named.get("--remediate").split(",")).map(String::strip).toList();
		for (String cause : causes) {
			if (!cause.matches("[A-Z][A-Z0-9_]{1,63}")) {
				throw new UsageException("--remediate '" + cause + "' is not a cause id (e.g. CERT_EXPIRED)");
			}
		}
		boolean apply = options.named.containsKey("--apply");
		if (apply == options.named.containsKey("--plan")) {
			throw new UsageException("batch --remediate needs --plan or --apply");
		}
		if (apply && !options.named.containsKey("--yes")) {
			throw new UsageException("batch --remediate --apply needs --yes: write the plans with --plan and read them "
					+ "first");
		}
		DiagnosisSettings settings = DiagnoseCommand.settings(options, BatchCommand.DEFAULT_CONCURRENCY);
		if (!settings.extra().containsKey(DiagnosisSetting.SSH_USER.key())) {
			throw new UsageException("batch --remediate needs --ssh-user (hosts of the inventory may name their own)");
		}
		int fixesAtOnce = options.intValue("--concurrency", DEFAULT_FIXES_AT_ONCE, 1, 256);
		Duration deadline = Duration.ofMillis(options.intValue("--apply-timeout-ms", 120_000, 1_000, 3_600_000));
		Inventory inventory;
		try {
			SafeFiles.checkOutput(reportFile, "--report", inventoryFile);
			inventory = InventoryStore.load(inventoryFile);
		} catch (IOException e) {
			throw new UsageException(e.getMessage());
		}
		List<Target> targets = BatchCommand.targets(inventoryFile, inventory, new int[] { 1, 1 }, new LinkedHashMap<>());
		Map<String, Map<String, String>> own = BatchCommand.hostSettings(inventoryFile, inventory);
		var installed = InstalledEngine.open(registry, settings, err);
		if (installed.isEmpty()) {
			return ExitCodes.INTERNAL;
		}
		DiagnosisEngine engine = installed.get().withHostSettings(t -> own.getOrDefault(t.toString(), Map.of()));
		List<HostDiagnosis> diagnoses = engine.diagnose(targets, null, new NullProgressMonitor());
		Remediations remediations = Remediations.of(registry);
		remediations.problems().forEach(p -> err.println("rdpdoctor: " + Untrusted.terminal(p)));
		try {
			Map<Target, List<HostFix.Planned>> plans = new LinkedHashMap<>();
			List<String> notes = new ArrayList<>();
			int refused = 0;
			for (HostDiagnosis diagnosis : diagnoses) {
				for (String cause : causes) {
					try {
						plans.computeIfAbsent(diagnosis.target(), t -> new ArrayList<>())
								.add(HostFix.plan(diagnosis, cause, remediations));
					} catch (HostFix.NoPlan e) {
						notes.add(e.getMessage());
						refused += e.nothingToFix() ? 0 : 1;
					}
				}
			}
			int count = plans.values().stream().mapToInt(List::size).sum();
			String text = planText(plans, notes);
			write(reportFile, text);
			out.println("rdpdoctor batch: " + count + " plan(s) for " + plans.size() + " of " + targets.size()
					+ " hosts written to " + Untrusted.terminal(reportFile.toString()) + (refused > 0 ? "; " + refused
							+ " refused (see the report)" : ""));
			if (!apply) {
				return count == 0 && refused > 0 ? ExitCodes.USAGE : ExitCodes.OK;
			}
			List<String> outcomes = applyAll(plans, settings, own, engine, RemediateCommand.journal(options),
					deadline, fixesAtOnce, options.named.containsKey("--keep-going"));
			write(reportFile, text + "\n== Outcomes ==\n" + String.join("\n", outcomes) + "\n");
			boolean failed = outcomes.stream().anyMatch(o -> !o.contains(": fixed and verified"));
			return failed ? ExitCodes.FINDINGS : refused > 0 ? ExitCodes.USAGE : ExitCodes.OK;
		} catch (IOException e) {
			err.println("rdpdoctor batch: cannot write " + Untrusted.terminal(reportFile.toString()) + ": "
					+ Untrusted.terminal(e.getMessage()));
			return ExitCodes.INTERNAL;
		}
	}

	private List<String> applyAll(Map<Target, List<HostFix.Planned>> plans, DiagnosisSettings settings,
			Map<String, Map<String, String>> own, DiagnosisEngine engine, Journal journal, Duration deadline,
			int fixesAtOnce, boolean keepGoing) {
		AtomicBoolean stop = new AtomicBoolean();
		List<Future<List<String>>> running = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(fixesAtOnce, plans.size())))) {
			for (Map.Entry<Target, List<HostFix.Planned>> host : plans.entrySet()) {
				DiagnosisSettings fixed = settings.withExtras(own.getOrDefault(host.getKey().toString(), Map.of()));
				running.add(pool.submit(() -> fixHost(host.getValue(), fixed, engine, journal, deadline, stop,
						keepGoing)));
			}
		}
		List<String> outcomes = new ArrayList<>();
		for (Future<List<String>> result : running) {
			try {
				outcomes.addAll(result.get());
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				outcomes.add("interrupted before every outcome was known");
				break;
			} catch (java.util.concurrent.ExecutionException e) {
				outcomes.add("internal failure: " + Untrusted.terminal(String.valueOf(e.getCause())));
			}
		}
		return outcomes;
	}

	/** One host's fixes, one after the other; prints and returns a line per fix. */
	private List<String> fixHost(List<HostFix.Planned> fixes, DiagnosisSettings settings, DiagnosisEngine engine,
			Journal journal, Duration deadline, AtomicBoolean stop, boolean keepGoing) {
		List<String> lines = new ArrayList<>();
		for (HostFix.Planned planned : fixes) {
			String head = Untrusted.terminal(planned.plan().host()) + ": " + planned.plan().cause() + ": ";
			String line;
			if (stop.get() && !keepGoing) {
				line = head + "not started: an earlier fix failed or was refused (--keep-going goes on)";
			} else {
				try {
					RemediationRun.Outcome outcome = HostFix.apply(planned, settings, engine, journal, deadline);
					boolean verified = outcome.step() == JournalEntry.Step.VERIFIED;
					line = head + (verified ? "fixed and verified" : outcome.step().name().toLowerCase(
							java.util.Locale.ROOT).replace('_', ' ')) + " (action " + outcome.action() + "): "
							+ outcome.message();
					if (!verified) {
						stop.set(true);
					}
				} catch (SshFailure e) {
					line = head + "refused, nothing changed: " + Untrusted.terminal(e.getMessage());
					stop.set(true);
				} catch (IOException e) {
					line = head + "the journal cannot be written: " + Untrusted.terminal(e.getMessage());
					stop.set(true);
				}
			}
			synchronized (out) {
				out.println(line);
			}
			lines.add(line);
		}
		return lines;
	}

	private static String planText(Map<Target, List<HostFix.Planned>> plans, List<String> notes) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream text = new PrintStream(bytes, true, StandardCharsets.UTF_8);
		text.println("RDP Doctor remediation plans, " + java.time.Instant.now());
		for (List<HostFix.Planned> host : plans.values()) {
			for (HostFix.Planned planned : host) {
				text.println();
				PlanText.lines(planned.plan(), planned.descriptor().name())
						.forEach(line -> text.println(Untrusted.terminal(line)));
			}
		}
		if (!notes.isEmpty()) {
			text.println();
			text.println("== Hosts without a plan ==");
			notes.forEach(text::println);
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private static void write(Path file, String text) throws IOException {
		SafeFiles.replace(file, stream -> stream.write(text.getBytes(StandardCharsets.UTF_8)));
	}
}
