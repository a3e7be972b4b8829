package rdpdoctor.ssh;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.util.net.SshdSocketAddress;

/**
 * Checks host keys against known_hosts: a known key passes, a changed one is refused whatever the policy, a new one
 * is refused, accepted or asked about as the policy says (and recorded in known_hosts when accepted). What was refused
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
		ServerKeyVerifier firstSeen = (session, remote, key) -> {
			HostKey presented = describe(session, remote, key);
			boolean trusted = switch (settings.policy()) {
			case ACCEPT_NEW -> true;
			case ASK -> settings.prompt().trust(presented);
			case REFUSE_NEW -> false;
			};
			if (trusted) {
				createFolder(knownHosts);
			} else {
				refuse(session, new SshFailure(SshFailure.Kind.UNKNOWN_HOST_KEY, presented.host() + ":"
						+ presented.port() + ": the host's key is not in " + knownHosts + ": " + presented.type() + " "
						+ presented.fingerprint() + ". Check this fingerprint with the host's administrator, then accept"
						+ " it (--accept-new-host-key records it)", presented, null));
			}
			return trusted;
		};
		KnownHostsServerKeyVerifier known = new KnownHostsServerKeyVerifier(firstSeen, knownHosts);
		known.setModifiedServerKeyAcceptor((session, remote, entry, expected, actual) -> {
			HostKey presented = describe(session, remote, actual);
			refuse(session, new SshFailure(SshFailure.Kind.HOST_KEY_CHANGED, presented.host() + ":"
					+ presented.port() + ": WARNING: THE HOST KEY HAS CHANGED. " + knownHosts + " records "
					+ KeyUtils.getKeyType(expected) + " " + KeyUtils.getFingerPrint(expected) + ", the host presented "
					+ presented.type() + " " + presented.fingerprint() + ". Someone may be intercepting the connection,"
					+ " or the host was reinstalled. Refused; remove the old entry (ssh-keygen -R) only once you know"
					+ " why", presented, null));
			return false;
		});
		return known;
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

	private static void createFolder(Path knownHosts) {
		Path folder = knownHosts.toAbsolutePath().getParent();
		try {
			if (folder != null && !Files.isDirectory(folder)) {
				Files.createDirectories(folder);
			}
		} catch (java.io.IOException e) {
			// the verifier then fails to record the key and says so in its log; the connection still goes on
		}
	}
}
