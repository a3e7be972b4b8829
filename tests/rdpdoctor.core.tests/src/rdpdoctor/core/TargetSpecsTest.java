package rdpdoctor.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Targets as nmap takes them: CIDR networks, octet ranges, and everything Target.parse reads. */
class TargetSpecsTest {

	private static List<String> expand(String spec) {
		return TargetSpecs.expand(spec, 3389, TargetSpecs.DEFAULT_LIMIT).stream().map(Target::toString).toList();
	}

	@Test
	void aNetworkIsEveryAddressOfItAsNmapScansThem() {
		assertEquals(List.of("10.0.0.0:3389", "10.0.0.1:3389", "10.0.0.2:3389", "10.0.0.3:3389"), expand("10.0.0.0/30"));
		assertEquals(List.of("10.0.0.4:3390", "10.0.0.5:3390"), expand("10.0.0.5/31:3390"), "host bits cleared");
		assertEquals(List.of("192.168.1.7:3389"), expand("192.168.1.7/32"));
		assertEquals(65_536, expand("172.16.0.0/16").size());
		assertEquals("172.16.255.255:3389", expand("172.16.0.0/16").get(65_535));
	}

	@Test
	void rangesInAnyOctet() {
		assertEquals(List.of("10.0.0.1:3389", "10.0.0.2:3389", "10.0.0.3:3389"), expand("10.0.0.1-3"));
		assertEquals(List.of("10.0.1.10:3391", "10.0.2.10:3391"), expand("10.0.1-2.10:3391"));
	}

	@Test
	void everythingElseIsOneTargetAsBefore() {
		assertEquals(List.of("ts01.corp.example:3389"), expand("ts01.corp.example"));
		assertEquals(List.of("10.0.0.7:3390"), expand("10.0.0.7:3390"));
		assertEquals(1, expand("[2001:db8::5]:3389").size());
		assertEquals(1, expand("my-host-1").size(), "a name with dashes is no range");
	}

	@Test
	void malformedOrTooLargeSpecsAreNamedWithWhatIsExpected() {
		assertTrue(message("10.0.0.0/8").contains("'10.0.0.0/8' is 16777216 addresses: at most 65536"));
		assertTrue(message("10.0.0.0/33").contains("prefix length is 0 to 32"));
		assertTrue(message("10.0.0.256/30").contains("256 is not an address octet"));
		assertTrue(message("10.0.0.9-3").contains("ends before it starts"));
		assertTrue(message("10.0.0.1-3:70000").contains("the port is 1 to 65535"));
		assertTrue(message("2001:db8::/64").contains("IPv6 networks are not expanded"));
	}

	private static String message(String spec) {
		return assertThrows(IllegalArgumentException.class, () -> expand(spec)).getMessage();
	}
}
