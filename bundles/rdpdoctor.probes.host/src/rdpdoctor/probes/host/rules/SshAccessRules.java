package rdpdoctor.probes.host.rules;

import java.util.List;

import rdpdoctor.core.Finding;
import rdpdoctor.core.IRule;
import rdpdoctor.core.ProbeOutcome;
import rdpdoctor.core.RuleContext;
import rdpdoctor.core.WellKnownEvidence;
import rdpdoctor.model.ProbeStatus;
import rdpdoctor.model.Severity;
import rdpdoctor.probes.host.ssh.SshAccessProbe;

/**
 * Says when the host's own evidence could not be read over SSH, and why: a changed host key (a security event, refused
 * whatever the flags) is a WARNING; an unknown key, a refused login or an unreachable SSH port is INFO, with what to
 * do. Cause ids of their own, beside the catalog's (rules may add ids).
 */
public class SshAccessRules implements IRule {

	/** The host presented another SSH key than known_hosts records. */
	public static final String SSH_HOST_KEY_CHANGED = "SSH_HOST_KEY_CHANGED";
	/** An SSH user was given, but the host's own evidence could not be read. */
	public static final String HOST_EVIDENCE_UNAVAILABLE = "HOST_EVIDENCE_UNAVAILABLE";

	@Override
	public List<Finding> evaluate(RuleContext context) {
		ProbeOutcome ssh = context.outcome(SshAccessProbe.ID).filter(o -> o.status() == ProbeStatus.FAILED)
				.orElse(null);
		if (ssh == null) {
			return List.of();
		}
		String host = context.target().host();
		String failure = ssh.text(WellKnownEvidence.SSH_FAILURE).orElse("");
		if (failure.equals("HOST_KEY_CHANGED") || failure.equals("HOST_KEY_REVOKED")) {
			return List.of(Finding.of(SSH_HOST_KEY_CHANGED, Severity.WARNING).confidence(0.99)
					.title("The SSH host key of " + host + (failure.equals("HOST_KEY_REVOKED")
							? " is marked @revoked in known_hosts: connection refused"
							: " has changed: connection refused"))
					.explanation("SSH: " + ssh.message() + " (evidence ssh.failure, ssh.hostKey). Nothing was read on"
							+ " the host. If the host was not reinstalled, the connection path to it may be intercepted,"
							+ " and the RDP path with it: compare the key with the host's administrator.")
					.evidence("ssh.failure", "ssh.hostKey").build());
		}
		String advice = switch (failure) {
		case "UNKNOWN_HOST_KEY" -> "check the fingerprint and run again with --accept-new-host-key to record it";
		case "AUTHENTICATION_FAILED" -> "give a key the host accepts (--ssh-identity, ~/.ssh/config IdentityFile) or"
				+ " a password (RDPDOCTOR_SSH_PASSWORD, --ssh-password-file)";
		case "UNREACHABLE", "TIMEOUT" -> "check that sshd runs on the host and its port (--ssh-port) is reachable";
		default -> "see the message";
		};
		return List.of(Finding.of(HOST_EVIDENCE_UNAVAILABLE, Severity.INFO).confidence(1.0)
				.title("The host's own evidence was not read over SSH (" + failure + ")")
				.explanation("SSH: " + ssh.message() + " (evidence ssh.failure). The diagnosis stands on what the"
						+ " network shows; to add the host's side, " + advice + ".")
				.evidence("ssh.failure").build());
	}
}
