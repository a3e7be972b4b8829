package rdpdoctor.probes.net.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import rdpdoctor.core.Causes;
import rdpdoctor.core.Finding;
import rdpdoctor.core.IRule;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.RuleContext;
import rdpdoctor.core.settings.DiagnosisSetting;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.model.Severity;

/**
 * Certificate and TLS causes from the {@code tls} and {@code tlsversions} probes: CERT_EXPIRED,
 * CERT_NOT_YET_VALID, CERT_EXPIRING_SOON, CERT_NAME_MISMATCH, CERT_SELF_SIGNED, CERT_UNTRUSTED, CERT_UNUSABLE,
 * TLS_HANDSHAKE_FAILED, TLS_LEGACY_ONLY. Expiry is always stated as expiry, also for self-signed certificates.
 */
public class TlsRules implements IRule {

	/** Settings key: warn this many days before a certificate expires (default 30). */
	public static final String WARN_DAYS_SETTING = DiagnosisSetting.CERT_WARN_DAYS.key();

	private static final String RENEW_WINDOWS = "Fix (Windows): delete the certificate in Cert:\\LocalMachine\\"
			+ "Remote Desktop (its thumbprint is tls.sha1) and restart SessionEnv and TermService; a new self-signed "
			+ "one is created, or the GPO/RDS deployment pushes a CA-issued one (set SSLCertificateSHA1Hash on "
			+ "Win32_TSGeneralSetting to a valid certificate's thumbprint). On xrdp: replace the files named by "
			+ "certificate= and key_file= in xrdp.ini.";

	@Override
	public List<Finding> evaluate(RuleContext context) {
		ProbeOutcome tls = context.outcome("tls").orElse(null);
		ProbeOutcome versions = context.outcome("tlsversions").orElse(null);
		List<Finding> findings = new ArrayList<>();
		String where = context.target().toString();
		boolean legacyOnly = legacyOnly(versions);
		if (legacyOnly) {
			findings.add(legacy(where, versions));
		}
		if (tls == null || tls.status() == ProbeStatus.SKIPPED) {
			return findings;
		}
		if (Boolean.parseBoolean(tls.text("notSelectedThisTime").orElse("false"))) {
			findings.add(inconsistent(where, tls, context));
			return findings;
		}
		if (Boolean.parseBoolean(tls.text("failedAfterSelect").orElse("false"))) {
			if (!legacyOnly) {
				findings.add(handshakeFailed(where, tls));
			}
			return findings;
		}
		if (tls.evidence().containsKey("notAfter")) {
			certificate(where, tls, context, findings);
		} else if (Boolean.parseBoolean(tls.text("handshakeTimedOut").orElse("false"))
				|| tls.status() == ProbeStatus.TIMEOUT && tls.text("negotiated").orElse("").startsWith("RSP")) {
			findings.add(stalled(where, tls)); // the probe's own time-out, or the engine's deadline came first
		}
		return findings;
	}

	/** The negotiation matrix saw TLS chosen; the TLS probe's own connection, a moment later, did not. */
	private static Finding inconsistent(String where, ProbeOutcome tls, RuleContext context) {
		String before = context.outcome("x224").flatMap(o -> o.text("mstsc.answer")).orElse("?");
		return Finding.of(Causes.NETWORK_UNSTABLE, Severity.WARNING).confidence(0.6)
				.title(where + " answered one connection with TLS and the next one otherwise")
				.explanation("The negotiation chose TLS (evidence x224.mstsc.answer=" + before + "), but the next "
						+ "connection, made to inspect the certificate, got " + tls.text("negotiated").orElse("?")
						+ " (evidence tls.negotiated). A server that answers some connections and not others is "
						+ "overloaded or restarting (TermService crashing: System log 7031/7034), runs out of "
						+ "connections (a full listen backlog, a session limit), or sits behind a load balancer "
						+ "whose hosts are set up differently (one with another Security Layer or without a "
						+ "certificate), or packets are lost on the way. Users see 0x904 now and then and success on "
						+ "retry. Fix: diagnose again to see whether it repeats; check the service's events and, "
						+ "behind a load balancer, diagnose each host directly.")
				.evidence("tls.negotiated", "x224.mstsc.answer")
				.considered(Causes.SERVICE_NOT_RESPONDING, Causes.CERT_UNUSABLE).build();
	}

