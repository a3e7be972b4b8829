package rdpdoctor.probes.host.xrdp;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

import rdpdoctor.core.IProbe;
import rdpdoctor.core.ProbeContext;
import rdpdoctor.core.ProbeReport;
import rdpdoctor.core.settings.DiagnosisSetting;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.probes.host.ssh.HostConnection;
import rdpdoctor.probes.host.ssh.HostSystem;
import rdpdoctor.ssh.CommandResult;
import rdpdoctor.ssh.RemoteShell;
import rdpdoctor.ssh.SshFailure;

/**
 * Reads, read-only, how xrdp serves RDP on a Linux host: its xrdp.ini (port, security_layer, certificate, key_file),
 * whether xrdp and xrdp-sesman run and what listens, whether the certificate can be read and when it expires,
 * whether the xrdp user can read the key and whether the key matches the certificate, and the last errors of its log.
 * Evidence under {@code xrdp.}: ini, port, portSpec, securityLayer, certificate, keyFile, processes, sesman,
 * listening, listensOnPort, certReadable, certNotBefore, certNotAfter, certSubject, keyMode, keyReadableByXrdp,
 * keyMatchesCertificate, logErrors. The server's own words (subject, log lines) are evidence, escaped where shown.
 */
public class XrdpProbe implements IProbe {

	/** The probe's id. */
	public static final String ID = "xrdp";
	private static final List<String> USUAL_INI = List.of("/etc/xrdp/xrdp.ini", "/usr/local/etc/xrdp/xrdp.ini");
	private static final int MAX_INI = 256 * 1024;
	private static final int MAX_FACTS = 64 * 1024;
	private static final int MAX_LISTENERS = 200;
	private static final int NO_INI = 3;

	@Override
	public void run(ProbeContext context, ProbeReport report) throws Exception {
		HostConnection.onHost(context, report, HostSystem.LINUX, host -> probe(context, host, report));
	}

	private static void probe(ProbeContext context, HostConnection host, ProbeReport report) throws SshFailure {
		List<String> candidates = new ArrayList<>();
		Optional.ofNullable(context.settings().extra().get(DiagnosisSetting.XRDP_INI.key())).ifPresent(candidates::add);
		candidates.addAll(USUAL_INI);
		CommandResult found = run(context, host, findIni(candidates), MAX_INI);
		if (found.timedOut()) {
			report.status(ProbeStatus.TIMEOUT, "the host did not answer within the deadline");
			return;
		}
		if (found.exitStatus() != 0 && found.exitStatus() != NO_INI) {
			report.put("stderr", found.stderr().lines().limit(5).toList());
			report.status(ProbeStatus.ERROR, "the shell failed looking for xrdp.ini (exit " + found.exitStatus() + ")");
			return;
		}
		if (found.exitStatus() == NO_INI) {
			report.put("ini", "");
			report.status(ProbeStatus.FAILED, "no xrdp.ini on the host (looked for " + String.join(", ",
					new LinkedHashSet<>(candidates)) + "): xrdp is not installed, or elsewhere (--xrdp-ini)");
			return;
		}
		int newline = found.stdout().indexOf('\n');
		String path = newline < 0 ? found.stdout() : found.stdout().substring(0, newline);
		XrdpIni ini = XrdpIni.parse(newline < 0 ? "" : found.stdout().substring(newline + 1));
		report.put("ini", path).put("portSpec", ini.portSpec()).put("securityLayer", ini.securityLayer())
				.put("certificate", ini.certificate()).put("keyFile", ini.keyFile());
		OptionalInt port = ini.tcpPort();
		port.ifPresent(p -> report.put("port", p));

		CommandResult read = run(context, host, factsScript(ini), MAX_FACTS);
		if (read.timedOut()) { // half an answer would read as xrdp stopped
			report.status(ProbeStatus.TIMEOUT, "the host did not answer within the deadline");
			return;
		}
		Map<String, List<String>> facts = facts(read.stdout());
		report.put("processes", number(facts, "processes")).put("sesman", number(facts, "sesman"));
		List<String> listening = facts.getOrDefault("listen", List.of()).stream().limit(MAX_LISTENERS).toList();
		report.put("listening", listening);
		port.ifPresent(p -> report.put("listensOnPort", listening.stream().anyMatch(l -> l.endsWith(":" + p))));
		boolean certReadable = "true".equals(first(facts, "certReadable"));
		report.put("certReadable", certReadable);
		report.put("keyMode", first(facts, "keyMode"));
		keyReadableByXrdp(first(facts, "keyMode"), facts.get("xrdpUser")).ifPresent(r -> report.put(
				"keyReadableByXrdp", r));
		Optional.ofNullable(first(facts, "keyMatches")).ifPresent(m -> report.put("keyMatchesCertificate",
				Boolean.parseBoolean(m)));
		report.put("logErrors", facts.getOrDefault("logError", List.of()));
		if (certReadable) {
			certificate(run(context, host, "head -c 65536 -- " + RemoteShell.quote(ini.certificate()), MAX_FACTS)
					.stdout(), report);
		}
		report.status(ProbeStatus.OK, "xrdp.ini " + path + ": port " + ini.portSpec() + ", security_layer "
				+ ini.securityLayer());
	}

