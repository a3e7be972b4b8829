package rdpdoctor.ssh;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.sshd.common.kex.KeyExchangeFactory;

/**
 * The order in which the client offers key exchanges. SSHD offers sntrup761x25519 first, and its Java
 * sntrup761 key generation costs tens of milliseconds of CPU per connection, hundreds in a cold JVM, on the few
 * threads that serve every session: with a fleet of hosts it was half of all the CPU RDP Doctor spent. The hybrid
 * post-quantum exchange OpenSSH offers first since 9.9 (mlkem768x25519-sha256) costs about a millisecond and leads;
 * curve25519-sha256 follows (what OpenSSH agreed on with every server before 9.0); every other exchange stays
 * offered in SSHD's order, so a server that knows only sntrup761 or the NIST curves still gets its choice.
 */
final class KeyExchangeOrder {

	/** The exchanges offered first, best first. */
	static final List<String> PREFERRED = List.of("mlkem768x25519-sha256", "curve25519-sha256",
			"curve25519-sha256@libssh.org");

	private KeyExchangeOrder() {
	}

	/**
	 * Reorders key exchange factories: the preferred first, in their order, then the others as they were.
	 *
	 * @param offered the factories in SSHD's order
	 * @return a new list with the same factories
	 */
	static List<KeyExchangeFactory> preferred(List<KeyExchangeFactory> offered) {
		List<KeyExchangeFactory> ordered = new ArrayList<>(offered);
		ordered.sort(Comparator.comparingInt(factory -> rank(factory.getName())));
		return ordered;
	}

	private static int rank(String name) {
		int index = PREFERRED.indexOf(name);
		return index >= 0 ? index : PREFERRED.size();
	}
}
