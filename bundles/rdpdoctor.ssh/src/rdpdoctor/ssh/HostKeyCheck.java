package rdpdoctor.ssh;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.io.IOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.util.net.SshdSocketAddress;

/**
 * Checks host keys against known_hosts: a known key passes, a changed one is refused whatever the policy, a new one
 * is refused, accepted or asked about as the policy says (and recorded in known_hosts when accepted), each judged
 * as OpenSSH judges it ({@link KnownHostsFile}); a revoked key is refused whatever the policy. What was refused
 * is left on the session for {@link SshConnector} to report.
 */
final class HostKeyCheck {

	/**
	 * Where the check leaves its refusal: in the connection context {@link SshConnector} passes to each connect, which
	 * outlives a session that the refusal closed before the connect returned it.
	 */
	static final AttributeKey<AtomicReference<SshFailure>> REFUSAL = new AttributeKey<>();

	private HostKeyCheck() {
	}

	static ServerKeyVerifier verifier(SshSettings settings) {
		Path knownHosts = settings.knownHosts();
		return (session, remote, key) -> {
			HostKey presented = describe(session, remote, key);
			String where = presented.host() + ":" + presented.port() + ": ";
			KnownHostsFile.Result result;
			try {
				result = KnownHostsFile.check(knownHosts, presented.host(), presented.port(), key);
			} catch (IOException e) {
				refuse(session, new SshFailure(SshFailure.Kind.UNKNOWN_HOST_KEY, where + "known_hosts cannot be read: "
						+ e.getMessage(), presented, null));
				return false;
			}
			return switch (result.verdict()) {
			case KNOWN -> true;
			case REVOKED -> {
				refuse(session, new SshFailure(SshFailure.Kind.HOST_KEY_REVOKED, where + "REVOKED HOST KEY: "
						+ knownHosts + " line " + result.line() + " marks " + presented.type() + " "
						+ presented.fingerprint() + " @revoked. Refused, as OpenSSH refuses it", presented, null));
				yield false;
			}
			case CHANGED -> {
				PublicKey expected = result.expected().orElseThrow();
				refuse(session, new SshFailure(SshFailure.Kind.HOST_KEY_CHANGED, where + "WARNING: THE HOST KEY HAS "
						+ "CHANGED. " + knownHosts + " line " + result.line() + " records " + KeyUtils.getKeyType(expected)
						+ " " + KeyUtils.getFingerPrint(expected) + ", the host presented " + presented.type() + " "
						+ presented.fingerprint() + ". Someone may be intercepting the connection, or the host was "
						+ "reinstalled. Refused; remove the old entry (ssh-keygen -R) only once you know why", presented,
						null));
				yield false;
			}
			case UNKNOWN -> firstSeen(session, settings, presented);
			};
		};
	}

	/** A key known_hosts does not know: refused, accepted and recorded, or asked about, as the policy says. */
	private static boolean firstSeen(ClientSession session, SshSettings settings, HostKey presented) {
		Path knownHosts = settings.knownHosts();
		String where = presented.host() + ":" + presented.port() + ": ";
		boolean trusted = switch (settings.policy()) {
		case ACCEPT_NEW -> true;
		case ASK -> settings.prompt().trust(presented);
		case REFUSE_NEW -> false;
		};
		if (!trusted) {
			refuse(session, new SshFailure(SshFailure.Kind.UNKNOWN_HOST_KEY, where + "the host's key is not in "
					+ knownHosts + ": " + presented.type() + " " + presented.fingerprint() + ". Check this fingerprint "
					+ "with the host's administrator, then accept it (--accept-new-host-key records it)", presented,
					null));
			return false;
		}
		try {
			KnownHosts.trust(knownHosts, presented);
			return true;
		} catch (IOException e) { // an accepted key that is not recorded would be accepted again unseen: refused
			refuse(session, new SshFailure(SshFailure.Kind.UNKNOWN_HOST_KEY, where + presented.type() + " "
					+ presented.fingerprint() + " was accepted but cannot be recorded in " + knownHosts + " ("
					+ e.getMessage() + "): refused; make it writable or name another file (--known-hosts)", presented,
					null));
			return false;
		}
	}

	private static void refuse(ClientSession session, SshFailure refusal) {
		AttributeRepository context = session.getConnectionContext();
		AtomicReference<SshFailure> holder = context == null ? null : context.getAttribute(REFUSAL);
		if (holder != null) {
			holder.set(refusal);
		}
	}

	/** @return the key, for the host name and port connected to (the configuration's HostName, as OpenSSH shows) */
	private static HostKey describe(ClientSession session, SocketAddress remote, PublicKey key) {
		SocketAddress address = session.getConnectAddress() != null ? session.getConnectAddress() : remote;
		String host;
		int port;
		if (address instanceof SshdSocketAddress sshd) {
			host = sshd.getHostName();
			port = sshd.getPort();
		} else if (address instanceof InetSocketAddress inet) {
			host = inet.getHostString();
			port = inet.getPort();
		} else {
			host = String.valueOf(address);
			port = 22;
		}
		return new HostKey(host, port, KeyUtils.getKeyType(key), KeyUtils.getFingerPrint(key), KnownHosts.line(key));
	}
}