	private static String findIni(List<String> candidates) {
		StringBuilder script = new StringBuilder("for f in");
		candidates.forEach(c -> script.append(' ').append(RemoteShell.quote(c)));
		script.append("; do if [ -f \"$f\" ]; then printf '%s\\n' \"$f\"; head -c ").append(MAX_INI - 4096)
				.append(" -- \"$f\"; exit 0; fi; done; exit ").append(NO_INI);
		return RemoteShell.POSIX.command(script.toString());
	}

	/** One line per fact, KEY=VALUE; repeated keys (listen, logError) give several values. */
	private static String factsScript(XrdpIni ini) {
		String c = RemoteShell.quote(ini.certificate());
		String k = RemoteShell.quote(ini.keyFile());
		String l = RemoteShell.quote(ini.logFile());
		return RemoteShell.POSIX.command(String.join("\n",
				"printf 'processes=%s\\n' \"$(pgrep -x xrdp | wc -l)\"",
				"printf 'sesman=%s\\n' \"$(pgrep -x xrdp-sesman | wc -l)\"",
				"ss -ltnH 2>/dev/null | awk '{print \"listen=\" $4}'",
				"if [ -r " + c + " ]; then echo certReadable=true; else echo certReadable=false; fi",
				"if [ -e " + k + " ]; then stat -Lc 'keyMode=%U:%G:%a' -- " + k + "; else echo keyMode=missing; fi",
				"if id xrdp >/dev/null 2>&1; then printf 'xrdpUser=%s\\n' \"$(id -Gn xrdp)\"; fi",
				"if [ -r " + k + " ] && [ -r " + c + " ] && command -v openssl >/dev/null; then",
				"  a=$(openssl x509 -in " + c + " -noout -pubkey 2>/dev/null | openssl sha256 2>/dev/null)",
				"  b=$(openssl pkey -in " + k + " -pubout 2>/dev/null | openssl sha256 2>/dev/null)",
				"  if [ -n \"$a\" ] && [ \"$a\" = \"$b\" ]; then echo keyMatches=true;",
				"  elif [ -n \"$a\" ] && [ -n \"$b\" ]; then echo keyMatches=false; fi",
				"fi",
				"if [ -r " + l + " ]; then tail -n 500 -- " + l + " | grep -F '[ERROR]' | tail -n 5 | sed 's/^/logError=/'; fi",
				"exit 0"));
	}

	private static CommandResult run(ProbeContext context, HostConnection host, String command, int max)
			throws SshFailure {
		return host.connection().run(command, Duration.ofMillis(Math.max(1, context.remainingMillis())), max);
	}

	static Map<String, List<String>> facts(String output) {
		Map<String, List<String>> facts = new TreeMap<>();
		for (String line : output.split("\n")) {
			int equals = line.indexOf('=');
			if (equals > 0) {
				facts.computeIfAbsent(line.substring(0, equals), k -> new ArrayList<>()).add(line.substring(equals + 1));
			}
		}
		return facts;
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
			report.put("certNotBefore", certificate.getNotBefore().toInstant())
					.put("certNotAfter", certificate.getNotAfter().toInstant())
					.put("certSubject", certificate.getSubjectX500Principal().getName());
		} catch (CertificateException | RuntimeException e) {
			report.put("certProblem", "not a PEM certificate xrdp can use (" + e.getMessage() + ")");
		}
	}
}
