package com.example.rdpdoctor.rdgateway;

import java.util.ArrayList;
import java.util.List;

import rdpdoctor.core.Finding;
import rdpdoctor.core.IRule;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.RuleContext;
import rdpdoctor.core.settings.DiagnosisSetting;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.model.Severity;

/**
 * Why clients cannot get through the RD Gateway, from {@link RdGatewayProbe}'s evidence. mstsc reports most of these
 * only as "This computer can't connect to the remote computer" or "Your computer can't connect to the Remote Desktop
 * Gateway server"; each finding here names the fact behind it.
 */
public class RdGatewayRules implements IRule {

	/** The gateway's port does not answer (only when the gateway was named). */
	public static final String UNREACHABLE = "com.example.rdgateway.UNREACHABLE";
	/** The TLS handshake with the gateway fails. */
	public static final String TLS_FAILED = "com.example.rdgateway.TLS_FAILED";
	/** The gateway's certificate has expired (or is not valid yet). */
	public static final String CERT_EXPIRED = "com.example.rdgateway.CERT_EXPIRED";
	/** The gateway's certificate expires within the warning period. */
	public static final String CERT_EXPIRING = "com.example.rdgateway.CERT_EXPIRING";
	/** The gateway's certificate does not carry the name clients dial. */
	public static final String CERT_NAME_MISMATCH = "com.example.rdgateway.CERT_NAME_MISMATCH";
	/** No trusted CA vouches for the gateway's certificate. */
	public static final String CERT_UNTRUSTED = "com.example.rdgateway.CERT_UNTRUSTED";
	/** HTTPS answers, but not as an RD Gateway. */
	public static final String NOT_A_GATEWAY = "com.example.rdgateway.NOT_A_GATEWAY";
	/** The gateway's web front answers 503: its service or application pool is stopped. */
	public static final String SERVICE_UNAVAILABLE = "com.example.rdgateway.SERVICE_UNAVAILABLE";
	/** The gateway offers no logon Windows clients can use. */
	public static final String NO_WINDOWS_LOGON = "com.example.rdgateway.NO_WINDOWS_LOGON";

	/** The host's own Remote Desktop Gateway service is stopped (read over SSH on the gateway itself). */
	public static final String SERVICE_STOPPED = "com.example.rdgateway.SERVICE_STOPPED";
	private static final String P = RdGatewayProbe.ID + ".";
	private static final String H = GatewayHostProbe.ID + ".";

	@Override
	public List<Finding> evaluate(RuleContext context) {
		List<Finding> findings = new ArrayList<>();
		context.outcome(GatewayHostProbe.ID).filter(o -> o.status() == ProbeStatus.OK).ifPresent(host -> host
				.text("tsgateway").filter(state -> !state.equals("Running") && !state.equals("absent"))
				.ifPresent(state -> findings.add(Finding.of(SERVICE_STOPPED, Severity.ERROR).confidence(0.95)
						.title("The Remote Desktop Gateway service (TSGateway) on this host is " + state)
						.explanation("The host says so itself (" + H + "tsgateway " + state + ", IIS " + host
								.text("iis").orElse("?") + "): clients that use this gateway get 503 or no answer "
								+ "until it runs (Start-Service TSGateway).")
						.evidence(H + "tsgateway", H + "iis").build())));
		ProbeOutcome outcome = context.outcome(RdGatewayProbe.ID).orElse(null);
		if (outcome == null || outcome.status() == ProbeStatus.SKIPPED || outcome.status() == ProbeStatus.CANCELLED) {
			return findings;
		}
		String address = outcome.text("address").orElse("the gateway");
		String connect = outcome.text("connect").orElse("");
		if (!connect.isEmpty() && !connect.equals("ok")) {
			findings.add(Finding.of(UNREACHABLE, Severity.ERROR).confidence(0.9)
					.title("RD Gateway " + address + " cannot be reached (" + connect + ")")
					.explanation("Clients set to use the RD Gateway " + address + " fail before any RDP traffic: its "
							+ "HTTPS port answers " + connect + " (" + P + "connect). Check that IIS and the Remote "
							+ "Desktop Gateway service run, and the firewall rule for TCP 443.")
					.evidence(P + "connect").build());
			return findings;
		}
		outcome.text("tls.error").ifPresent(error -> findings.add(Finding.of(TLS_FAILED, Severity.ERROR)
				.confidence(0.85).title("TLS with the RD Gateway " + address + " fails")
				.explanation("The handshake with " + address + " fails (" + P + "tls.error: " + error + "): no SSL "
						+ "certificate bound to its HTTPS listener, or no protocol in common with the client.")
				.evidence(P + "tls.error").build()));
		certificate(outcome, context, address, findings);
		http(outcome, address, findings);
		return findings;
	}

