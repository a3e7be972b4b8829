package rdpdoctor.probes.host.xrdp;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import rdpdoctor.core.IProbe;
import rdpdoctor.core.ProbeContext;
import rdpdoctor.core.ProbeReport;
import rdpdoctor.core.WellKnownEvidence;
import rdpdoctor.core.settings.DiagnosisSetting;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.ssh.host.HostConnection;
import rdpdoctor.ssh.host.HostSystem;
import rdpdoctor.ssh.CommandResult;
import rdpdoctor.ssh.SshFailure;

/**
 * Reads, read-only, how xrdp serves RDP on a Linux host, from the instance that serves the dialled port: every running
 * xrdp with the xrdp.ini its command line names (or its binary's default), and, for a stopped one, the package's
 * xrdp.ini; {@link XrdpInstances} ties one to the port (its listening process, else the ini that names the port, else
 * the host's only xrdp). Of that instance only: its ini (port, security_layer, certificate, key_file, LogFile),
 * whether it runs and listens, whether its certificate can be read and when it expires, whether the xrdp user can
 * read its key and whether the key matches, its log's last errors. When no instance can be tied to the port, the
 * evidence says so (ambiguous) and names the candidates, and no instance's files are reported.
 * Evidence under {@code xrdp.}: instances, servingPort, matchedBy, servedBecause, ambiguous; of the instance: pid,
 * binary, ini, configFrom, filesSeenThrough, port, portSpec, securityLayer, certificate, keyFile, logFile, processes,
 * listensOnPort, connections, certReadable, certSha1, certNotBefore, certNotAfter, certSubject, keyMode,
 * keyReadableByXrdp, keyMatchesCertificate, logErrors, sesmanIni, sesmanLogFile, sesmanLogReadable; of the host:
 * sesman, listening, sessions (USER AGE_SECONDS of each session's X server), firewall (nft, iptables, empty or
 * unreadable), firewallPort, firewallBlocks, firewallRules. The server's own words (subject, log lines, rules, command lines) are evidence, escaped where shown.
 * One exec channel in all.
 */
public class XrdpProbe implements IProbe {

	/** The probe's id. */
	public static final String ID = WellKnownEvidence.XRDP_PROBE;
	private static final List<String> USUAL_INI = List.of("/etc/xrdp/xrdp.ini", "/usr/local/etc/xrdp/xrdp.ini");
	private static final int MAX_ANSWER = 1024 * 1024;
	private static final int MAX_LISTENERS = 200;

	@Override
	public void run(ProbeContext context, ProbeReport report) throws Exception {
		HostConnection.onHost(context, report, HostSystem.LINUX, host -> probe(context, host, report));
	}

	private static void probe(ProbeContext context, HostConnection host, ProbeReport report) throws SshFailure {
		String given = Optional.ofNullable(context.settings().extra().get(DiagnosisSetting.XRDP_INI.key())).orElse("");
		List<String> candidates = new ArrayList<>();
		if (!given.isEmpty()) {
			candidates.add(given);
		}
		candidates.addAll(USUAL_INI);
		XrdpScript script = new XrdpScript(candidates);
		CommandResult result = run(context, host, script.command(), MAX_ANSWER);
		if (result.timedOut()) { // half an answer would read as xrdp stopped
			report.status(ProbeStatus.TIMEOUT, "the host did not answer within the deadline");
			return;
		}
		XrdpScript.Answer answer = script.read(result.stdout());
		if (result.exitStatus() != 0 || answer.section("host").isEmpty()) {
			report.put("stderr", result.stderr().lines().limit(5).toList());
			report.status(ProbeStatus.ERROR, "the shell failed reading xrdp's set-up (exit " + result.exitStatus()
					+ ")");
			return;
		}
		XrdpInstances instances = XrdpInstances.of(answer, given);
		report.put("instances", instances.all().stream().map(XrdpInstance::describe).toList());
		if (instances.all().isEmpty()) {
			report.put("ini", "");
			report.status(ProbeStatus.FAILED, "no xrdp runs and no xrdp.ini is on the host (looked for " + String.join(
					", ", new LinkedHashSet<>(candidates)) + "): xrdp is not installed, or elsewhere (--xrdp-ini)");
			return;
		}
		int dialled = context.target().port();
		XrdpInstances.Serving serving = instances.serving(dialled, given);
		report.put("servingPort", dialled).put("matchedBy", serving.matchedBy()).put("servedBecause", serving.why());
		Map<String, List<String>> hostFacts = XrdpScript.facts(answer.section("host").get());
		report.put("sesman", number(hostFacts, "sesman"));
		List<String> listening = hostFacts.getOrDefault("listen", List.of()).stream().map(l -> l.split(" ", 2)[0])
				.limit(MAX_LISTENERS).toList();
		report.put("listening", listening);
		report.put("sessions", hostFacts.getOrDefault("session", List.of()));
		firewall(answer, dialled, report);
		if (serving.instance().isEmpty()) {
			report.put(WellKnownEvidence.XRDP_AMBIGUOUS, true).put("ini", "");
			report.status(ProbeStatus.OK, "which xrdp serves port " + dialled + " cannot be told: " + serving.why());
			return;
		}
		XrdpInstance instance = serving.instance().get();
		instance(instance, dialled, listening, hostFacts, answer, report);
	}

