package rdpdoctor.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ProbeSelectionTest {

	private static ProbeDescriptor probe(String id, String... requires) {
		return new ProbeDescriptor(id, id, Set.of(requires), 0, () -> (ctx, r) -> { });
	}

	private static final List<ProbeDescriptor> ALL = List.of(probe("dns"), probe("tcp", "dns"), probe("x224", "tcp"),
			probe("tls", "x224"), probe("ntlm", "x224"), probe("stability", "x224"));

	private static List<String> ids(List<ProbeDescriptor> probes) {
		return probes.stream().map(ProbeDescriptor::id).toList();
	}

	@Test
	void aProbeComesWithWhatItRequiresInTheInstalledOrder() {
		assertEquals(List.of("dns", "tcp", "x224", "tls"), ids(ProbeSelection.of(ALL, Set.of("tls"))));
		assertEquals(List.of("dns", "tcp", "x224", "tls", "stability"),
				ids(ProbeSelection.of(ALL, Set.of("stability", "tls"))));
	}

	@Test
	void nothingWantedMeansEverything() {
		assertEquals(ids(ALL), ids(ProbeSelection.of(ALL, Set.of())));
	}

	@Test
	void anUnknownProbeIsNamed() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> ProbeSelection.of(ALL, Set.of("tls", "banner")));
		assertTrue(e.getMessage().contains("banner"), e.getMessage());
	}
}
