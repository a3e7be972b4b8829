package rdpdoctor.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.common.NamedResource;
import org.junit.jupiter.api.Test;

/** The client's key exchange offer: the fast ones first, nothing dropped. */
class KeyExchangeOrderTest {

	@Test
	void mlkemAndCurve25519LeadAndEveryExchangeOfSshdIsStillOffered() {
		SshClient client = SshClient.setUpDefaultClient();
		List<String> sshd = NamedResource.getNameList(client.getKeyExchangeFactories());
		List<String> ours = NamedResource.getNameList(KeyExchangeOrder.preferred(client.getKeyExchangeFactories()));

		assertEquals(List.of("mlkem768x25519-sha256", "curve25519-sha256", "curve25519-sha256@libssh.org"),
				ours.subList(0, 3));
		assertEquals(sshd.stream().sorted().toList(), ours.stream().sorted().toList());
		List<String> others = sshd.stream().filter(name -> !KeyExchangeOrder.PREFERRED.contains(name)).toList();
		assertEquals(others, ours.subList(3, ours.size()), "the others keep SSHD's order");
	}
}
