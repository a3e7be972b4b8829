package rdpdoctor.probes.host.xrdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

/**
 * xrdp.ini as xrdp's authors ship it (the Debian xrdp package's /etc/xrdp/xrdp.ini, installed for the tests by
 * releng/bin/install-test-deps.sh) and the port forms its comments document.
 */
class XrdpIniTest {

	private static final Path SHIPPED = Path.of("/etc/xrdp/xrdp.ini");

	@Test
	void theIniXrdpShipsListensOn3389WithNegotiateAndTheDefaultCertificate() throws Exception {
		XrdpIni ini = XrdpIni.parse(Files.readString(SHIPPED, StandardCharsets.UTF_8));

		assertEquals("3389", ini.portSpec());
		assertEquals(OptionalInt.of(3389), ini.tcpPort(), "[Globals] port, not the port=-1 of [Xorg] and [Xvnc]");
		assertEquals("negotiate", ini.securityLayer());
		assertEquals(XrdpIni.DEFAULT_CERTIFICATE, ini.certificate(), "certificate= is empty there");
		assertEquals(XrdpIni.DEFAULT_KEY, ini.keyFile());
		assertEquals("/var/log/xrdp.log", ini.logFile());
		assertEquals(Optional.of("high"), ini.value("globals", "CRYPT_LEVEL"), "keys and sections ignore case");
	}

	@Test
	void everyPortFormXrdpDocumentsGivesItsTcpPort() {
		Map<String, OptionalInt> forms = Map.of("3389", OptionalInt.of(3389), "tcp://.:3390", OptionalInt.of(3390),
				"tcp://:3391", OptionalInt.of(3391), "tcp://192.168.1.1:3392", OptionalInt.of(3392),
				"tcp6://{FC00:0:0:0:0:0:0:1}:3393", OptionalInt.of(3393), "tcp6://.:3394", OptionalInt.of(3394),
				"unix://./tmp/xrdp.socket", OptionalInt.empty(), "vsock://-1:3389", OptionalInt.empty(),
				"tcp://:99999", OptionalInt.empty(), "3395 tcp6://:3396", OptionalInt.of(3395));
		forms.forEach((spec, port) -> assertEquals(port, XrdpIni.parse("[Globals]\nport=" + spec + "\n").tcpPort(),
				spec));
	}

	@Test
	void aListOfListenersGivesEveryTcpPortAndSkipsVsockAndUnixSockets() {
		assertEquals(java.util.Set.of(3389, 3390, 3391), XrdpIni.parse("[Globals]\nport=vsock://-1:3389 tcp://:3389,"
				+ "tcp6://{::1}:3390 unix://./x.socket 3391\n").tcpPorts());
		assertEquals(OptionalInt.of(3389), XrdpIni.parse("[Globals]\nport=vsock://-1:3300 tcp://:3389\n").tcpPort(),
				"the first TCP listener, though a vsock one comes before it");
	}

	@Test
	void commentsTheLastRepeatedKeyAndKeysOutsideGlobalsAreReadAsXrdpDoes() {
		XrdpIni ini = XrdpIni.parse("; comment\r\nport=1\r\n[Globals]\r\n#port=2\r\n port = 3390 \r\n"
				+ "certificate=/etc/xrdp/a.pem\r\ncertificate=/etc/xrdp/b.pem\r\n[Logging]\r\nLogFile=/tmp/x.log\r\n");
		assertEquals(OptionalInt.of(3390), ini.tcpPort());
		assertEquals("/etc/xrdp/b.pem", ini.certificate());
		assertEquals("/tmp/x.log", ini.logFile());
	}

	@Test
	void theKeyIsReadableByXrdpThroughItsOwnerItsGroupOrEveryone() {
		List<String> groups = List.of("xrdp ssl-cert");
		assertEquals(Optional.of(true), XrdpProbe.keyReadableByXrdp("root:ssl-cert:640", groups));
		assertEquals(Optional.of(false), XrdpProbe.keyReadableByXrdp("root:root:600", groups));
		assertEquals(Optional.of(true), XrdpProbe.keyReadableByXrdp("xrdp:xrdp:400", groups));
		assertEquals(Optional.of(false), XrdpProbe.keyReadableByXrdp("missing", groups));
		assertEquals(Optional.empty(), XrdpProbe.keyReadableByXrdp("root:root:600", null), "no xrdp user: root");
		assertTrue(XrdpScript.facts("listen=0.0.0.0:3389\nlisten=[::]:22\nprocesses=2\n").get("listen").size() == 2);
	}
}