	/** The server chose TLS, then no certificate came before the deadline: the first large packets got stuck. */
	private static Finding stalled(String where, ProbeOutcome tls) {
		return Finding.of(Causes.NETWORK_UNSTABLE, Severity.WARNING).confidence(0.6)
				.title("The TLS handshake with " + where + " stalls before the certificate")
				.explanation("The server chose TLS (evidence tls.negotiated=" + tls.text("negotiated").orElse("?")
						+ ") but sent no certificate before the deadline of " + tls.durationMs()
						+ " ms (evidence tls.handshakeTimedOut or the probe's TIMEOUT), although it answered the X.224 "
						+ "requests. The certificate is the first large flight of the connection, so a path that "
						+ "drops large packets (a VPN or tunnel with a lower MTU and ICMP 'fragmentation needed' "
						+ "blocked) or an overloaded server stalls exactly here. mstsc then waits and shows 0x904 / "
						+ "0x7 or a time-out; FreeRDP ERRCONNECT_TLS_CONNECT_FAILED. Check: diagnose again with a "
						+ "longer --timeout-ms; from a client, ping -f -l 1372 HOST (Windows) finds the path MTU; "
						+ "lower the VPN's MTU or allow ICMP type 3 code 4.")
				.evidence("tls.negotiated", "tls.handshakeTimedOut")
				.considered(Causes.SERVICE_NOT_RESPONDING, Causes.CERT_UNUSABLE).build();
	}

	private static boolean legacyOnly(ProbeOutcome versions) {
		if (versions == null || versions.status() != ProbeStatus.OK) {
			return false;
		}
		Object accepted = versions.evidence().get("accepted");
		if (!(accepted instanceof List<?> list) || list.isEmpty()) {
			return false;
		}
		return !list.contains("TLSv1.2") && !list.contains("TLSv1.3");
	}

	private static Finding legacy(String where, ProbeOutcome versions) {
		return Finding.of(Causes.TLS_LEGACY_ONLY, Severity.WARNING).confidence(0.95)
				.title(where + " accepts only TLS 1.0/1.1")
				.explanation("Offered each TLS version alone, the server accepted only "
						+ versions.evidence().get("accepted") + " (evidence tlsversions.TLSv1.2="
						+ versions.text("TLSv1.2").orElse("?") + ", tlsversions.TLSv1.3="
						+ versions.text("TLSv1.3").orElse("?") + "). Current clients disable TLS 1.0 and 1.1, so "
						+ "they fail during the handshake (mstsc: 0x904 / 0x7 or an internal error 0x4; FreeRDP "
						+ "ERRCONNECT_TLS_CONNECT_FAILED). Fix: enable TLS 1.2 on the server (Windows 7/2008 R2: "
						+ "KB3080079 and the SCHANNEL Protocols\\TLS 1.2\\Server registry keys; xrdp: "
						+ "ssl_protocols=TLSv1.2, TLSv1.3).")
				.evidence("tlsversions.accepted", "tlsversions.TLSv1.2", "tlsversions.TLSv1.3")
				.considered(Causes.TLS_HANDSHAKE_FAILED).build();
	}