	/** The evidence about the instance that serves the dialled port: only it, named by PID, binary and files. */
	private static void instance(XrdpInstance instance, int dialled, List<String> listening,
			Map<String, List<String>> hostFacts, XrdpScript.Answer answer, ProbeReport report) {
		XrdpIni ini = instance.config().orElseThrow();
		String path = instance.ini();
		report.put(WellKnownEvidence.HOST_SIDE, true).put("ini", path).put("configFrom", instance.from())
				.put("portSpec", instance.portOption().isEmpty() ? ini.portSpec() : "-p " + instance.portOption())
				.put("securityLayer", ini.securityLayer()).put("certificate", ini.certificate())
				.put("keyFile", ini.keyFile()).put(WellKnownEvidence.XRDP_LOG_FILE, ini.logFile());
		if (!instance.processUnknown()) {
			report.put("processes", instance.pids().size());
		}
		instance.pid().ifPresent(pid -> report.put("pid", pid));
		if (!instance.binary().isEmpty()) {
			report.put("binary", instance.binary());
		}
		if (!instance.prefix().isEmpty()) {
			report.put(WellKnownEvidence.XRDP_FILES_SEEN_THROUGH, instance.prefix());
		}
		Optional<Integer> port = instance.ports().contains(dialled) ? Optional.of(dialled)
				: instance.ports().stream().findFirst();
		port.ifPresent(p -> report.put("port", p));
		port.ifPresent(p -> report.put("listensOnPort", instance.running() || instance.processUnknown()
				? instance.listening().contains(p) : listening.stream().anyMatch(l -> l.endsWith(":" + p))));
		port.ifPresent(p -> report.put("connections", hostFacts.getOrDefault("established", List.of()).stream()
				.filter(l -> l.endsWith(":" + p)).count()));
		String key = instance.prefix() + "\t" + path;
		Map<String, List<String>> facts = XrdpScript.facts(answer.find("inifacts", key).map(XrdpScript.Section::text)
				.orElse(""));
		List<String> shellPaths = List.of(String.valueOf(first(facts, "certificatePath")),
				String.valueOf(first(facts, "keyPath")), String.valueOf(first(facts, "logPath")));
		if (!shellPaths.equals(List.of(ini.certificate(), ini.keyFile(), ini.logFile()))) {
			report.put("pathsReadByShell", shellPaths);
			report.status(ProbeStatus.ERROR, "the host's shell read other certificate, key or log paths from " + path
					+ " than RDP Doctor did (evidence xrdp.pathsReadByShell): its facts are not judged");
			return;
		}
		boolean certReadable = "true".equals(first(facts, "certReadable"));
		report.put("certReadable", certReadable);
		report.put("keyMode", first(facts, "keyMode"));
		if ("0".equals(instance.uid())) {
			report.put("runsAs", "root").put("keyReadableByXrdp", !"missing".equals(first(facts, "keyMode")));
		} else if (instance.uid().isEmpty() || instance.uid().equals(first(hostFacts, "xrdpUid"))) {
			keyReadableByXrdp(first(facts, "keyMode"), hostFacts.get("xrdpUser")).ifPresent(r -> report.put(
					"keyReadableByXrdp", r));
		}
		Optional.ofNullable(first(facts, "keyMatches")).ifPresent(m -> report.put("keyMatchesCertificate",
				Boolean.parseBoolean(m)));
		report.put("logErrors", facts.getOrDefault("logError", List.of()));
		sesman(instance, answer, report);
		if (certReadable) {
			certificate(answer.find("cert", key).map(XrdpScript.Section::text).orElse(""), report);
		}
		report.status(ProbeStatus.OK, "xrdp " + instance.describe() + " serves port " + dialled + " ("
				+ instance.from() + "): security_layer " + ini.securityLayer());
	}