	private static void certificate(ProbeOutcome outcome, RuleContext context, String address, List<Finding> findings) {
		long daysLeft = outcome.number("cert.daysLeft").orElse(Long.MAX_VALUE);
		long warnDays = Long.parseLong(context.settings().extra().getOrDefault(DiagnosisSetting.CERT_WARN_DAYS.key(),
				String.valueOf(DiagnosisSetting.CERT_WARN_DAYS.defaultNumber())));
		String notAfter = outcome.text("cert.notAfter").orElse("?");
		if (daysLeft < 0) {
			findings.add(Finding.of(CERT_EXPIRED, Severity.ERROR).confidence(0.95)
					.title("The RD Gateway's certificate expired on " + notAfter)
					.explanation("Clients refuse the RD Gateway " + address + " because its SSL certificate expired ("
							+ P + "cert.notAfter " + notAfter + "). Renew it and bind the new one in RD Gateway "
							+ "Manager (Properties > SSL Certificate).")
					.evidence(P + "cert.notAfter", P + "cert.daysLeft").build());
		} else if (daysLeft <= warnDays) {
			findings.add(Finding.of(CERT_EXPIRING, Severity.WARNING).confidence(0.95)
					.title("The RD Gateway's certificate expires in " + daysLeft + " days")
					.explanation("The SSL certificate of " + address + " expires on " + notAfter + " (" + P
							+ "cert.daysLeft): renew it before clients start refusing the gateway.")
					.evidence(P + "cert.notAfter", P + "cert.daysLeft").build());
		}
		if (outcome.text("cert.nameMatches").orElse("true").equals("false")) {
			findings.add(Finding.of(CERT_NAME_MISMATCH, Severity.ERROR).confidence(0.9)
					.title("The RD Gateway's certificate is not issued to " + address)
					.explanation("Clients dial " + address + " but its certificate names " + outcome.text("cert.names")
							.orElse("?") + " (" + P + "cert.names): mstsc stops with a certificate name mismatch. Use "
							+ "a certificate with the gateway's public name, or set that name in the clients.")
					.evidence(P + "cert.names", P + "address").build());
		}
		String trust = outcome.text("cert.trustProblem").orElse("");
		if (!trust.isEmpty()) {
			findings.add(Finding.of(CERT_UNTRUSTED, Severity.ERROR).confidence(0.8)
					.title("No trusted CA vouches for the RD Gateway's certificate")
					.explanation("The certificate of " + address + " is " + trust + " (" + P + "cert.trustProblem, "
							+ "issuer " + outcome.text("cert.issuer").orElse("?") + "). Unlike an RDP host, a gateway "
							+ "whose certificate the client does not trust is refused without a prompt: use a "
							+ "certificate of a CA the clients trust (or deploy that CA to them; --ca-file names it "
							+ "here).")
					.evidence(P + "cert.trustProblem", P + "cert.issuer").build());
		}
	}

	private static void http(ProbeOutcome outcome, String address, List<Finding> findings) {
		long status = outcome.number("http.status").orElse(-1L);
		String auth = outcome.text("http.auth").orElse("");
		if (status == 503) {
			findings.add(Finding.of(SERVICE_UNAVAILABLE, Severity.ERROR).confidence(0.85)
					.title("The RD Gateway at " + address + " answers 503 Service Unavailable")
					.explanation("Its web front runs but the gateway behind it does not (" + P + "http.status 503): "
							+ "the Remote Desktop Gateway service (TSGateway) or its IIS application pool is stopped.")
					.evidence(P + "http.status").build());
		} else if (status == 401 && !auth.contains("Negotiate") && !auth.contains("NTLM")) {
			findings.add(Finding.of(NO_WINDOWS_LOGON, Severity.ERROR).confidence(0.7)
					.title("The RD Gateway at " + address + " offers no Windows logon")
					.explanation("It asks for " + (auth.isEmpty() ? "no scheme" : auth) + " (" + P + "http.auth); "
							+ "Remote Desktop clients log on to a gateway with Negotiate (Kerberos) or NTLM.")
					.evidence(P + "http.auth").build());
		} else if (status >= 0 && status != 401) {
			String rpc = outcome.number("rpc.status").map(String::valueOf).orElse("no answer");
			findings.add(Finding.of(NOT_A_GATEWAY, Severity.ERROR).confidence(0.75)
					.title(address + " answers HTTPS but not as an RD Gateway")
					.explanation("Its answer to the gateway's HTTP transport is " + status + " " + outcome
							.text("http.reason").orElse("") + " (" + P + "http.status; RPC over HTTP: " + rpc + ", "
							+ P + "rpc.status), not 401 with the Windows logons a gateway asks for. The address "
							+ "reaches another web site or a proxy; or the RD Gateway role service is not installed.")
					.evidence(P + "http.status", P + "rpc.status", P + "http.server").build());
		}
	}
}