	private static Finding handshakeFailed(String where, ProbeOutcome tls) {
		boolean gotCertificate = tls.number("chainLength").orElse(0L) > 0;
		String error = tls.text("handshakeError").orElse("?");
		Optional<String> limit = tls.text("clientLimit");
		if (limit.isPresent()) {
			return Finding.of(Causes.TLS_HANDSHAKE_FAILED, Severity.ERROR).confidence(0.9)
					.title(where + " sends more certificate data than TLS clients accept")
					.explanation("The TLS handshake stopped on the client's side: " + limit.get() + " (evidence "
							+ "tls.clientLimit, tls.handshakeError=" + error + "). The server is up and chose TLS; "
							+ "what it sends is too large. mstsc and FreeRDP refuse such a flight too "
							+ "(ERRCONNECT_TLS_CONNECT_FAILED). Fix: bind a certificate with a normal chain (the "
							+ "leaf and its intermediates, a few kilobytes): on Windows, set SSLCertificateSHA1Hash "
							+ "of RDP-Tcp to such a certificate; on xrdp, point certificate= at a file with the leaf "
							+ "and its intermediates only.")
					.evidence("tls.clientLimit", "tls.handshakeError").considered(Causes.CERT_UNUSABLE).build();
		}
		if (!gotCertificate) {
			return Finding.of(Causes.CERT_UNUSABLE, Severity.ERROR).confidence(0.85)
					.title(where + " chose TLS but cannot complete a TLS handshake")
					.explanation("The server selected TLS (evidence tls.negotiated=" + tls.text("negotiated").orElse("?")
							+ "), then the handshake died before it sent a certificate (evidence tls.handshakeError="
							+ error + "). A server that offers TLS and then cannot do it has no usable certificate or "
							+ "private key: a corrupt certificate, a private key it cannot read (MachineKeys "
							+ "permissions; Schannel 36870 in the System log), or a key that does not match. mstsc "
							+ "shows 0x904 / extended 0x7; FreeRDP ERRCONNECT_TLS_CONNECT_FAILED. " + RENEW_WINDOWS
							+ " If a new certificate cannot be created, reset the MachineKeys ACL (SYSTEM and "
							+ "Administrators full control, NETWORK SERVICE read).")
					.evidence("tls.negotiated", "tls.handshakeError", "tls.failedAfterSelect")
					.considered(Causes.MACHINEKEYS_INACCESSIBLE, Causes.TLS_HANDSHAKE_FAILED).build();
		}
		return Finding.of(Causes.TLS_HANDSHAKE_FAILED, Severity.ERROR).confidence(0.8)
				.title("The TLS handshake with " + where + " fails")
				.explanation("The server sent its certificate but the handshake failed (evidence tls.handshakeError="
						+ error + "): no cipher suite or signature algorithm in common, or a broken TLS stack. "
						+ "mstsc shows an internal error (0x4) or 0x904 / 0x7; FreeRDP "
						+ "ERRCONNECT_TLS_CONNECT_FAILED. Fix: check the server's enabled cipher suites (GPO 'SSL "
						+ "Cipher Suite Order', SCHANNEL registry; Schannel 36874 in the System log means no common "
						+ "cipher).")
				.evidence("tls.handshakeError", "tls.chainLength").build();
	}