	/** The sesman.ini the instance talks to ({@link SesmanIni}) and the log it names, when the host has that file. */
	private static void sesman(XrdpInstance instance, XrdpScript.Answer answer, ProbeReport report) {
		String ini = SesmanIni.of(instance);
		answer.find("sesman", instance.prefix() + "\t" + ini).ifPresent(section -> {
			Map<String, List<String>> facts = XrdpScript.facts(section.text());
			report.put("sesmanIni", ini);
			Optional.ofNullable(first(facts, "logPath")).filter(path -> path.startsWith("/")).ifPresent(path -> report
					.put(WellKnownEvidence.XRDP_SESMAN_LOG_FILE, path).put("sesmanLogReadable", "true".equals(first(facts, "logReadable"))));
		});
	}

	/** The rulesets read, nft's first (iptables-nft's rules show in both); "unreadable" without root or sudo. */
	private static void firewall(XrdpScript.Answer answer, int port, ProbeReport report) {
		if (answer.section("nft").isEmpty() && answer.section("iptables").isEmpty()) {
			report.put("firewall", "unreadable");
			return;
		}
		Optional<String> nft = answer.section("nft").filter(t -> !t.isBlank());
		Optional<String> iptables = answer.section("iptables").filter(t -> !t.isBlank());
		List<String> rules = new ArrayList<>();
		nft.ifPresent(t -> rules.addAll(FirewallRules.fromNftRuleset(t, port).rules()));
		if (rules.isEmpty()) {
			iptables.ifPresent(t -> rules.addAll(FirewallRules.fromIptablesSave(t, port).rules()));
		}
		report.put("firewall", nft.isPresent() ? "nft" : iptables.isPresent() ? "iptables" : "empty");
		report.put("firewallPort", port).put("firewallBlocks", !rules.isEmpty()).put("firewallRules", rules);
	}

	private static CommandResult run(ProbeContext context, HostConnection host, String command, int max)
			throws SshFailure {
		return host.run(command, Duration.ofMillis(Math.max(1, context.remainingMillis())), max);
	}

	private static String first(Map<String, List<String>> facts, String key) {
		List<String> values = facts.get(key);
		return values == null || values.isEmpty() ? null : values.get(0);
	}

	private static long number(Map<String, List<String>> facts, String key) {
		String value = first(facts, key);
		return value != null && value.strip().matches("\\d{1,9}") ? Long.parseLong(value.strip()) : 0;
	}

	/**
	 * @param keyMode    OWNER:GROUP:OCTAL of the key file, as stat printed it ("missing" when there is none)
	 * @param xrdpGroups the groups of the user xrdp, when the host has one (xrdp then drops to it)
	 * @return whether that user can read the key; empty when there is no xrdp user (xrdp runs as root)
	 */
	static Optional<Boolean> keyReadableByXrdp(String keyMode, List<String> xrdpGroups) {
		if ("missing".equals(keyMode)) {
			return Optional.of(false);
		}
		if (keyMode == null || xrdpGroups == null || xrdpGroups.isEmpty()) {
			return Optional.empty();
		}
		String[] parts = keyMode.split(":");
		if (parts.length != 3 || !parts[2].matches("[0-7]{3,4}")) {
			return Optional.empty();
		}
		int mode = Integer.parseInt(parts[2], 8);
		List<String> groups = List.of(xrdpGroups.get(0).strip().split("\\s+"));
		return Optional.of(parts[0].equals("xrdp") && (mode & 0400) != 0
				|| groups.contains(parts[1]) && (mode & 0040) != 0 || (mode & 0004) != 0);
	}

	private static void certificate(String pem, ProbeReport report) {
		try {
			X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
					.generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
			report.put("certSha1", HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-1")
					.digest(certificate.getEncoded())));
			report.put("certNotBefore", certificate.getNotBefore().toInstant())
					.put("certNotAfter", certificate.getNotAfter().toInstant())
					.put("certSubject", certificate.getSubjectX500Principal().getName());
		} catch (CertificateException | NoSuchAlgorithmException | RuntimeException e) {
			report.put("certProblem", "not a PEM certificate xrdp can use (" + e.getMessage() + ")");
		}
	}
}