	private static void certificate(String where, ProbeOutcome tls, RuleContext context, List<Finding> findings) {
		long daysLeft = tls.number("daysLeft").orElse(Long.MAX_VALUE);
		String notAfter = tls.text("notAfter").orElse("?");
		String notBefore = tls.text("notBefore").orElse("?");
		String sha1 = tls.text("sha1").orElse("?");
		boolean selfSigned = Boolean.parseBoolean(tls.text("selfSigned").orElse("false"));
		boolean notYetValid = tls.evidence().get("notBefore") instanceof java.time.Instant start
				&& start.isAfter(java.time.Instant.now());
		if (daysLeft < 0) {
			findings.add(Finding.of(Causes.CERT_EXPIRED, Severity.ERROR).confidence(0.97)
					.title("The certificate of " + where + " expired " + (-daysLeft) + " days ago")
					.explanation("The server's TLS certificate (" + tls.text("subject").orElse("?") + ", thumbprint "
							+ sha1 + ") was valid until " + notAfter + " (evidence tls.notAfter, tls.daysLeft="
							+ daysLeft + "). Windows normally renews its self-signed RDP certificate; when it cannot "
							+ "(System log: RCM 1053/1057/1058), clients that check certificates warn or refuse, and "
							+ "some servers stop accepting TLS (mstsc: 0x904 / 0x7). FreeRDP reports this as "
							+ "'self-signed' when it does not trust the issuer: the real problem is expiry. "
							+ RENEW_WINDOWS)
					.evidence("tls.notAfter", "tls.daysLeft", "tls.sha1")
					.build());
		} else if (notYetValid) {
			findings.add(Finding.of(Causes.CERT_NOT_YET_VALID, Severity.ERROR).confidence(0.95)
					.title("The certificate of " + where + " is not valid yet")
					.explanation("The server's certificate (thumbprint " + sha1 + ") is valid only from " + notBefore
							+ " (evidence tls.notBefore). Either it was issued with a future date or the clocks "
							+ "disagree (compare the server's time; see CLOCK_SKEW). Clients refuse it. Fix: correct "
							+ "the server's or the client's clock (w32tm /resync), or reissue the certificate. "
							+ RENEW_WINDOWS)
					.evidence("tls.notBefore", "tls.sha1")
					.considered(Causes.CLOCK_SKEW).build());
		} else if (daysLeft < warnDays(context)) {
			findings.add(Finding.of(Causes.CERT_EXPIRING_SOON, Severity.WARNING).confidence(0.95)
					.title("The certificate of " + where + " expires in " + daysLeft + " days")
					.explanation("The server's certificate (thumbprint " + sha1 + ") expires on " + notAfter
							+ " (evidence tls.notAfter, tls.daysLeft=" + daysLeft + "). Renew it before then: "
							+ RENEW_WINDOWS)
					.evidence("tls.notAfter", "tls.daysLeft").build());
		}
		if (!Boolean.parseBoolean(tls.text("nameMatch").orElse("true"))) {
			findings.add(Finding.of(Causes.CERT_NAME_MISMATCH, Severity.WARNING).confidence(0.9)
					.title("The certificate of " + where + " does not name " + context.target().host())
					.explanation("The certificate is issued to " + tls.text("subject").orElse("?") + " with names "
							+ tls.evidence().getOrDefault("sans", "[]") + ", but the client dialled "
							+ context.target().host() + " (evidence tls.subject, tls.sans, tls.nameMatch=false). "
							+ "mstsc warns 'the name on the certificate is incorrect'; strict clients refuse. Fix: "
							+ "dial the name the certificate carries, or issue a certificate whose SAN includes the "
							+ "name users dial.")
					.evidence("tls.subject", "tls.sans", "tls.nameMatch").build());
		}
		if (selfSigned) {
			findings.add(Finding.of(Causes.CERT_SELF_SIGNED, Severity.INFO).confidence(0.99)
					.title(where + " uses a self-signed certificate")
					.explanation("The certificate signs itself (evidence tls.selfSigned=true, tls.issuer) as Windows "
							+ "creates it by default. mstsc asks the user to accept it once; that is normal but "
							+ "trains users to click through warnings. For a fleet, issue certificates from a CA "
							+ "(Group Policy 'Server authentication certificate template').")
					.evidence("tls.selfSigned", "tls.issuer").build());
		} else if (!Boolean.parseBoolean(tls.text("issuerTrusted").orElse("true"))) {
			findings.add(Finding.of(Causes.CERT_UNTRUSTED, Severity.WARNING).confidence(0.85)
					.title("The certificate of " + where + " is not issued by a trusted CA")
					.explanation("The chain does not lead to a trusted root (evidence tls.issuer="
							+ tls.text("issuer").orElse("?") + ", tls.trustProblem=" + tls.text("trustProblem").orElse("?")
							+ "). Clients warn or refuse. Fix: deploy the issuing CA to the clients' Trusted Root "
							+ "store, send the intermediate certificates, or use a certificate from a trusted CA.")
					.evidence("tls.issuer", "tls.trustProblem", "tls.issuerTrusted").build());
		}
	}

	private static long warnDays(RuleContext context) {
		try {
			return Long.parseLong(context.settings().extra().getOrDefault(WARN_DAYS_SETTING, "30"));
		} catch (NumberFormatException e) {
			return 30;
		}
	}
}
